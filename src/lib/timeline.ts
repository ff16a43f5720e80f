/**
 * Pure helpers for the timeline page and its client filter: ordering and grouping events, the filter's
 * options and status line, and the filter state kept in the URL query (?country=MM&kind=raid).
 * Shared by the server render (src/pages/timeline.astro) and the browser
 * (src/scripts/timeline-filter.ts), so nothing here may import Node or Astro modules.
 */

/** Kinds of event in which a state acts against the industry; drawn in the --state accent. */
export const CRACKDOWN_KINDS: ReadonlySet<string> = new Set([
  'raid',
  'cutoff',
  'handover',
  'extradition',
  'arrest',
  'sentencing',
  'execution',
  'warrant',
  'sanction',
  'seizure',
]);

/** Whether an event kind is a crackdown (styled with the state accent). */
export const isCrackdown = (kind: string): boolean => CRACKDOWN_KINDS.has(kind);

/** Anchor id of an event on the timeline page, so other pages can link to /timeline/#ev-<id>. */
export const eventAnchor = (id: string): string => `ev-${id}`;

/** The minimum an event needs for ordering, grouping and filtering. */
export interface TimelineItem {
  id: string;
  /** Partial ISO date: 2026, 2026-01 or 2026-01-07. */
  date: string;
  kind: string;
  countries: readonly string[];
}

/**
 * Events in date order. A month-precision date (2025-10) sorts before the days of that month,
 * a year before its months; ties keep a deterministic order by id.
 */
export function sortByDate<T extends Pick<TimelineItem, 'id' | 'date'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Events grouped by calendar year, years ascending, each group in date order. */
export function groupByYear<T extends Pick<TimelineItem, 'id' | 'date'>>(
  events: readonly T[],
): { year: string; events: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const e of sortByDate(events)) {
    const year = e.date.slice(0, 4);
    const list = groups.get(year);
    if (list) list.push(e);
    else groups.set(year, [e]);
  }
  return [...groups].map(([year, evs]) => ({ year, events: evs }));
}

/** Filter state; an absent key means "all". */
export interface TimelineFilter {
  country?: string;
  kind?: string;
}

/** Whether an event passes the filter. */
export function matchesFilter(item: Pick<TimelineItem, 'kind' | 'countries'>, filter: TimelineFilter): boolean {
  if (filter.kind && item.kind !== filter.kind) return false;
  if (filter.country && !item.countries.includes(filter.country)) return false;
  return true;
}

/**
 * Reads the filter from a URL query string. Values not offered by the page (a stale or
 * hand-edited link) are dropped rather than producing an empty list.
 */
export function parseFilterQuery(
  search: string,
  allowed: { countries: readonly string[]; kinds: readonly string[] },
): TimelineFilter {
  const q = new URLSearchParams(search);
  const filter: TimelineFilter = {};
  const country = q.get('country')?.trim().toUpperCase();
  const kind = q.get('kind')?.trim().toLowerCase();
  if (country && allowed.countries.includes(country)) filter.country = country;
  if (kind && allowed.kinds.includes(kind)) filter.kind = kind;
  return filter;
}

/**
 * Writes the filter as a query string ("?country=MM&kind=raid"), or "" when nothing is filtered. `current` is the
 * address's query now: its other parameters stay (the embedded timeline's ?v= and ?theme=).
 */
export function filterQuery(filter: TimelineFilter, current = ''): string {
  const q = new URLSearchParams(current);
  q.delete('country');
  q.delete('kind');
  if (filter.country) q.set('country', filter.country);
  if (filter.kind) q.set('kind', filter.kind);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Where the shown count goes in the status template (pages.timeline.status in the translation table). */
export const SHOWN = '{shown}';

/**
 * The live status line, "12 of 156 events", from the template the server renders for the page's total (the words
 * come from the translation table, which the browser does not load).
 */
export function statusText(template: string, shown: number): string {
  return template.replaceAll(SHOWN, String(shown));
}

/**
 * Distinct values with how many events carry each, sorted by label in the content language (for the filter's
 * options). The labels come from the translation table: `countryName` and `kindLabel` in src/i18n/.
 */
export function filterOptions(
  events: readonly Pick<TimelineItem, 'kind' | 'countries'>[],
  labels: { country: (code: string) => string; kind: (kind: string) => string; lang: string },
): {
  countries: { value: string; label: string; count: number }[];
  kinds: { value: string; label: string; count: number }[];
} {
  const countries = new Map<string, number>();
  const kinds = new Map<string, number>();
  for (const e of events) {
    kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    for (const c of new Set(e.countries)) countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, labels.lang);
  return {
    countries: [...countries].map(([value, count]) => ({ value, label: labels.country(value), count })).sort(byLabel),
    kinds: [...kinds].map(([value, count]) => ({ value, label: labels.kind(value), count })).sort(byLabel),
  };
}

/** Ids and data attributes shared by the server markup and the client filter. */
export const TIMELINE_DOM = {
  /** id of the element wrapping every year section. */
  list: 'timeline-events',
  /** Attribute on each year <section>. */
  year: 'data-year',
  /** Attributes on each event <li>: space-separated country codes, and the kind. */
  countries: 'data-countries',
  kind: 'data-kind',
  /** Attribute on <timeline-filter>: the status line's template for the page's total ({@link statusText}). */
  status: 'data-status',
} as const;
