/** Helpers shared by the chart kinds: qualifiers, names, places and money as charts write them. */
import type { QUALIFIERS } from '../data/schema.ts';
import { countryName, listWords, type Translation } from '../i18n/index.ts';

/** How a mark draws a qualified figure. `min` = at least / more than; `approx` = about; `max` = up to. */
export type Qualifier = 'min' | 'approx' | 'max' | 'exact';

/** The data's qualifier (series `qualifier`, events `figure_qualifier`) as a mark kind and its words. */
export function qualifier(
  t: Translation,
  q: (typeof QUALIFIERS)[number] | undefined,
): { kind: Qualifier; words: string } {
  if (q === undefined || q === 'range-low' || q === 'range-high') return { kind: 'exact', words: '' };
  const kind = q === 'about' ? 'approx' : q === 'up-to' ? 'max' : 'min';
  return { kind, words: t.charts.qualifier[q] };
}

/** The name a chart writes for a row of people, places or organisations: `short_name`, else `name`. */
export const shortName = (row: { name: string; short_name?: string | undefined }) => row.short_name ?? row.name;

/** Unique values in first-seen order. */
export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Names a `geo` cell: "MM;KH" → "Myanmar and Cambodia"; a region name as the table writes it, else as written. */
export function geoLabel(t: Translation, geo: string): string {
  const parts = geo.split(';').map((g) => (/^[A-Z]{2}$/.test(g) ? countryName(t, g) : (t.charts.regions[g] ?? g)));
  return listWords(t, parts);
}

/** Compact money in words for labels: 37000000000 → "US$37bn", 354000000 → "US$354m". */
export function money(v: number, locale: string, currency = 'USD'): string {
  const sym = currency === 'USD' ? 'US$' : `${currency} `;
  const f = (x: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
  if (v >= 1e9) return `${sym}${f(v / 1e9)}bn`;
  if (v >= 1e6) return `${sym}${f(v / 1e6)}m`;
  return `${sym}${new Intl.NumberFormat(locale).format(v)}`;
}
