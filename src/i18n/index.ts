/**
 * Reader-facing words, one table per language (src/i18n/<lang>/), English the reference. Code asks for the table of
 * the content language (`site.lang`) and formats numbers and dates with the formatting locale (`site.locale`): the
 * two are separate settings.
 */
import { en } from './en/index.ts';
import type { Widen } from './types.ts';

export type Translation = Widen<typeof en>;

export const TRANSLATIONS = { en } satisfies Record<string, Translation>;
export type Lang = keyof typeof TRANSLATIONS;
export const LANGS = Object.keys(TRANSLATIONS) as Lang[];

/** The table of a language. */
export function strings(lang: Lang): Translation {
  return TRANSLATIONS[lang];
}

/** A country's name in the language: the table's own, else CLDR's, else the code. */
export function countryName(t: Translation, code: string): string {
  const own = t.vocab.countries[code];
  if (own) return own;
  try {
    return new Intl.DisplayNames([t.lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An event kind's label (data/events.csv `kind`): `cutoff` is "Cut-off"; an unknown kind is capitalised. */
export function kindLabel(t: Translation, kind: string): string {
  return t.vocab.eventKinds[kind]?.label ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** "a, b and c" in the language's words, or "a, b, c and 4 more" past `max` items. */
export function listWords(t: Translation, items: readonly string[], max = Infinity): string {
  if (items.length === 0) return '';
  const shown = items.length > max ? items.slice(0, max - 1) : items;
  const rest = items.length - shown.length;
  const all = rest > 0 ? [...shown, t.vocab.more(rest)] : [...shown];
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(t.vocab.listSeparator)}${t.vocab.listLast}${all.at(-1)}`;
}
