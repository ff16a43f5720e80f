/**
 * The live map's MapLibre style, built by pure functions from the site's colour tokens, the basemap
 * and the story features. No glyphs URL and no sprite: labels render from the site's own Inter woff2
 * through the style's `font-faces` property, and the one icon (the route arrowhead) is drawn by the
 * client. The same colours drive the static SVG through CSS custom properties (see MapFigure.astro).
 */
import type { StyleSpecification, LayerSpecification, FilterSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { MapLayer } from '../lib/steps.ts';
import type { Basemap } from './basemap.ts';
import type { MapFeatures } from './features.ts';
import type { ResolvedMapState } from './state.ts';
import { countryLabelBox, insetView } from './geo.ts';

/** The site's colour tokens for one scheme (site.config.json `colors.light` / `colors.dark`). */
export interface SchemeColors {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  state: string;
  compound: string;
}

/** `#rrggbb` mixed with `#rrggbb`: t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  return (
    '#' +
    pa
      .map((x, i) =>
        Math.round(x + (pb[i]! - x) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}
function parseHex(h: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(h);
  if (!m) throw new Error(`Map style: colour "${h}" must be written #rrggbb.`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colours of the map's parts, derived from the tokens: a quiet basemap, strong story layers. */
export function mapPalette(c: SchemeColors, dark: boolean) {
  return {
    sea: dark ? mix(c.paper, c.state, 0.1) : mix(c.paper, c.state, 0.12),
    land: dark ? mix(c.paper, c.ink, 0.1) : c.paper,
    border: mix(c.paper, c.ink, dark ? 0.5 : 0.45),
    countryLabel: c.muted,
    place: c.ink,
    halo: dark ? mix(c.paper, c.ink, 0.1) : c.paper,
    compound: c.compound,
    event: c.state,
    route: c.state,
    highlight: c.ink,
  };
}

/** MapLibre layer ids, in drawing order. Client and tests use these names. */
export const LAYER_IDS = {
  background: 'sea',
  land: 'land',
  borders: 'borders',
  countryLabels: 'country-labels',
  routes: 'routes',
  routesHighlight: 'routes-hl',
  routesNew: 'routes-new',
  routeHeads: 'route-heads',
  routeHeadsHighlight: 'route-heads-hl',
  events: 'events',
  eventsHighlight: 'events-hl',
  compoundsArea: 'compounds-area',
  compoundsSite: 'compounds-site',
  compoundsHighlight: 'compounds-hl',
  places: 'places',
  placesHighlight: 'places-hl',
  placesKeepClear: 'places-keep-clear',
  compoundsKeepClear: 'compounds-keep-clear',
  placeLabels: 'place-labels',
  placeLabelsHighlight: 'place-labels-hl',
  compoundLabels: 'compound-labels',
} as const;

/** Which MapLibre layers a story layer switches on or off. */
export const STORY_LAYERS: Record<MapLayer, string[]> = {
  compounds: [
    LAYER_IDS.compoundsArea,
    LAYER_IDS.compoundsSite,
    LAYER_IDS.compoundsHighlight,
    LAYER_IDS.compoundLabels,
    LAYER_IDS.compoundsKeepClear,
  ],
  places: [
    LAYER_IDS.places,
    LAYER_IDS.placesHighlight,
    LAYER_IDS.placeLabels,
    LAYER_IDS.placeLabelsHighlight,
    LAYER_IDS.placesKeepClear,
  ],
  events: [LAYER_IDS.events, LAYER_IDS.eventsHighlight],
  routes: [
    LAYER_IDS.routes,
    LAYER_IDS.routesHighlight,
    LAYER_IDS.routesNew,
    LAYER_IDS.routeHeads,
    LAYER_IDS.routeHeadsHighlight,
  ],
};

/** Name of the arrowhead image the client adds with `map.addImage`. */
export const ARROW_ICON = 'route-arrow';
/** The font stack name declared in `font-faces`. */
export const MAP_FONT = 'Inter';

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

/** About the widest place label on the live map, in CSS px (a two-line name at 12–13.5px). */
const LABEL_PX = 130;
/** About the tallest, in CSS px (a three-line name, and its offset from the point). */
const LABEL_PX_HIGH = 56;

/**
 * Where a label may go around its point, in the order tried: east of the point first (west when `preferWest`), then
 * the other side, below, above; `d` ems from the point. In a framed view of known width (the story map), a point too
 * close to the frame's west edge for a label to fit there is only labelled below or above it running east, or east
 * of it, and likewise in the east; a point too close to its north edge is not labelled above it, nor one close to
 * its south edge below it. MapLibre would place a label that starts on the map even if it runs off it. When none
 * of those fit, the label is left out. (The explore map has no frame: its reader pans.)
 * (The corners come first there: in a crowd at the edge, as Laukkaing's in kokang-2, MapLibre found room for both
 * labels only in that order.)
 */
export function labelAnchors(d: number, view?: MapView, preferWest = false): ExpressionSpecification {
  const east = ['left', [d, 0]];
  const west = ['right', [-d, 0]];
  const below = ['top', [0, d]];
  const above = ['bottom', [0, -d]];
  // Near an edge, below and above start at the point rather than centre on it, so they too stay on the map.
  const belowEast = ['top-left', [d / 2, d + 0.6]];
  const aboveEast = ['bottom-left', [d / 2, -d - 0.6]];
  const belowWest = ['top-right', [-d / 2, d + 0.6]];
  const aboveWest = ['bottom-right', [-d / 2, -d - 0.6]];
  // Four positions in every branch: an expression's branches must be arrays of one length (so some repeat).
  const list = (...parts: unknown[][]) => {
    const flat = parts.flat();
    while (flat.length < 8) flat.push(...flat.slice(-2));
    return ['literal', flat] as unknown as ExpressionSpecification;
  };
  const sides = preferWest ? [west, east] : [east, west];
  const preferred = list(...sides, below, above);
  if (!view?.width) return preferred;
  const [w, , e] = view.frame;
  const room = (e - w) * Math.min(0.45, LABEL_PX / view.width);
  // The frame less the room a label needs above or below a point (the map is 4:3, so its height is 3/4 of its width).
  const [, south, , north] = insetView(view.frame, 0, Math.min(0.45, LABEL_PX_HIGH / (view.width * 0.75)));
  const atNorth = ['>', ['get', 'lat'], north];
  const atSouth = ['<', ['get', 'lat'], south];
  /** At a west or east edge: running away from it, and not above a point near the top nor below one near the bottom. */
  const edge = (at: unknown[], belowSide: unknown[], aboveSide: unknown[], side: unknown[]) => [
    ['all', at, atNorth],
    list(belowSide, side),
    ['all', at, atSouth],
    list(aboveSide, side),
    at,
    list(belowSide, aboveSide, side),
  ];
  return [
    'case',
    ...edge(['<', ['get', 'lon'], w + room], belowEast, aboveEast, east),
    ...edge(['>', ['get', 'lon'], e - room], belowWest, aboveWest, west),
    atNorth,
    list(...sides, below),
    atSouth,
    list(...sides, above),
    preferred,
  ] as unknown as ExpressionSpecification;
}
export function labelLayout(view?: MapView): Record<string, ExpressionSpecification> {
  return {
    [LAYER_IDS.placeLabels]: labelAnchors(0.5, view),
    // A highlighted compound's ring grows with the zoom (compoundsHighlight: 10 to 20 px from zoom 3 to 8), and its
    // label starts clear of it. (In steps: anchor offsets cannot be interpolated.)
    [LAYER_IDS.compoundLabels]: [
      'step',
      ['zoom'],
      labelAnchors(1.2, view, true),
      4.5,
      labelAnchors(1.6, view, true),
      6.5,
      labelAnchors(2, view, true),
    ] as unknown as ExpressionSpecification,
    [LAYER_IDS.placeLabelsHighlight]: labelAnchors(0.8, view),
  };
}

/**
 * Filters of every story MapLibre layer for a state: date window, highlight sets, and the routes
 * that are new in this step (`fresh`: drawn in by the client's animation).
 */
export function layerFilters(
  s: Pick<ResolvedMapState, 'dates' | 'highlight'> & { bbox?: ResolvedMapState['bbox'] },
  fresh: string[] = [],
  /** The story map's framed view: labels only for what is inside it, and the view's own country labels. */
  view?: MapView,
): Record<string, FilterSpecification> {
  const d = (l: MapLayer) => dateFilter(l, s.dates);
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
    [LAYER_IDS.compoundLabels]: all(d('compounds'), idIn(s.highlight)),
    [LAYER_IDS.places]: d('places'),
    [LAYER_IDS.placesHighlight]: all(d('places'), idIn(s.highlight)),
    [LAYER_IDS.placesKeepClear]: all(d('places'), idIn(s.highlight)),
    [LAYER_IDS.compoundsKeepClear]: all(d('compounds'), idIn(s.highlight)),
    [LAYER_IDS.placeLabels]: all(
      d('places'),
      ['<=', ['get', 'rank'], 1],
      ['!', idIn(s.highlight)] as FilterSpecification,
      ...inFrame,
    ),
    [LAYER_IDS.placeLabelsHighlight]: all(d('places'), idIn(s.highlight), ...inFrame),
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

export interface StyleInput {
  colors: SchemeColors;
  dark: boolean;
  basemap: Basemap;
  features: MapFeatures;
  /** URL of the Inter woff2 the page already uses (Latin only: local-script names live in popups). */
  fontUrl: string;
  /** The state to start in (filters and visibility). */
  state: Pick<ResolvedMapState, 'dates' | 'highlight' | 'layers'>;
  /** The framed view of a story map (not the explore map): see layerFilters. */
  view?: MapView;
}

/** Arrowhead points: the end of each route, carrying its bearing and date. */
export function routeHeads(features: MapFeatures) {
  return {
    type: 'FeatureCollection' as const,
    features: features.routes.features.map((r) => ({
      type: 'Feature' as const,
      properties: { id: r.properties.id, date: r.properties.date, bearing: r.properties.bearing },
      geometry: { type: 'Point' as const, coordinates: r.geometry.coordinates.at(-1)! },
    })),
  };
}

/** Builds the complete style. Pure: same input, same object. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const p = mapPalette(input.colors, input.dark);
  const f = layerFilters(input.state, [], input.view);
  const shown = new Set(input.state.layers);
  const vis = (l: MapLayer) => ({ visibility: shown.has(l) ? ('visible' as const) : ('none' as const) });
  const text: { 'text-font': string[]; 'text-allow-overlap': boolean } = {
    'text-font': [MAP_FONT],
    'text-allow-overlap': false,
  };
  const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.5 } as const;
  const routeWidth: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['ln', ['max', 1, ['get', 'count']]],
    0,
    1.5,
    11,
    5,
  ];

  /** A name label on the features of a story layer's source. */
  const anchors = labelLayout(input.view);
  const label = (
    id: string,
    source: 'places' | 'compounds',
    color: string,
    layout: Record<string, unknown>,
    haloWidth: number = halo['text-halo-width'],
  ): LayerSpecification =>
    ({
      id,
      type: 'symbol',
      source,
      filter: f[id]!,
      layout: { ...vis(source), ...text, 'text-field': ['get', 'name'], 'text-max-width': 9, ...layout },
      paint: { 'text-color': color, ...halo, 'text-halo-width': haloWidth },
    }) as LayerSpecification;

  const layers: LayerSpecification[] = [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': p.sea } },
    { id: LAYER_IDS.land, type: 'fill', source: 'land', paint: { 'fill-color': p.land } },
    {
      id: LAYER_IDS.borders,
      type: 'line',
      source: 'borders',
      paint: { 'line-color': p.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1.4] },
    },
    {
      id: LAYER_IDS.countryLabels,
      type: 'symbol',
      source: 'country-labels',
      filter: f[LAYER_IDS.countryLabels]!,
      layout: {
        ...text,
        'text-field': ['upcase', ['get', 'name']],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 13],
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: { 'text-color': p.countryLabel, ...halo },
    },
    {
      id: LAYER_IDS.routes,
      type: 'line',
      source: 'routes',
      filter: f[LAYER_IDS.routes]!,
      layout: { ...vis('routes'), 'line-cap': 'round' },
      paint: { 'line-color': p.route, 'line-width': routeWidth, 'line-opacity': 0.8 },
    },
    {
      id: LAYER_IDS.routesNew,
      type: 'line',
      source: 'routes',
      filter: f[LAYER_IDS.routesNew]!,
      layout: { ...vis('routes'), 'line-cap': 'round' },
      // The client animates the cut-off of this gradient to draw new routes in (not under reduced motion).
      paint: { 'line-width': routeWidth, 'line-gradient': routeGradient(p.route, 1) },
    },
    {
      id: LAYER_IDS.routesHighlight,
      type: 'line',
      source: 'routes',
      filter: f[LAYER_IDS.routesHighlight]!,
      layout: { ...vis('routes'), 'line-cap': 'round' },
      paint: { 'line-color': p.highlight, 'line-width': ['+', routeWidth, 1.5], 'line-opacity': 0.9 },
    },
    {
      id: LAYER_IDS.events,
      type: 'circle',
      source: 'events',
      filter: f[LAYER_IDS.events]!,
      layout: vis('events'),
      paint: {
        'circle-color': p.event,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 6],
        'circle-opacity': 0.7,
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: LAYER_IDS.eventsHighlight,
      type: 'circle',
      source: 'events',
      filter: f[LAYER_IDS.eventsHighlight]!,
      layout: vis('events'),
      paint: {
        'circle-color': p.event,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 5, 8, 8],
        'circle-stroke-color': p.highlight,
        'circle-stroke-width': 2,
      },
    },
    {
      // Town-level or approximate compounds: a soft disc with a ring, never a pin.
      id: LAYER_IDS.compoundsArea,
      type: 'circle',
      source: 'compounds',
      filter: f[LAYER_IDS.compoundsArea]!,
      layout: vis('compounds'),
      paint: {
        'circle-color': p.compound,
        'circle-opacity': 0.16,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 7, 8, 16],
        'circle-stroke-color': p.compound,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.9,
      },
    },
    {
      id: LAYER_IDS.compoundsSite,
      type: 'circle',
      source: 'compounds',
      filter: f[LAYER_IDS.compoundsSite]!,
      layout: vis('compounds'),
      paint: {
        'circle-color': p.compound,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 6],
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYER_IDS.compoundsHighlight,
      type: 'circle',
      source: 'compounds',
      filter: f[LAYER_IDS.compoundsHighlight]!,
      layout: vis('compounds'),
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 10, 8, 20],
        'circle-stroke-color': p.highlight,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER_IDS.places,
      type: 'circle',
      source: 'places',
      filter: f[LAYER_IDS.places]!,
      layout: vis('places'),
      paint: {
        'circle-color': p.place,
        'circle-radius': ['case', ['==', ['get', 'rank'], 0], 3, 2.2],
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: LAYER_IDS.placesHighlight,
      type: 'circle',
      source: 'places',
      filter: f[LAYER_IDS.placesHighlight]!,
      layout: vis('places'),
      paint: {
        'circle-color': p.halo,
        'circle-radius': 5,
        'circle-stroke-color': p.highlight,
        'circle-stroke-width': 2.5,
      },
    },
    // Arrowheads above the markers, so a route's direction shows even where it ends on a place.
    ...(
      [
        [LAYER_IDS.routeHeads, p.route, 0.85],
        [LAYER_IDS.routeHeadsHighlight, p.highlight, 1.05],
      ] as const
    ).map(([id, color, size]): LayerSpecification => ({
      id,
      type: 'symbol',
      source: 'route-heads',
      filter: f[id]!,
      layout: {
        ...vis('routes'),
        'icon-image': ARROW_ICON,
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': size,
      },
      paint: { 'icon-color': color },
    })),
    label(LAYER_IDS.placeLabels, 'places', p.place, {
      'text-size': ['case', ['==', ['get', 'rank'], 0], 13, 12],
      'symbol-sort-key': ['get', 'rank'],
      'text-variable-anchor-offset': anchors[LAYER_IDS.placeLabels],
    }),
    label(LAYER_IDS.compoundLabels, 'compounds', p.compound, {
      'text-size': 12,
      'text-variable-anchor-offset': anchors[LAYER_IDS.compoundLabels],
    }),
    // Above the other labels, so placed before them: a highlighted place keeps its label in a crowd.
    label(
      LAYER_IDS.placeLabelsHighlight,
      'places',
      p.highlight,
      { 'text-size': 13.5, 'text-variable-anchor-offset': anchors[LAYER_IDS.placeLabelsHighlight] },
      2,
    ),
    // Placed first of all: an invisible square over the middle of each highlighted place and compound, so that no
    // label covers what a step is about (a route's start, a court, a compound). Smaller than the offset of the
    // feature's own label.
    ...(
      [
        [LAYER_IDS.placesKeepClear, 'places', 0.45],
        [LAYER_IDS.compoundsKeepClear, 'compounds', 0.6],
      ] as const
    ).map(([id, source, size]): LayerSpecification => ({
      id,
      type: 'symbol',
      source,
      filter: f[id]!,
      layout: {
        ...vis(source),
        'icon-image': ARROW_ICON,
        'icon-size': size,
        'icon-padding': 1,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
      },
      paint: { 'icon-opacity': 0 },
    })),
  ];

  const gj = (data: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'geojson' as const,
    data: data as GeoJSON.GeoJSON,
    ...extra,
  });
  return {
    version: 8,
    name: input.dark ? 'story-dark' : 'story-light',
    'font-faces': { [MAP_FONT]: input.fontUrl },
    // Smallest first, the basemap's land (most of the bytes) last: MapLibre's worker cuts the sources in this order.
    // Measured with the bench's map-live test, the map went live 165-185 ms sooner (medians of 8 alternating runs)
    // than with the land first.
    sources: {
      'country-labels': gj(input.basemap.countryLabels),
      places: gj(input.features.places),
      compounds: gj(input.features.compounds),
      events: gj(input.features.events),
      'route-heads': gj(routeHeads(input.features)),
      routes: gj(input.features.routes, { lineMetrics: true }),
      borders: gj(input.basemap.borders),
      land: gj(input.basemap.land, { attribution: 'Natural Earth' }),
    },
    layers,
  } as StyleSpecification;
}

/** The gradient that shows the first `progress` (0..1) of each new route. */
export function routeGradient(color: string, progress: number): ExpressionSpecification {
  const p = Math.max(0.001, Math.min(0.999, progress));
  return ['interpolate', ['linear'], ['line-progress'], 0, color, p, color, Math.min(1, p + 0.001), 'rgba(0,0,0,0)'];
}
