/**
 * The story's map features, built from the data package: compounds, labelled places, placed events
 * and routes. Pure (no I/O): the same function feeds the static SVG (at build time), the JSON the live
 * map fetches, and the unit tests.
 *
 * Honesty about position is decided here, once: a place whose `coord_precision` is `none` is never
 * drawn; `site` is a point; `town` and `approx` are areas (drawn as rings/soft circles, never as pins).
 */
import type { DataPackage, Place } from '../data/schema.ts';
import type { LonLat } from './geo.ts';
import { curvedRoute } from './routes.ts';

export type Precision = 'site' | 'town' | 'approx';

/** Properties shared by every map feature (flat scalars only, so MapLibre can filter on them). */
export interface BaseProps {
  /** Row id in data/ (places, events or routes). */
  id: string;
  /** Which map layer the feature belongs to. */
  layer: 'compounds' | 'places' | 'events' | 'routes';
  /** English name or headline. */
  name: string;
  /** Start of the date as yyyymmdd (e.g. 20251020; a month-precision date starts on its first day); 0 when undated. */
  date: number;
}

export interface PlaceProps extends BaseProps {
  layer: 'compounds' | 'places';
  /** The name a map label prints: the short name (without the alias in brackets) when data/ has one. */
  label: string;
  kind: Place['kind'];
  precision: Precision;
  country: string;
  /** Rank for labels: 0 capital, 1 story town, 2 everything else (crossings, airports, courts). */
  rank: number;
  /** Longitude and latitude of the point, for expressions (they cannot read a point's coordinates): see labelAnchors
   * in style.ts. */
  lon: number;
  lat: number;
}
export interface EventProps extends BaseProps {
  layer: 'events';
  kind: string;
  placeId: string;
  precision: Precision;
}
export interface RouteProps extends BaseProps {
  layer: 'routes';
  kind: string;
  count: number;
  fromId: string;
  toId: string;
  fromName: string;
  toName: string;
  /** Screen-space bearing of the last segment in Mercator, degrees clockwise from north: rotates the arrowhead. */
  bearing: number;
}
export type MapProps = PlaceProps | EventProps | RouteProps;

export interface PointFeature<P> {
  type: 'Feature';
  id?: number;
  properties: P;
  geometry: { type: 'Point'; coordinates: LonLat };
}
export interface LineFeature<P> {
  type: 'Feature';
  id?: number;
  properties: P;
  geometry: { type: 'LineString'; coordinates: LonLat[] };
}
export interface FC<F> {
  type: 'FeatureCollection';
  features: F[];
}

/** Everything the map can draw, plus what it cannot (so the text alternative can say so). */
export interface MapFeatures {
  compounds: FC<PointFeature<PlaceProps>>;
  places: FC<PointFeature<PlaceProps>>;
  events: FC<PointFeature<EventProps>>;
  routes: FC<LineFeature<RouteProps>>;
  /** Route ids skipped because an end has no coordinates (region placeholders such as "China"). */
  unplacedRoutes: string[];
  /** Event ids skipped because they have no place, or a place without coordinates. */
  unplacedEvents: string[];
}

/** Partial ISO date (2025, 2025-10, 2025-10-20) -> yyyymmdd number of its first day. */
export function dateNum(iso: string | undefined): number {
  if (!iso) return 0;
  const [y, m = '01', d = '01'] = iso.split('-');
  return Number(y) * 10000 + Number(m) * 100 + Number(d);
}

/** Partial ISO date -> yyyymmdd number of its last day (the end of a window given as `2025` or `2025-10`). */
export function dateNumEnd(iso: string): number {
  const [y, m, d] = iso.split('-');
  if (d) return dateNum(iso);
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return Number(y) * 10000 + Number(m) * 100 + last;
  }
  return Number(y) * 10000 + 1231;
}

const COMPOUND_KINDS = new Set<Place['kind']>(['compound', 'sez']);

function placeCoords(p: Place | undefined): LonLat | undefined {
  if (!p || p.coord_precision === 'none' || p.lat === undefined || p.lon === undefined) return undefined;
  return [p.lon, p.lat];
}

/** Builds every map feature from the data package. Deterministic: data order is kept. */
export function buildFeatures(data: Pick<DataPackage, 'places' | 'events' | 'routes'>): MapFeatures {
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const compounds: PointFeature<PlaceProps>[] = [];
  const places: PointFeature<PlaceProps>[] = [];
  for (const p of data.places) {
    const at = placeCoords(p);
    if (!at) continue;
    const isCompound = COMPOUND_KINDS.has(p.kind);
    const props: PlaceProps = {
      id: p.id,
      layer: isCompound ? 'compounds' : 'places',
      name: p.name,
      label: p.short_name ?? p.name,
      date: dateNum(p.first_reported),
      kind: p.kind,
      precision: p.coord_precision as Precision,
      country: p.country,
      rank: p.kind === 'capital' ? 0 : p.kind === 'town' || p.kind === 'region' ? 1 : 2,
      lon: at[0],
      lat: at[1],
    };
    (isCompound ? compounds : places).push({
      type: 'Feature',
      properties: props,
      geometry: { type: 'Point', coordinates: at },
    });
  }

  const events: PointFeature<EventProps>[] = [];
  const unplacedEvents: string[] = [];
  for (const e of data.events) {
    const place = e.place_id ? placeById.get(e.place_id) : undefined;
    const at = placeCoords(place);
    if (!at || !place) {
      unplacedEvents.push(e.id);
      continue;
    }
    events.push({
      type: 'Feature',
      properties: {
        id: e.id,
        layer: 'events',
        name: e.title,
        date: dateNum(e.date),
        kind: e.kind,
        placeId: place.id,
        precision: place.coord_precision as Precision,
      },
      geometry: { type: 'Point', coordinates: at },
    });
  }

  const routes: LineFeature<RouteProps>[] = [];
  const unplacedRoutes: string[] = [];
  for (const r of data.routes) {
    const fromPlace = r.from_place_id ? placeById.get(r.from_place_id) : undefined;
    const toPlace = placeById.get(r.to_place_id);
    const from = placeCoords(fromPlace);
    const to = placeCoords(toPlace);
    if (!from || !to) {
      unplacedRoutes.push(r.id);
      continue;
    }
    const { coordinates, bearing } = curvedRoute(from, to);
    routes.push({
      type: 'Feature',
      properties: {
        id: r.id,
        layer: 'routes',
        name: r.subject,
        date: dateNum(r.date),
        kind: r.kind,
        count: r.count,
        fromId: r.from_place_id ?? '',
        toId: r.to_place_id,
        fromName: fromPlace?.name ?? '',
        toName: toPlace?.name ?? '',
        bearing,
      },
      geometry: { type: 'LineString', coordinates },
    });
  }

  const fc = <F>(features: F[]): FC<F> => ({ type: 'FeatureCollection', features });
  return {
    compounds: fc(compounds),
    places: fc(places),
    events: fc(events),
    routes: fc(routes),
    unplacedRoutes,
    unplacedEvents,
  };
}
