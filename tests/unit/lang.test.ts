import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/data/csv.ts';
import { englishTitle } from '../../src/lib/sources.ts';
import { languageName, localNameParts, scriptLang } from '../../src/lib/lang.ts';

describe('scriptLang: the language of a local-script name, from its script', () => {
  it.each([
    ['မြဝတီ', 'my'],
    ['ព្រះសីហនុ', 'km'],
    ['แม่สอด', 'th'],
    ['ວຽງຈັນ', 'lo'],
    ['太子集团', 'zh'],
    ['ミャワディ', 'ja'],
    ['인천국제공항', 'ko'],
    ['नई दिल्ली', 'hi'],
    ['中国人約1400人を送還', 'ja'],
    // A fork's places: Dubai, Moscow.
    ['دبي', 'ar'],
    ['Москва', 'ru'],
  ])('%s is %s', (name, lang) => expect(scriptLang(name)).toBe(lang));
  it('is undetermined for a name in no known script', () => {
    expect(scriptLang('KK Park')).toBe('und');
  });
});

describe('localNameParts', () => {
  it('splits a name given in two scripts, each with its language', () => {
    expect(localNameParts('老街 / လောက်ကိုင်')).toEqual([
      { text: '老街', lang: 'zh' },
      { text: 'လောက်ကိုင်', lang: 'my' },
    ]);
    expect(localNameParts('Maynila')).toEqual([{ text: 'Maynila', lang: 'und' }]);
  });
});

describe('languageName', () => {
  it('names the language of a tag in English, without its script', () => {
    expect(languageName('zh-Hans')).toBe('Chinese');
    expect(languageName('zh-Hant')).toBe('Chinese');
    expect(languageName('ja')).toBe('Japanese');
    expect(languageName('pt')).toBe('Portuguese');
  });
});

describe('the data package', () => {
  it('every local name in a non-Latin script gets a language', () => {
    for (const table of ['places', 'organizations']) {
      const rows = parseCsv(readFileSync(join(import.meta.dirname, `../../data/${table}.csv`), 'utf8')).records;
      for (const { cells } of rows)
        for (const part of localNameParts(cells.name_local ?? ''))
          if (/[^\p{Script=Latin}\p{P}\p{Z}\d]/u.test(part.text))
            expect(part.lang, `${table} ${cells.id}: ${part.text}`).not.toBe('und');
    }
  });
});

describe('englishTitle', () => {
  it('gives an English title as it is, another one as the English and its language', () => {
    expect(
      englishTitle({
        title: 'Raid on a compound',
        title_lang: undefined,
        title_en: undefined,
        title_withheld: undefined,
      }),
    ).toBe('Raid on a compound');
    expect(
      englishTitle({
        title: '缅北徐发启犯罪集团案宣判',
        title_lang: 'zh-Hans',
        title_en: 'Verdict in the Xu Faqi case',
        title_withheld: undefined,
      }),
    ).toBe('Verdict in the Xu Faqi case (in Chinese)');
  });
  it('never gives a headline that names a victim, only why it is withheld', () => {
    expect(
      englishTitle({
        title: 'Actor A. B., lured to a compound, found',
        title_lang: undefined,
        title_en: undefined,
        title_withheld: 'it names a victim',
      }),
    ).toBe('Headline withheld: it names a victim');
  });
});
