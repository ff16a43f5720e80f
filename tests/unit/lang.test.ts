import { describe, expect, it } from 'vitest';
import { languageName, localNameParts, scriptLang } from '../../src/lib/lang.ts';

describe('scriptLang: the language of a local-script name, from its script', () => {
  it.each([
    ['မြဝတီ', 'my'],
    ['ព្រះសីហនុ', 'km'],
    ['แม่สอด', 'th'],
    ['ວຽງຈັນ', 'lo'],
    ['太子集团', 'zh'],
    ['ミャワディ', 'ja'],
    ['中国人約1400人を送還', 'ja'],
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
