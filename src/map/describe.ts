/**
 * Text alternatives for map states, generated from the data a state shows (never hand-written, so
 * they cannot drift from the map). `describeState` describes one step on its own (static HTML);
 * `describeChange` says what changed since the previous step (the live map announces it politely).
 */
import { countryName, listWords, strings, type Translation } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import type { ResolvedMapState, VisibleFeatures } from './state.ts';
import type { PlaceProps } from './features.ts';

/** The translation table until the content language arrives as a setting (site.lang); functions take it as `t`. */
const EN = strings('en');

/** yyyymmdd -> "20 October 2025". */
export function formatDateNum(n: number, locale: string): string {
  const s = String(n);
  return formatDate(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`, locale, 'day');
}

function countByKind(t: Translation, kinds: string[]): string {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return listWords(
    t,
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => {
        const w = t.vocab.eventKinds[k] ?? { one: k, other: `${k}s` };
        return t.map.step.eventCount(n, w.one, w.other);
      }),
    6,
  );
}

/** The names of the countries a state shows, from the countries of its visible places, in the table's words. */
export function countryNames(v: VisibleFeatures, t: Translation = EN): string[] {
  const codes = [...new Set([...v.compounds, ...v.places].map((p) => p.country))].sort();
  return codes.map((c) => countryName(t, c));
}

const precisionWord = (t: Translation, p: PlaceProps) => t.vocab.precision[p.precision] ?? p.precision;

/**
 * One step described on its own, e.g. "Map of Myanmar and Thailand, events from 1 February 2025 to
 * 31 October 2025. 2 compounds or scam hubs: …; 6 crackdown and related events: 3 raids, …".
 */
export function describeState(
  s: ResolvedMapState,
  v: VisibleFeatures,
  locale: string,
  names: ReadonlyMap<string, string> = new Map(),
  t: Translation = EN,
): string {
  const w = t.map.step;
  const list = (items: string[], max: number) => listWords(t, items, max);
  const parts: string[] = [];
  parts.push(
    s.dates
      ? w.map(list(countryNames(v, t), 5), formatDateNum(s.dates[0], locale), formatDateNum(s.dates[1], locale))
      : w.map(list(countryNames(v, t), 5)),
  );
  if (s.layers.includes('compounds')) {
    parts.push(
      v.compounds.length
        ? w.compounds(
            v.compounds.length,
            list(
              v.compounds.map((c) => w.compound(c.name, precisionWord(t, c))),
              5,
            ),
          )
        : w.noCompounds,
    );
  }
  if (s.layers.includes('events')) {
    parts.push(
      v.events.length
        ? w.events(
            v.events.length,
            countByKind(
              t,
              v.events.map((e) => e.kind),
            ),
          )
        : w.noEvents,
    );
  }
  if (s.layers.includes('routes')) {
    if (v.routes.length) {
      const rs = v.routes.map((r) =>
        w.route(
          r.name,
          r.kind,
          r.fromName,
          r.toName,
          formatDateNum(r.date, locale),
          t.map.people(formatNumber(r.count, locale), r.count),
        ),
      );
      parts.push(w.routes(v.routes.length, list(rs, 4)));
    } else parts.push(w.noRoutes);
    if (v.unplacedRoutes > 0) parts.push(w.unplacedRoutes(v.unplacedRoutes));
  }
  if (s.layers.includes('places') && v.places.length) {
    parts.push(
      w.places(
        list(
          v.places.filter((p) => p.rank < 2).map((p) => p.name),
          6,
        ) ||
          list(
            v.places.map((p) => p.name),
            6,
          ),
      ),
    );
  }
  const hl = s.highlight.map((id) => names.get(id)).filter((n): n is string => !!n);
  if (hl.length) parts.push(w.highlighted(list(hl, 5)));
  return parts.join(' ');
}

/** What changed between two steps, for the live announcement ("Zoomed in; 3 more events; …"). Empty when nothing did. */
export function describeChange(
  prev: ResolvedMapState,
  prevV: VisibleFeatures,
  next: ResolvedMapState,
  nextV: VisibleFeatures,
  locale: string,
  t: Translation = EN,
): string {
  const w = t.map.change;
  const out: string[] = [];
  const area = (b: ResolvedMapState['bbox']) => (b[2] - b[0]) * (b[3] - b[1]);
  const ratio = area(next.bbox) / area(prev.bbox);
  if (ratio < 0.8) out.push(w.zoomedIn);
  else if (ratio > 1.25) out.push(w.zoomedOut);
  else if (prev.bbox.some((n, i) => Math.abs(n - next.bbox[i]!) > 0.05)) out.push(w.moved);
  const delta = (label: { one: string; other: string }, a: number, b: number) => {
    if (b > a) out.push(w.more(b - a, label.one, label.other));
    else if (b < a) out.push(w.fewer(a - b, label.one, label.other));
  };
  delta(w.compounds, prevV.compounds.length, nextV.compounds.length);
  delta(w.events, prevV.events.length, nextV.events.length);
  delta(w.routes, prevV.routes.length, nextV.routes.length);
  const prevWindow = prev.dates?.join('-') ?? 'all';
  const nextWindow = next.dates?.join('-') ?? 'all';
  if (prevWindow !== nextWindow)
    out.push(
      next.dates ? w.period(formatDateNum(next.dates[0], locale), formatDateNum(next.dates[1], locale)) : w.allDates,
    );
  if (out.length === 0) return '';
  const [first, ...rest] = out;
  return w.sentence([first!.charAt(0).toLowerCase() + first!.slice(1), ...rest]);
}

/** A place on a locator, resolved from data/places.csv. */
export interface LocatorPlace {
  name: string;
  /** Place kind (compound, town, court…), as in the data. */
  kind: string;
  /** Country code (ISO 3166-1 alpha-2). */
  country: string;
  /** coord_precision from the data: site | town | approx | none. */
  precision: string;
}

/** Text alternative of a locator state, generated from its places: what is marked, where, and how exactly. */
export function describeLocator(places: readonly LocatorPlace[], t: Translation = EN): string {
  const region = t.map.locator.region;
  if (places.length === 0) return t.map.locator.none(region);
  const items = places.map((p) =>
    t.map.locator.place(
      p.name,
      t.vocab.placeKinds[p.kind] ?? p.kind.replace(/_/g, ' '),
      countryName(t, p.country),
      t.vocab.precision[p.precision] ?? p.precision,
    ),
  );
  return t.map.locator.marking(region, listWords(t, items));
}
