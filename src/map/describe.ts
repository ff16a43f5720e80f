/**
 * Text alternatives for map states, generated from the data a state shows (never hand-written, so
 * they cannot drift from the map). `describeState` describes one step on its own (static HTML);
 * `describeChange` says what changed since the previous step (the live map announces it politely).
 */
import { formatDate, formatNumber } from '../lib/format.ts';
import type { ResolvedMapState, VisibleFeatures } from './state.ts';
import type { PlaceProps } from './features.ts';

const EVENT_WORDS: Record<string, [string, string]> = {
  raid: ['raid', 'raids'],
  cutoff: ['cut-off', 'cut-offs'],
  handover: ['handover', 'handovers'],
  extradition: ['extradition', 'extraditions'],
  deportation: ['deportation', 'deportations'],
  repatriation: ['repatriation', 'repatriations'],
  arrest: ['arrest', 'arrests'],
  indictment: ['indictment', 'indictments'],
  warrant: ['warrant', 'warrants'],
  sanction: ['sanction', 'sanctions'],
  seizure: ['seizure', 'seizures'],
  sentencing: ['sentencing', 'sentencings'],
  execution: ['execution', 'executions'],
  meeting: ['meeting', 'meetings'],
  law: ['legal order', 'legal orders'],
  offensive: ['military offensive', 'military offensives'],
  report: ['report', 'reports'],
  other: ['other event', 'other events'],
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c", or "a, b, c and 4 more" past `max` items. */
export function listWords(items: string[], max = 4): string {
  if (items.length === 0) return '';
  const shown = items.length > max ? items.slice(0, max - 1) : items;
  const rest = items.length - shown.length;
  const all = rest > 0 ? [...shown, `${rest} more`] : shown;
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/** yyyymmdd -> "20 October 2025". */
export function formatDateNum(n: number, locale: string): string {
  const s = String(n);
  return formatDate(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`, locale, 'day');
}

function precisionWord(p: PlaceProps): string {
  return p.precision === 'site'
    ? 'exact site'
    : p.precision === 'town'
      ? 'town-level position'
      : 'approximate position';
}

function countByKind(kinds: string[]): string {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return listWords(
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => plural(n, ...(EVENT_WORDS[k] ?? [k, k + 's']))),
    6,
  );
}

/** The names of the countries a state shows, from the countries of its visible places. */
export function countryNames(v: VisibleFeatures, locale: string): string[] {
  const codes = [...new Set([...v.compounds, ...v.places].map((p) => p.country))].sort();
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return codes.map((c) => names.of(c) ?? c);
}

/**
 * One step described on its own, e.g. "Map of Myanmar and Thailand, events from 1 February 2025 to
 * 31 October 2025. 2 compounds or scam hubs: …; 6 crackdown and related events: 3 raids, …".
 */
export function describeState(
  s: ResolvedMapState,
  v: VisibleFeatures,
  locale: string,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const parts: string[] = [];
  const countries = countryNames(v, locale);
  const when = s.dates
    ? `, showing what happened from ${formatDateNum(s.dates[0], locale)} to ${formatDateNum(s.dates[1], locale)}`
    : '';
  parts.push(`Map${countries.length ? ` of ${listWords(countries, 5)}` : ''}${when}.`);
  if (s.layers.includes('compounds')) {
    parts.push(
      v.compounds.length
        ? `${plural(v.compounds.length, 'compound or scam hub', 'compounds or scam hubs')}: ${listWords(
            v.compounds.map((c) => `${c.name} (${precisionWord(c)})`),
            5,
          )}.`
        : 'No compounds in this view.',
    );
  }
  if (s.layers.includes('events')) {
    parts.push(
      v.events.length
        ? `${plural(v.events.length, 'dated event', 'dated events')}: ${countByKind(v.events.map((e) => e.kind))}.`
        : 'No events in this view and period.',
    );
  }
  if (s.layers.includes('routes')) {
    if (v.routes.length) {
      const rs = v.routes.map(
        (r) =>
          `${r.name}, ${r.kind} from ${r.fromName} to ${r.toName} on ${formatDateNum(r.date, locale)} (${formatNumber(r.count, locale)} ${r.count === 1 ? 'person' : 'people'})`,
      );
      parts.push(`${plural(v.routes.length, 'route', 'routes')}: ${listWords(rs, 4)}.`);
    } else parts.push('No routes in this view and period.');
    if (v.unplacedRoutes > 0) {
      parts.push(
        `${plural(v.unplacedRoutes, 'further route in this period is', 'further routes in this period are')} not drawn because an end has no coordinates (for example a destination given only as “China”).`,
      );
    }
  }
  if (s.layers.includes('places') && v.places.length) {
    parts.push(
      `Labelled places: ${
        listWords(
          v.places.filter((p) => p.rank < 2).map((p) => p.name),
          6,
        ) ||
        listWords(
          v.places.map((p) => p.name),
          6,
        )
      }.`,
    );
  }
  const hl = s.highlight.map((id) => names.get(id)).filter((n): n is string => !!n);
  if (hl.length) parts.push(`Highlighted: ${listWords(hl, 5)}.`);
  return parts.join(' ');
}

/** What changed between two steps, for the live announcement ("Zoomed in; 3 more events; …"). Empty when nothing did. */
export function describeChange(
  prev: ResolvedMapState,
  prevV: VisibleFeatures,
  next: ResolvedMapState,
  nextV: VisibleFeatures,
  locale: string,
): string {
  const out: string[] = [];
  const area = (b: ResolvedMapState['bbox']) => (b[2] - b[0]) * (b[3] - b[1]);
  const ratio = area(next.bbox) / area(prev.bbox);
  if (ratio < 0.8) out.push('Zoomed in');
  else if (ratio > 1.25) out.push('Zoomed out');
  else if (prev.bbox.some((n, i) => Math.abs(n - next.bbox[i]!) > 0.05)) out.push('Moved');
  const delta = (label: [string, string], a: number, b: number) => {
    if (b > a) out.push(`${b - a} more ${b - a === 1 ? label[0] : label[1]}`);
    else if (b < a) out.push(`${a - b} fewer ${a - b === 1 ? label[0] : label[1]}`);
  };
  delta(['compound', 'compounds'], prevV.compounds.length, nextV.compounds.length);
  delta(['event', 'events'], prevV.events.length, nextV.events.length);
  delta(['route', 'routes'], prevV.routes.length, nextV.routes.length);
  const prevWindow = prev.dates?.join('-') ?? 'all';
  const nextWindow = next.dates?.join('-') ?? 'all';
  if (prevWindow !== nextWindow)
    out.push(
      next.dates
        ? `period now ${formatDateNum(next.dates[0], locale)} to ${formatDateNum(next.dates[1], locale)}`
        : 'all dates shown',
    );
  if (out.length === 0) return '';
  const [first, ...rest] = out;
  return `Changed since the previous step: ${[first!.charAt(0).toLowerCase() + first!.slice(1), ...rest].join('; ')}.`;
}
