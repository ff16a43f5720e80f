/**
 * The translation tables: every language has exactly the keys of English (the reference), the type check refuses a
 * table with a missing or misspelt key, and the vocabulary says each term one way (the story's "Myanmar").
 */
import { describe, expect, it } from 'vitest';
import {
  LANGS,
  TRANSLATIONS,
  countryName,
  kindLabel,
  listWords,
  strings,
  type Translation,
} from '../../src/i18n/index.ts';
import { EVENT_KINDS, SOURCE_KINDS } from '../../src/data/schema.ts';

/** Every key path of a table, with the kind of value at it ("ui.nav.map: string", "ui.minRead: function/1"). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (value === null || typeof value !== 'object') return [`${path}: ${typeof value}`];
  return Object.keys(value)
    .sort()
    .flatMap((k) => shape((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
}

describe('translation tables', () => {
  it('English is one of the languages', () => expect(LANGS).toContain('en'));

  it.each(LANGS)('%s has exactly the keys of English, each of the same kind', (lang) => {
    expect(shape(TRANSLATIONS[lang])).toEqual(shape(TRANSLATIONS.en));
  });

  it('the runtime check catches a table with a missing key', () => {
    const { ui: _ui, ...missing } = TRANSLATIONS.en;
    expect(shape(missing)).not.toEqual(shape(TRANSLATIONS.en));
  });

  it.each(LANGS)('%s: its tag is a language Intl knows', (lang) => {
    const t = strings(lang);
    expect(Intl.DateTimeFormat.supportedLocalesOf(t.lang)).toEqual([t.lang]);
  });

  it.each(LANGS)('%s names every event kind and source kind of the data schema', (lang) => {
    const t = strings(lang);
    for (const kind of EVENT_KINDS) expect(Object.keys(t.vocab.eventKinds), kind).toContain(kind);
    for (const kind of SOURCE_KINDS) expect(Object.keys(t.vocab.sourceKinds), kind).toContain(kind);
  });
});

describe('English vocabulary', () => {
  const t: Translation = strings('en');
  it('says "Myanmar", as the story does (CLDR says "Myanmar (Burma)")', () => {
    expect(countryName(t, 'MM')).toBe('Myanmar');
    expect(new Intl.DisplayNames(['en-GB'], { type: 'region' }).of('MM')).toBe('Myanmar (Burma)');
  });
  it('falls back to CLDR, then to the code', () => {
    expect(countryName(t, 'VN')).toBe('Vietnam');
    expect(countryName(t, 'not a code')).toBe('not a code');
  });
  it('labels event kinds as the timeline does', () => {
    expect(kindLabel(t, 'cutoff')).toBe('Cut-off');
    expect(kindLabel(t, 'offensive')).toBe('Offensive');
    expect(kindLabel(t, 'made-up')).toBe('Made-up');
  });
  it('joins lists without a serial comma, and shortens long ones', () => {
    expect(listWords(t, ['a'])).toBe('a');
    expect(listWords(t, ['a', 'b', 'c'])).toBe('a, b and c');
    expect(listWords(t, ['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b and 3 more');
  });
});
