/**
 * The live map's layers, in drawing order: their ids (the client and the tests use them), which of them each story
 * layer switches, and the layer list itself, from the palette, the step's filters and the label positions.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapLayer } from '../../story/steps.ts';
import { mix, type mapPalette } from './palette.ts';

/** MapLibre layer ids, in drawing order. Client and tests use these names. */
export const LAYER_IDS = {
  background: 'sea',
  land: 'land',
  river: 'river',
  borders: 'borders',
  riverLabel: 'river-label',
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
  eventsKeepClear: 'events-keep-clear',
  routesKeepClear: 'routes-keep-clear',
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
  events: [LAYER_IDS.events, LAYER_IDS.eventsHighlight, LAYER_IDS.eventsKeepClear],
  routes: [
    LAYER_IDS.routesKeepClear,
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

/** The gradient that shows the first `progress` (0..1) of each new route. */
export function routeGradient(color: string, progress: number): ExpressionSpecification {
  const p = Math.max(0.001, Math.min(0.999, progress));
  return ['interpolate', ['linear'], ['line-progress'], 0, color, p, color, Math.min(1, p + 0.001), 'rgba(0,0,0,0)'];
}

export interface LayerInput {
  /** Colours of the map's parts (mapPalette). */
  palette: ReturnType<typeof mapPalette>;
  /** Filter of each story layer by id (layerFilters). */
  filters: Record<string, FilterSpecification>;
  /** Label positions by layer id (labelLayout). */
  anchors: Record<string, ExpressionSpecification>;
  /** Story layers shown at the start. */
  shown: ReadonlySet<MapLayer>;
}

/** The colour of a river that is the border (the Moei): the sea's, deepened towards the story blue to read on land. */
export function riverColor(p: ReturnType<typeof mapPalette>): string {
  return mix(p.sea, p.route, 0.35);
}

/**
 * The river the border follows (source `rivers`, from the OpenStreetMap extract): a water-coloured line under the
 * border, from the zoom of a close view, and its name along it once the stretch is long enough on screen to hold it.
 */
function riverLayers(
  p: ReturnType<typeof mapPalette>,
  text: { 'text-font': string[]; 'text-allow-overlap': boolean },
  halo: { 'text-halo-color': string; 'text-halo-width': number },
): LayerSpecification[] {
  const color = riverColor(p);
  return [
    {
      id: LAYER_IDS.river,
      type: 'line',
      source: 'rivers',
      filter: ['!', ['has', 'label']],
      minzoom: 7,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 11, 3.5] },
    },
    {
      id: LAYER_IDS.riverLabel,
      type: 'symbol',
      source: 'rivers',
      // Along the river's smoothed course (basemap.ts): MapLibre sets no name along a line that bends sharply.
      filter: ['has', 'label'],
      minzoom: 8,
      layout: {
        ...text,
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-size': 12,
        'text-letter-spacing': 0.04,
        'text-offset': [0, 0.9],
        'text-max-angle': 60,
        'symbol-spacing': 150,
      },
      paint: { 'text-color': mix(p.route, p.sea, 0.3), ...halo },
    },
  ];
}

/** Every layer of the style, in drawing order. Pure. */
export function buildLayers({ palette: p, filters: f, anchors, shown }: LayerInput): LayerSpecification[] {
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
      // The short name (without the alias in brackets), as on the static map.
      layout: { ...vis(source), ...text, 'text-field': ['get', 'label'], 'text-max-width': 9, ...layout },
      paint: { 'text-color': color, ...halo, 'text-halo-width': haloWidth },
    }) as LayerSpecification;

  const layers: LayerSpecification[] = [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': p.sea } },
    { id: LAYER_IDS.land, type: 'fill', source: 'land', paint: { 'fill-color': p.land } },
    ...riverLayers(p, text, halo),
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
      // Always drawn (what the step is about is always named), at the first position its frame allows; the other
      // labels, placed after it, keep off it.
      {
        'text-size': 13.5,
        'text-variable-anchor-offset': anchors[LAYER_IDS.placeLabelsHighlight],
        'text-allow-overlap': true,
        'text-ignore-placement': false,
      },
      2,
    ),
    // Placed first of all: an invisible square over every dot (places, compounds, events), so that no label covers a
    // dot, its own or another's (Kunming's airport peeked from under Kunming's label), nor what a step is about (a
    // route's start, a court, a compound). Smaller than the offset of the feature's own label.
    ...(
      [
        [LAYER_IDS.placesKeepClear, 'places', 0.45],
        [LAYER_IDS.compoundsKeepClear, 'compounds', 0.6],
        [LAYER_IDS.eventsKeepClear, 'events', 0.4],
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
    // And invisible icons every few px along each route: labels keep off the lines (the Naypyitaw → Kunming route
    // crossed Laukkaing's label). MapLibre has no collision test for lines; line-placed symbols have one.
    {
      id: LAYER_IDS.routesKeepClear,
      type: 'symbol',
      source: 'routes',
      filter: f[LAYER_IDS.routesKeepClear]!,
      layout: {
        ...vis('routes'),
        'symbol-placement': 'line',
        'symbol-spacing': 8,
        'icon-image': ARROW_ICON,
        'icon-size': 0.3,
        'icon-padding': 0,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-rotation-alignment': 'map',
      },
      paint: { 'icon-opacity': 0 },
    },
  ];

  return layers;
}
