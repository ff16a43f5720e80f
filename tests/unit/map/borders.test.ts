/**
 * The story's borders and region: OpenStreetMap borders (the committed extract) in the close views, the Moei drawn
 * and named as a river there, and a region derived from the data, so that a fork's far-away place gets land under it.
 */
import { describe, expect, it } from 'vitest';
import { buildBasemap, getBasemap, REGION } from '../../../src/map/basemap.ts';
import { BORDERS_OSM, countryAt } from '../../../src/map/data/borders.ts';
import { detailBoxes, regionOf } from '../../../src/map/data/extent.ts';
import { clipLine, inBBox, type BBox, type LonLat } from '../../../src/map/geo.ts';
import { computeStaticMap } from '../../../src/map/svg.ts';
import { renderMapSvg } from '../../../src/map/svg-file.ts';
import { buildStyle, LAYER_IDS } from '../../../src/map/style.ts';
import { resolveMapState } from '../../../src/map/state.ts';
import type { MapFeatures } from '../../../src/map/features.ts';

const MOEI_VIEW: BBox = [98.35, 16.5, 98.75, 16.95];
/** How many times the border crosses the parallel `lat` between longitudes `a` and `b`. */
function crossings(lines: LonLat[][], lat: number, a: number, b: number): number {
  const [w, e] = [Math.min(a, b), Math.max(a, b)];
  let n = 0;
  for (const l of lines)
    for (let i = 1; i < l.length; i++) {
      const [p, q] = [l[i - 1]!, l[i]!];
      if (p[1] > lat === q[1] > lat) continue;
      const x = p[0] + ((lat - p[1]) / (q[1] - p[1])) * (q[0] - p[0]);
      if (x > w && x < e) n++;
    }
  return n;
}
const empty = { type: 'FeatureCollection' as const, features: [] };
const noFeatures = {
  places: empty,
  compounds: empty,
  events: empty,
  routes: empty,
  skippedRoutes: [],
  skippedEvents: [],
} as unknown as MapFeatures;

describe('borders in the close views', () => {
  const basemap = getBasemap('50m');
  const lines = basemap.borders.features[0]!.geometry.coordinates.flatMap((l) => clipLine(l, MOEI_VIEW));

  it("put Myawaddy, KK Park and Shwe Kokko on Myanmar's side of the border (Natural Earth's put them on Thailand's)", () => {
    // On each place's parallel, 98.40°E lies in Myanmar and 98.65°E in Thailand: a place on Myanmar's side crosses
    // the border an even number of times going west to 98.40, an odd number going east to 98.65.
    const side = ([lon, lat]: LonLat) => (crossings(lines, lat, lon, 98.4) % 2 === 0 ? 'MM' : 'TH');
    for (const p of [
      [98.5086, 16.688],
      [98.5698, 16.6284],
      [98.517, 16.833],
    ] as LonLat[]) {
      expect(crossings(lines, p[1], p[0], 98.65) % 2).toBe(1);
      expect(side(p)).toBe('MM');
      expect(countryAt(BORDERS_OSM, p)).toBe('MM');
    }
    expect(side([98.5667, 16.7167])).toBe('TH');
  });

  it('come from the extract inside its boxes: every extract line in the Moei box is in the basemap', () => {
    const moeiBox = BORDERS_OSM.boxes.find((b) => inBBox([98.5, 16.7], b))!;
    const fromExtract = BORDERS_OSM.borders
      .filter((b) => b.countries === 'MM-TH')
      .flatMap((b) => clipLine(b.line, moeiBox));
    const points = (ls: LonLat[][]) => ls.reduce((n, l) => n + l.length, 0);
    const inBox = basemap.borders.features[0]!.geometry.coordinates.flatMap((l) => clipLine(l, moeiBox));
    expect(points(inBox)).toBeGreaterThanOrEqual(points(fromExtract) * 0.95);
  });

  it('carry the Moei as a named river, drawn and named on the static map and in the live style', () => {
    // The river's course, and its smoothed course for the live label.
    expect(basemap.rivers.features.map((r) => [r.properties.name, r.properties.label ?? false])).toEqual([
      ['Moei River', false],
      ['Moei River', true],
    ]);
    const state = resolveMapState({ kind: 'map', view: { bbox: MOEI_VIEW } });
    const map = computeStaticMap(state, basemap, noFeatures);
    expect(map.rivers).toHaveLength(1);
    expect(map.rivers![0]!.label?.text).toBe('Moei River');
    const svg = renderMapSvg(map, { title: 't', colors: { light: COLORS, dark: COLORS } });
    expect(svg).toMatch(/<path class="m-river" d="M/);
    expect(svg).toMatch(
      /<text class="m-label m-label--river"[^>]* transform="rotate\(-?[\d.]+ [\d.]+ [\d.]+\)">Moei River</,
    );
    const style = buildStyle({
      colors: COLORS,
      dark: false,
      basemap,
      features: noFeatures,
      fontUrl: '/f.woff2',
      state: { dates: null, highlight: [], layers: [] } as never,
    });
    expect(Object.keys(style.sources)).toContain('rivers');
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER_IDS.river)).toBeLessThan(ids.indexOf(LAYER_IDS.borders));
    expect(style.layers.find((l) => l.id === LAYER_IDS.riverLabel)).toMatchObject({
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'] },
    });
    expect(JSON.stringify(style.sources['borders'])).toContain('© OpenStreetMap contributors');
  });

  it('leave the wide views on Natural Earth 1:110m, without the river', () => {
    const wide = getBasemap('110m');
    expect(wide.rivers.features).toEqual([]);
    expect(buildBasemap([96, 14, 101, 19]).rivers.features).toEqual([]);
  });
});

describe('the region, derived from the data', () => {
  it("is the places' bounding box with an 8° margin, rounded out to whole degrees", () => {
    expect(
      regionOf([
        [98.5, 16.7],
        [104.9, 11.6],
      ]),
    ).toEqual([90, 3, 113, 25]);
    expect(regionOf([])).toBeUndefined();
    expect(regionOf([[0, 84]])).toEqual([-8, 76, 8, 85]);
  });

  it("is the committed extract's, cut from today's places, and holds every box", () => {
    expect(REGION).toEqual(BORDERS_OSM.region);
    for (const b of BORDERS_OSM.boxes) expect(inBBox([b[0], b[1]], REGION) && inBBox([b[2], b[3]], REGION)).toBe(true);
  });

  it('grows for a fork that adds Dubai or the Philippines, and its basemap has land under the new place', () => {
    const story: LonLat[] = [
      [98.5086, 16.688],
      [116.4074, 39.9042],
    ];
    const dubai: LonLat = [55.2708, 25.2048];
    const cebu: LonLat = [123.8854, 10.3157];
    const region = regionOf([...story, dubai, cebu])!;
    expect(inBBox(dubai, region) && inBBox(cebu, region)).toBe(true);
    const basemap = buildBasemap(region);
    const onLand = (p: LonLat) =>
      basemap.land.features.some((c) =>
        c.geometry.coordinates.some((poly) => {
          let inside = false;
          const ring = poly[0]!;
          for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i]!;
            const [xj, yj] = ring[j]!;
            if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
          }
          return inside;
        }),
      );
    expect(onLand(dubai)).toBe(true);
    expect(onLand(cebu)).toBe(true);
    // The detail boxes a new cut would make reach the new places too.
    expect(detailBoxes([...story, dubai]).some((b) => inBBox(dubai, b))).toBe(true);
    // Cutting a basemap twice the usual region's size takes a few seconds on a busy machine.
  }, 30_000);
});

const COLORS = {
  paper: '#fbfaf6',
  ink: '#1c1d21',
  muted: '#5b5d66',
  rule: '#d9d6cc',
  state: '#1f4f86',
  compound: '#a4441b',
};
