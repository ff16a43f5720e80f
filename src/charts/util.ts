/** Helpers shared by the chart modules: wording of estimates, estimators, dates, sources. */
import type { DataPackage, SeriesRow } from '../data/schema.ts';

/** How a figure is qualified in its source. `min` = at least / more than; `approx` = around. */
export type Qualifier = 'min' | 'approx' | 'max' | 'exact';

const QUALIFIERS: [RegExp, Qualifier, string][] = [
  [/\bat least\b|\blower bound\b/i, 'min', 'at least'],
  [/\bmore than\b|\bover\b|\bexceed/i, 'min', 'more than'],
  [/\bjust under\b|\bnearly\b|\bupper of\b/i, 'max', 'up to'],
  [/\baround\b|\broughly\b|\babout\b|\bapprox/i, 'approx', 'about'],
];

/**
 * Reads the qualifier of an estimate from its unit ("people ('more than')") or, failing that,
 * from its note ("… 'at least' …"). The unit wins because it is the column meant for it.
 */
export function qualifier(unit: string, note = ''): { kind: Qualifier; words: string } {
  for (const src of [unit, note]) {
    // The qualifier written first is the one that belongs to the figure; later ones are caveats.
    let best: { at: number; kind: Qualifier; words: string } | undefined;
    for (const [re, kind, words] of QUALIFIERS) {
      const at = src.search(re);
      if (at >= 0 && (!best || at < best.at)) best = { at, kind, words };
    }
    if (best) return { kind: best.kind, words: best.words };
  }
  return { kind: 'exact', words: '' };
}

/** Short name of an organisation: the abbreviation in brackets if it has one ("… (OHCHR)" → "OHCHR"). */
export function shortOrgName(name: string): string {
  const m = /\(([^()]{2,12})\)\s*$/.exec(name);
  return m ? m[1]! : name;
}

/** A publisher without the "(via …)" or "(AP)" tail. */
export const shortPublisher = (p: string) => p.replace(/\s*\(.*\)\s*$/, '').trim();

const ESTIMATOR_ORG_KINDS = new Set(['un', 'research', 'ngo', 'government']);

/**
 * Who made an estimate. In order: the series title ("… (UNODC estimate)"); an organisation of a
 * report, sanction or seizure event published the same day; the first non-news source; the first
 * source. `reported` is true when only a news outlet could be named (label: "reported by").
 */
export function estimator(data: DataPackage, row: SeriesRow): { name: string; reported: boolean } {
  const t = /\(([^()]+?) estimate\)/.exec(row.series_title);
  if (t) return { name: t[1]!, reported: false };
  if (row.date) {
    const orgs = new Map(data.organizations.map((o) => [o.id, o]));
    for (const e of data.events) {
      if (e.date !== row.date || !['report', 'sanction', 'seizure'].includes(e.kind)) continue;
      const org = e.organization_ids.map((id) => orgs.get(id)!).find((o) => ESTIMATOR_ORG_KINDS.has(o.kind));
      if (org) return { name: shortOrgName(org.name), reported: false };
    }
  }
  const sources = row.source_ids.map((id) => data.sources.find((s) => s.id === id)!);
  const primary = sources.find((s) => s.kind !== 'news');
  if (primary) return { name: shortPublisher(primary.publisher), reported: false };
  return { name: shortPublisher(sources[0]!.publisher), reported: true };
}

/** Unique values in first-seen order. */
export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Country names for the codes the story uses; unknown codes stay as codes. */
export function countryName(code: string, locale: string): string {
  try {
    // "Myanmar (Burma)" → "Myanmar": the story's usage.
    return (new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code).replace(/\s*\(.*\)$/, '');
  } catch {
    return code;
  }
}

/** Compact money in words for labels: 37000000000 → "US$37bn", 354000000 → "US$354m". */
export function money(v: number, locale: string, currency = 'USD'): string {
  const sym = currency === 'USD' ? 'US$' : `${currency} `;
  const f = (x: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
  if (v >= 1e9) return `${sym}${f(v / 1e9)}bn`;
  if (v >= 1e6) return `${sym}${f(v / 1e6)}m`;
  return `${sym}${new Intl.NumberFormat(locale).format(v)}`;
}
