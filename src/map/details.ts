/**
 * What a popup or the feature list says about each feature: name (with local-script name), date, what
 * happened, and its sources (linked on the sources page). Pure; built at build time from data/.
 */
import type { DataPackage } from '../data/schema.ts';
import { strings, type Translation } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { localNameParts } from '../lib/lang.ts';
import { englishTitle } from '../lib/sources.ts';
import type { MapFeatures } from './features.ts';

export interface FeatureDetail {
  id: string;
  layer: 'compounds' | 'places' | 'events' | 'routes';
  name: string;
  /**
   * Name in the local script (Burmese, Khmer, Thai, Lao, Chinese…) when data/ has it, in parts (one per script) with
   * their languages; for an event, the local name of its place (`of`, in English).
   */
  local?: { parts: { text: string; lang: string }[]; of?: string };
  /** Formatted date (to its precision), when dated. */
  date?: string;
  /** Kind in words: "compound", "raid", "extradition"… */
  kind: string;
  /** What happened, in the desk's words. */
  text: string;
  /** Where it is, and how exactly ("approximate position"). */
  where: string;
  /** Each source: "publisher: title", the title in English ({@link englishTitle}). */
  sources: { id: string; label: string }[];
}

/** Details of every drawn feature, in the order of the layers then the data. */
export function buildDetails(
  data: Pick<DataPackage, 'places' | 'events' | 'routes' | 'sources'>,
  f: MapFeatures,
  locale: string,
  /** The words of the content language (site `t`); English by default, for tests. */
  t: Translation = strings('en'),
): FeatureDetail[] {
  const precision = (p: string) => t.vocab.precision[p] ?? p;
  const place = new Map(data.places.map((p) => [p.id, p]));
  const event = new Map(data.events.map((e) => [e.id, e]));
  const route = new Map(data.routes.map((r) => [r.id, r]));
  const source = new Map(data.sources.map((s) => [s.id, s]));
  const src = (ids: string[]) =>
    ids.map((id) => {
      const s = source.get(id)!;
      return { id, label: `${s.publisher}: ${englishTitle(s, t)}` };
    });
  const local = (p: { name: string; name_local?: string | undefined }, of?: boolean) =>
    p.name_local ? { local: { parts: localNameParts(p.name_local), ...(of ? { of: p.name } : {}) } } : {};
  const out: FeatureDetail[] = [];
  for (const x of [...f.compounds.features, ...f.places.features]) {
    const p = place.get(x.properties.id)!;
    out.push({
      id: p.id,
      layer: x.properties.layer,
      name: p.name,
      ...local(p),
      ...(p.first_reported ? { date: t.map.details.firstReported(formatDate(p.first_reported, locale)) } : {}),
      kind: p.kind.replace('_', ' '),
      text: p.status ?? '',
      where: [p.region, precision(p.coord_precision)].filter(Boolean).join(' · '),
      sources: src(p.source_ids),
    });
  }
  for (const x of f.events.features) {
    const e = event.get(x.properties.id)!;
    const p = place.get(x.properties.placeId)!;
    out.push({
      id: e.id,
      layer: 'events',
      name: e.title,
      ...local(p, true),
      date: formatDate(e.date, locale, e.date_precision),
      kind: e.kind,
      text: e.summary,
      where: `${p.name} (${precision(p.coord_precision)})`,
      sources: src(e.source_ids),
    });
  }
  for (const x of f.routes.features) {
    const r = route.get(x.properties.id)!;
    out.push({
      id: r.id,
      layer: 'routes',
      name: `${r.subject}: ${x.properties.fromName} to ${x.properties.toName}`,
      date: formatDate(r.date, locale, r.date_precision),
      kind: r.kind,
      text: t.map.details.moved(t.map.people(formatNumber(r.count, locale), r.count), r.via),
      where: `${x.properties.fromName} → ${x.properties.toName}`,
      sources: src(r.source_ids),
    });
  }
  return out;
}
