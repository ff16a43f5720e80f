/** Locale-aware formatting of facts. Pure; the locale comes from the site config. */

export type DatePrecision = 'day' | 'month' | 'year';

/** Formats a partial ISO date (2026, 2026-01, 2026-01-07) to the precision it is known to. */
export function formatDate(iso: string, locale: string, precision?: DatePrecision): string {
  const parts = iso.split('-');
  const p: DatePrecision = precision ?? (parts.length === 3 ? 'day' : parts.length === 2 ? 'month' : 'year');
  const [y, m = '01', d = '01'] = parts;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const opts: Intl.DateTimeFormatOptions =
    p === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : p === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}

/** Formats a number with the locale's grouping; keeps the decimals the data has (never rounds a figure up). */
export function formatNumber(n: number, locale: string): string {
  const decimals = (String(n).split('.')[1] ?? '').length;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(n);
}

/**
 * Large money sums in words ("15 billion"), for prose. Rounds only to the precision that the
 * value has: 15000000000 -> "15 billion", 15300000000 -> "15.3 billion", never 14.6 -> 15.
 * The words are CLDR's for the locale (compact long notation), so no language's number words are typed here.
 */
export function formatLarge(n: number, locale: string): string {
  for (const size of [1e12, 1e9, 1e6]) {
    if (Math.abs(n) >= size) {
      const v = n / size;
      // Only use words when that loses nothing: the figure must be exact at up to 3 decimals.
      if (Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6)
        return new Intl.NumberFormat(locale, {
          notation: 'compact',
          compactDisplay: 'long',
          maximumFractionDigits: 3,
        }).format((Math.round(v * 1000) / 1000) * size);
    }
  }
  return formatNumber(n, locale);
}

/** Reading time in whole minutes at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Counts the words in MDX source, ignoring front matter, imports, tags and attributes. */
export function countWords(mdx: string): number {
  const body = mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_`>[\]()-]/g, ' ');
  return body.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
