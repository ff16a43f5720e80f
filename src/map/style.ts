/**
 * The live map's MapLibre style, built by pure functions from the site's colour tokens, the basemap
 * and the story features: this file assembles it (sources and layers) and is the style's public entry; its parts
 * live in src/map/style/ by concern: palette.ts (colours), layers.ts (layer ids and the layer list), filters.ts
 * (a step's filters), anchors.ts (where live labels may go). No glyphs URL and no sprite: labels render from the site's own Inter woff2
 * through the style's `font-faces` property, and the one icon (the route arrowhead) is drawn by the
 * client. The same colours drive the static SVG through CSS custom properties (see MapFigure.astro).
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from './basemap.ts';
import { OSM_ATTRIBUTION } from './data/credit.ts';
import type { MapFeatures } from './features.ts';
import type { ResolvedMapState } from './state.ts';
import { labelLayout } from './style/anchors.ts';
import { aboutIds, layerFilters, type MapView } from './style/filters.ts';
import { buildLayers, MAP_FONT } from './style/layers.ts';
import { mapPalette, type SchemeColors } from './style/palette.ts';

export * from './style/palette.ts';
export * from './style/layers.ts';
export * from './style/filters.ts';
export * from './style/anchors.ts';

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
  const layers = buildLayers({
    palette: mapPalette(input.colors, input.dark),
    filters: layerFilters({ ...input.state, about: aboutIds(input.state.highlight, input.features) }, [], input.view),
    anchors: labelLayout(input.view),
    shown: new Set(input.state.layers),
  });
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
      rivers: gj(input.basemap.rivers),
      // The borders near the places are OpenStreetMap's (src/map/data/borders-osm.json), whose licence (ODbL)
      // requires the credit wherever they are drawn.
      borders: gj(input.basemap.borders, { attribution: OSM_ATTRIBUTION }),
      land: gj(input.basemap.land, { attribution: 'Natural Earth' }),
    },
    layers,
  } as StyleSpecification;
}
