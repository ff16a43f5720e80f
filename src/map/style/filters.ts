/**
 * The filters of the live map's story layers for a step: its date window (the rule of `inWindow` in state.ts), what
 * it highlights, the routes new in it, and, in a story map's framed view, which labels its frame can hold.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { MapLayer } from '../../story/steps.ts';
import { countryLabelBox } from '../geo.ts';
import type { MapFeatures } from '../features.ts';
import type { ResolvedMapState } from '../state.ts';
import { LAYER_IDS } from './layers.ts';

const date: ExpressionSpecification = ['get', 'date'];

/** The date filter of one story layer for a window (see `inWindow` in state.ts: the same rule). */
export function dateFilter(layer: MapLayer, dates: ResolvedMapState['dates']): FilterSpecification {
  if (!dates) return ['literal', true] as unknown as FilterSpecification;
  const undated: ExpressionSpecification = ['==', date, 0];
  if (layer === 'compounds' || layer === 'places') return ['any', undated, ['<=', date, dates[1]]];
  return ['any', undated, ['all', ['>=', date, dates[0]], ['<=', date, dates[1]]]];
}

const idIn = (ids: string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', ids]];

/** Key of a view's own country labels (see viewCountryLabels): its bbox, as written in the step. */
export const viewKey = (bbox: readonly number[]) => bbox.join(',');

/** A story map's framed view (not the explore map's free one). */
export interface MapView {
  /** The step's bbox, as written in the step. */
  bbox: ResolvedMapState['bbox'];
  /** What the map shows of it: the 4:3 frame fitted around the bbox (fittedView), west, south, east, north. */
  frame: [number, number, number, number];
  /** Width of the map on screen in CSS px, when known (the live map): how much of the frame a label takes. */
  width?: number;
}

/**
 * Filters of every story MapLibre layer for a state: date window, highlight sets, and the routes
 * that are new in this step (`fresh`: drawn in by the client's animation).
 */
export function layerFilters(
  s: Pick<ResolvedMapState, 'dates' | 'highlight'> & {
    bbox?: ResolvedMapState['bbox'];
    /** Places and compounds the step is about, labelled first (aboutIds); default: the highlighted ones. */
    about?: string[];
  },
  fresh: string[] = [],
  /** The story map's framed view: labels only for what is inside it, and the view's own country labels. */
  view?: MapView,
): Record<string, FilterSpecification> {
  const d = (l: MapLayer) => dateFilter(l, s.dates);
  const about = s.about ?? s.highlight;
  const all = (...f: FilterSpecification[]) => ['all', ...f] as FilterSpecification;
  const site: FilterSpecification = ['==', ['get', 'precision'], 'site'];
  const area: FilterSpecification = ['!=', ['get', 'precision'], 'site'];
  const within = ([w, s, e, n]: readonly number[]) =>
    [
      'within',
      {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    ] as unknown as FilterSpecification;
  // A label whose point is outside the frame would float at its edge with nothing to name.
  const inFrame: FilterSpecification[] = view ? [within(view.frame)] : [];
  return {
    [LAYER_IDS.routes]: all(d('routes'), ['!', idIn(fresh)] as FilterSpecification),
    [LAYER_IDS.routesNew]: all(d('routes'), idIn(fresh)),
    [LAYER_IDS.routesHighlight]: all(d('routes'), idIn(s.highlight)),
    [LAYER_IDS.routeHeads]: all(d('routes'), ['!', idIn(s.highlight)] as FilterSpecification),
    [LAYER_IDS.routeHeadsHighlight]: all(d('routes'), idIn(s.highlight)),
    [LAYER_IDS.events]: d('events'),
    [LAYER_IDS.eventsHighlight]: all(d('events'), [
      'any',
      idIn(s.highlight),
      ['in', ['get', 'placeId'], ['literal', s.highlight]],
    ] as FilterSpecification),
    [LAYER_IDS.compoundsArea]: all(d('compounds'), area),
    [LAYER_IDS.compoundsSite]: all(d('compounds'), site),
    [LAYER_IDS.compoundsHighlight]: all(d('compounds'), idIn(s.highlight)),
    [LAYER_IDS.compoundLabels]: all(d('compounds'), idIn(about)),
    [LAYER_IDS.places]: d('places'),
    [LAYER_IDS.placesHighlight]: all(d('places'), idIn(s.highlight)),
    [LAYER_IDS.placesKeepClear]: d('places'),
    [LAYER_IDS.compoundsKeepClear]: d('compounds'),
    [LAYER_IDS.eventsKeepClear]: d('events'),
    [LAYER_IDS.routesKeepClear]: d('routes'),
    // Every other place that has room, towns and capitals first (symbol-sort-key): the static map labels them too.
    [LAYER_IDS.placeLabels]: all(d('places'), ['!', idIn(about)] as FilterSpecification, ...inFrame),
    [LAYER_IDS.placeLabelsHighlight]: all(d('places'), idIn(about), ...inFrame),
    // The usual labels that can be read whole in this frame, and the frame's own (see viewCountryLabels).
    [LAYER_IDS.countryLabels]: (view
      ? [
          'any',
          ['all', ['!', ['has', 'view']], within(countryLabelBox(view.frame))],
          ['==', ['get', 'view'], viewKey(view.bbox)],
        ]
      : ['!', ['has', 'view']]) as FilterSpecification,
  };
}

/**
 * The places and compounds a step is about, which its map labels before any other: what it highlights, the places
 * of the events it highlights, and both ends of the routes it highlights (the rule of the static map, svg.ts).
 */
export function aboutIds(highlight: readonly string[], f: MapFeatures): string[] {
  const hl = new Set(highlight);
  const ids = new Set(highlight);
  for (const e of f.events.features) if (hl.has(e.properties.id)) ids.add(e.properties.placeId);
  for (const r of f.routes.features)
    if (hl.has(r.properties.id)) for (const end of [r.properties.fromId, r.properties.toId]) ids.add(end);
  return [...ids].sort();
}
