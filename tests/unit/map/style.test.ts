import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { buildBasemap } from '../../../src/map/basemap.ts';
import { buildFeatures } from '../../../src/map/features.ts';
import { inWindow, resolveMapState } from '../../../src/map/state.ts';
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import {
  aboutIds,
  buildStyle,
  dateFilter,
  labelAnchors,
  layerFilters,
  LAYER_IDS,
  mix,
  STORY_LAYERS,
} from '../../../src/map/style.ts';
import { MAP_LAYERS } from '../../../src/story/steps.ts';
import site from '../../../site.config.json' with { type: 'json' };
import { fixture } from './fixture.ts';

const basemap = buildBasemap([95, 9, 110, 25]);
const features = buildFeatures(fixture);
const state = resolveMapState({
  kind: 'map',
  view: { bbox: [98.3, 16.4, 98.8, 17.0] },
  layers: ['compounds', 'events'],
  highlight: ['kk-park'],
  dates: ['2025-01-01', '2025-06-30'],
});
const style = buildStyle({
  colors: site.colors.light,
  dark: false,
  basemap,
  features,
  fontUrl: '/_astro/inter.woff2',
  state,
});

describe('style builder', () => {
  it('builds a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('without a frame (the explore map) labels a place east of its point first, a compound west first', () => {
    const names = (id: string) =>
      (
        style.layers.find((l) => l.id === id)!.layout!['text-variable-anchor-offset' as never] as [string, unknown[]]
      )[1].filter((x) => typeof x === 'string');
    expect(names(LAYER_IDS.placeLabels)).toEqual(['left', 'right', 'top', 'bottom']);
    expect(names(LAYER_IDS.placeLabelsHighlight)).toEqual(['left', 'right', 'top', 'bottom']);
    const compound = createExpression(
      style.layers.find((l) => l.id === LAYER_IDS.compoundLabels)!.layout!['text-variable-anchor-offset' as never],
      latest.layout_symbol['text-variable-anchor-offset'] as never,
    );
    if (compound.result !== 'success')
      throw new Error(compound.value.map((e: { message: string }) => e.message).join('; '));
    // West first; further out as the zoom, and the highlighted compound's ring, grow (12 px text: 1.2 to 2 em).
    const at = (zoom: number) => {
      const v = compound.value.evaluate({ zoom }, { type: 'Point', properties: { lon: 100, lat: 15 } } as never);
      return JSON.parse(JSON.stringify(v)) as unknown[];
    };
    expect(at(3).filter((x) => typeof x === 'string')).toEqual(['right', 'left', 'top', 'bottom']);
    expect(at(3)[1]).toEqual([-1.2, 0]);
    expect(at(5)[1]).toEqual([-1.6, 0]);
    expect(at(8)[1]).toEqual([-2, 0]);
  });

  it('in a framed view, labels a point near an edge only towards the middle of the map, on all four sides', () => {
    const view = {
      bbox: [100, 10, 110, 20] as [number, number, number, number],
      frame: [99, 10, 111, 20] as [number, number, number, number],
      width: 360,
    };
    const framed = buildStyle({
      colors: site.colors.light,
      dark: false,
      basemap,
      features,
      fontUrl: '/f.woff2',
      state,
      view,
    });
    expect(validateStyleMin(framed)).toEqual([]);
    const anchorsAt = (lon: number, preferWest = false, lat = 15) => {
      const e = createExpression(labelAnchors(0.5, view, preferWest), {
        type: 'variableAnchorOffsetCollection',
      } as never);
      if (e.result !== 'success')
        throw new Error(JSON.stringify(e.value.map((x: { key: string; message: string }) => x.key + ' ' + x.message)));
      const v = e.value.evaluate({ zoom: 5 }, { type: 'Point', properties: { lon, lat } } as never) as unknown;
      const values = (Array.isArray(v) ? v : (v as { values: unknown[] }).values) as unknown[];
      return values.filter((x) => typeof x === 'string');
    };
    // 130px of a 360px map is about 36% of the frame: 12° wide, so 4.3° from either edge.
    expect(anchorsAt(100)).toEqual(['top-left', 'bottom-left', 'left', 'left']);
    expect(anchorsAt(110.5)).toEqual(['top-right', 'bottom-right', 'right', 'right']);
    expect(anchorsAt(105)).toEqual(['left', 'right', 'top', 'bottom']);
    expect(anchorsAt(105, true)).toEqual(['right', 'left', 'top', 'bottom']);
    // 56px of its 270px height is about a fifth of the frame: no label above a point that near the top, none below
    // one that near the bottom.
    expect(anchorsAt(105, false, 19.5)).toEqual(['left', 'right', 'top', 'top']);
    expect(anchorsAt(105, true, 10.5)).toEqual(['right', 'left', 'bottom', 'bottom']);
    expect(anchorsAt(100, false, 19.5)).toEqual(['top-left', 'left', 'left', 'left']);
    expect(anchorsAt(110.5, false, 10.5)).toEqual(['bottom-right', 'right', 'right', 'right']);
    expect(anchorsAt(105, false, 17)).toEqual(['left', 'right', 'top', 'bottom']);
    // Without a known width only the preferred side applies.
    expect(labelAnchors(0.5)).toEqual(labelAnchors(0.5, { ...view, width: undefined }));
  });

  it('needs nothing from another origin: no glyphs URL, no sprite, labels from the site font', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style['font-faces']).toEqual({ Inter: '/_astro/inter.woff2' });
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    for (const l of style.layers)
      if (l.type === 'symbol' && 'text-field' in (l.layout ?? {})) expect(l.layout?.['text-font']).toEqual(['Inter']);
  });

  it('lists the small sources first and the land last (the order in which the worker cuts them)', () => {
    const ids = Object.keys(style.sources);
    expect(ids.at(-1)).toBe('land');
    expect(ids.indexOf('borders')).toBeGreaterThan(ids.indexOf('places'));
    expect(ids.indexOf('borders')).toBeGreaterThan(ids.indexOf('country-labels'));
  });

  it('credits Natural Earth', () => {
    expect(JSON.stringify(style.sources)).toContain('Natural Earth');
  });

  it('shows exactly the layers of the state', () => {
    const visible = (id: string) =>
      (style.layers.find((l) => l.id === id)?.layout as { visibility?: string } | undefined)?.visibility;
    for (const l of MAP_LAYERS)
      for (const id of STORY_LAYERS[l]) expect(visible(id)).toBe(state.layers.includes(l) ? 'visible' : 'none');
  });

  it('uses the site colours, light and dark', () => {
    const dark = buildStyle({ colors: site.colors.dark, dark: true, basemap, features, fontUrl: 'x', state });
    const paint = (s: typeof style, id: string) => s.layers.find((l) => l.id === id)!.paint as Record<string, unknown>;
    expect(paint(style, LAYER_IDS.compoundsSite)['circle-color']).toBe(site.colors.light.compound);
    expect(paint(dark, LAYER_IDS.compoundsSite)['circle-color']).toBe(site.colors.dark.compound);
    expect(paint(dark, LAYER_IDS.events)['circle-color']).toBe(site.colors.dark.state);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('filters by date with the same rule as the static map', () => {
    const dates: [number, number] = [20250101, 20250630];
    for (const layer of MAP_LAYERS) {
      const f = featureFilter(dateFilter(layer, dates), 'filter');
      for (const date of [0, 20200101, 20241231, 20250101, 20250315, 20250630, 20250701]) {
        const got = f.filter({ zoom: 5 }, { type: 1, properties: { date }, geometry: [] } as never);
        expect(got, `${layer} ${date}`).toBe(inWindow(layer, date, dates));
      }
    }
  });

  it('highlights by id and draws only fresh routes in the draw-in layer', () => {
    const filters = layerFilters(state, ['rt-she']);
    const test = (id: string, properties: Record<string, unknown>) =>
      featureFilter(filters[id] as FilterSpecification, 'filter').filter({ zoom: 5 }, {
        type: 1,
        properties,
        geometry: [],
      } as never);
    expect(test(LAYER_IDS.compoundsHighlight, { id: 'kk-park', date: 0 })).toBe(true);
    expect(test(LAYER_IDS.compoundsHighlight, { id: 'shwe-kokko', date: 0 })).toBe(false);
    expect(test(LAYER_IDS.routesNew, { id: 'rt-she', date: 20250301 })).toBe(true);
    expect(test(LAYER_IDS.routes, { id: 'rt-she', date: 20250301 })).toBe(false);
    expect(test(LAYER_IDS.routes, { id: 'other', date: 20250301 })).toBe(true);
    expect(test(LAYER_IDS.compoundsSite, { id: 'kk-park', date: 0, precision: 'site' })).toBe(true);
    expect(test(LAYER_IDS.compoundsArea, { id: 'shwe-kokko', date: 0, precision: 'approx' })).toBe(true);
    expect(test(LAYER_IDS.compoundsSite, { id: 'shwe-kokko', date: 0, precision: 'approx' })).toBe(false);
  });

  it('keeps labels off every dot and every route: invisible markers placed before every label', () => {
    const ids = style.layers.map((l) => l.id);
    for (const [id, layer, over] of [
      [LAYER_IDS.placesKeepClear, 'places', LAYER_IDS.places],
      [LAYER_IDS.compoundsKeepClear, 'compounds', null],
      [LAYER_IDS.eventsKeepClear, 'events', LAYER_IDS.events],
      [LAYER_IDS.routesKeepClear, 'routes', null],
    ] as const) {
      const keep = style.layers.find((l) => l.id === id) as SymbolLayerSpecification;
      expect(keep.type).toBe('symbol');
      // Symbols are placed from the top of the stack down: the marker's square is taken before any label.
      const labels = style.layers.filter((l) => l.type === 'symbol' && 'text-field' in (l.layout ?? {}));
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(ids.indexOf(l.id)).toBeLessThan(ids.indexOf(keep.id));
      expect(keep.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': false });
      expect(keep.paint).toMatchObject({ 'icon-opacity': 0 });
      // Over every dot of its layer that the date window shows, not only the highlighted ones.
      if (over) expect(JSON.stringify(keep.filter)).toEqual(JSON.stringify(layerFilters(state)[over]));
      expect(STORY_LAYERS[layer]).toContain(id);
    }
    const route = style.layers.find((l) => l.id === LAYER_IDS.routesKeepClear) as SymbolLayerSpecification;
    expect(route.layout).toMatchObject({ 'symbol-placement': 'line' });
  });

  it("labels what a step is about first: its highlights, their events' places and their routes' ends", () => {
    const about = aboutIds(['raid-2025-10', 'rt-she'], features);
    expect(about).toEqual(['bangkok', 'kk-park', 'nanjing', 'raid-2025-10', 'rt-she']);
    const f = layerFilters({ ...state, about });
    expect(JSON.stringify(f[LAYER_IDS.placeLabelsHighlight])).toContain('"nanjing"');
    expect(JSON.stringify(f[LAYER_IDS.compoundLabels])).toContain('"kk-park"');
  });
});

describe('basemap', () => {
  it('is cut to the region, with one label per country and shared borders only', () => {
    for (const f of basemap.land.features)
      for (const poly of f.geometry.coordinates)
        for (const [x, y] of poly[0]!) {
          expect(x).toBeGreaterThanOrEqual(95);
          expect(x).toBeLessThanOrEqual(110);
          expect(y).toBeGreaterThanOrEqual(9);
          expect(y).toBeLessThanOrEqual(25);
        }
    const names = basemap.countryLabels.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Myanmar', 'Thailand', 'Laos', 'Cambodia', 'Vietnam']));
    expect(new Set(names).size).toBe(names.length);
    expect(basemap.borders.features[0]!.geometry.coordinates.length).toBeGreaterThanOrEqual(4);
  });
});
