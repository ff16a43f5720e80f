/**
 * Step -> map state: turns what a chapter writes (`MapStepState`, typed data) into the resolved state
 * both renderers use (a bbox, the layers in drawing order, highlighted ids, a numeric date window), and
 * selects what that state shows. Pure and shared by the static SVG, the live map and the tests.
 */
import { MAP_LAYERS, type MapLayer, type MapStepState } from '../story/steps.ts';
import { fittedView, inBBox, mercator, unmercator, SVG_WIDTH, type BBox } from './geo.ts';
import {
  dateNum,
  dateNumEnd,
  type MapFeatures,
  type PlaceProps,
  type EventProps,
  type RouteProps,
} from './features.ts';

export interface ResolvedMapState {
  /** Area to fit, [west, south, east, north]. */
  bbox: BBox;
  bearing: number;
  pitch: number;
  /** Layers shown, in MAP_LAYERS order. */
  layers: MapLayer[];
  /** Ids (places, events, routes) drawn emphasised, sorted. */
  highlight: string[];
  /** Inclusive window as yyyymmdd numbers, or null for "all dates". */
  dates: [number, number] | null;
}

/** The bbox that `center`/`zoom` show in a box SVG_WIDTH px wide at MAP_ASPECT (MapLibre's 512 px tiles). */
export function bboxFromCenterZoom(
  center: [number, number],
  zoom: number,
  width = SVG_WIDTH,
  height = (SVG_WIDTH * 3) / 4,
): BBox {
  const perPx = (2 * Math.PI) / (512 * 2 ** zoom);
  const [x, y] = mercator(center);
  const [w, s] = unmercator([x - (width / 2) * perPx, y - (height / 2) * perPx]);
  const [e, n] = unmercator([x + (width / 2) * perPx, y + (height / 2) * perPx]);
  return [w, s, e, n];
}

/** Resolves a step's map state. Throws (failing the build) on a state that cannot be drawn. */
export function resolveMapState(state: MapStepState): ResolvedMapState {
  const v = state.view;
  let bbox: BBox;
  if (v.bbox) bbox = v.bbox;
  else if (v.center && v.zoom !== undefined) bbox = bboxFromCenterZoom(v.center, v.zoom);
  else throw new Error('Map step: view needs a bbox, or a center and a zoom.');
  const [w, s, e, n] = bbox;
  if (!(w < e && s < n))
    throw new Error(
      `Map step: bbox [${bbox.join(', ')}] must be [west, south, east, north] with west < east and south < north.`,
    );
  const wanted = new Set(state.layers ?? MAP_LAYERS);
  for (const l of wanted)
    if (!MAP_LAYERS.includes(l))
      throw new Error(`Map step: unknown layer "${l}"; expected one of ${MAP_LAYERS.join(', ')}.`);
  let dates: [number, number] | null = null;
  if (state.dates) {
    const [from, to] = state.dates;
    dates = [dateNum(from), dateNumEnd(to)];
    if (dates[0] > dates[1]) throw new Error(`Map step: date window ${from}…${to} ends before it starts.`);
  }
  return {
    bbox,
    bearing: v.bearing ?? 0,
    pitch: v.pitch ?? 0,
    layers: MAP_LAYERS.filter((l) => wanted.has(l)),
    highlight: [...new Set(state.highlight ?? [])].sort(),
    dates,
  };
}

/**
 * Whether a dated feature is inside the window. Places and compounds are "there" from their first
 * report on, so only the window's end hides them; events and routes show only inside the window.
 * Undated features (date 0) are always shown.
 */
export function inWindow(layer: MapLayer, date: number, dates: ResolvedMapState['dates']): boolean {
  if (!dates || date === 0) return true;
  if (layer === 'compounds' || layer === 'places') return date <= dates[1];
  return date >= dates[0] && date <= dates[1];
}

export interface VisibleFeatures {
  compounds: PlaceProps[];
  places: PlaceProps[];
  events: EventProps[];
  routes: RouteProps[];
  /** Routes in the window whose ends have no coordinates (so they are not drawn). */
  unplacedRoutes: number;
}

/** What a state shows in its framed view: layer on, inside the date window, (a route: any point) inside the view. */
export function visibleFeatures(
  state: ResolvedMapState,
  f: MapFeatures,
  routeDates: ReadonlyMap<string, number> = new Map(),
): VisibleFeatures {
  const on = new Set(state.layers);
  // What the framed box shows, bbox plus padding and the margin the aspect ratio adds.
  const view = fittedView(state.bbox);
  const pts = <P extends PlaceProps | EventProps>(
    layer: MapLayer,
    fc: { features: { properties: P; geometry: { coordinates: [number, number] } }[] },
  ) =>
    on.has(layer)
      ? fc.features
          .filter((x) => inWindow(layer, x.properties.date, state.dates) && inBBox(x.geometry.coordinates, view))
          .map((x) => x.properties)
      : [];
  return {
    compounds: pts('compounds', f.compounds),
    places: pts('places', f.places),
    events: pts('events', f.events),
    routes: on.has('routes')
      ? f.routes.features
          .filter(
            (r) =>
              inWindow('routes', r.properties.date, state.dates) && r.geometry.coordinates.some((c) => inBBox(c, view)),
          )
          .map((r) => r.properties)
      : [],
    unplacedRoutes: on.has('routes')
      ? f.unplacedRoutes.filter((id) => inWindow('routes', routeDates.get(id) ?? 0, state.dates)).length
      : 0,
  };
}

/** A JSON-safe summary of a resolved state for data-* attributes (what tests and the client read). */
export function stateAttributes(s: ResolvedMapState): {
  layers: string;
  dates: string;
  highlight: string;
  bbox: string;
} {
  return {
    layers: s.layers.join(' '),
    dates: s.dates ? `${s.dates[0]}-${s.dates[1]}` : 'all',
    highlight: s.highlight.join(' '),
    bbox: s.bbox.map((n) => Math.round(n * 100) / 100).join(','),
  };
}
