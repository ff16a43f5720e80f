/**
 * The static map's labels (src/map/labels.ts, placed in svg.ts) and its orientation (inset and scale bar): each label
 * sits by its own dot, off every dot, route and other label; what a step is about is always labelled; zoomed views
 * get an inset and a true scale.
 */
import { describe, expect, it } from 'vitest';
import type { DataPackage } from '../../../src/data/schema.ts';
import { buildBasemap, WIDE_VIEW_DEGREES } from '../../../src/map/basemap.ts';
import { buildFeatures } from '../../../src/map/features.ts';
import { fittedView } from '../../../src/map/geo.ts';
import {
  insetBox,
  insetHeight,
  insetLand,
  isZoomed,
  metresPerPx,
  roundKm,
  ZOOMED_BELOW_DEGREES,
} from '../../../src/map/inset.ts';
import { boxesOverlap, textBox, wrapLabel, type Box } from '../../../src/map/labels.ts';
import { resolveMapState } from '../../../src/map/state.ts';
import { computeStaticMap, labelBox, type StaticMap } from '../../../src/map/svg.ts';
import { renderMapSvg } from '../../../src/map/svg-file.ts';
import { mapPalette } from '../../../src/map/style.ts';
import { fixture } from './fixture.ts';

type P = DataPackage['places'][number];
const place = (p: Partial<P> & Pick<P, 'id' | 'name' | 'kind' | 'lat' | 'lon'>): P =>
  ({ country: 'CN', operator_ids: [], source_ids: ['s1'], coord_precision: 'town', ...p }) as P;
// Kunming and its airport 0.2° apart, Laukkaing under the Naypyitaw → Kunming flight, two courts with long names.
const data = {
  ...fixture,
  places: [
    ...fixture.places,
    place({ id: 'kunming', name: 'Kunming', kind: 'town', lat: 25.0389, lon: 102.7183 }),
    place({
      id: 'kunming-airport',
      name: 'Kunming Changshui International Airport',
      kind: 'airport',
      lat: 25.1019,
      lon: 102.9292,
      coord_precision: 'approx',
    }),
    place({ id: 'naypyitaw', name: 'Naypyitaw', kind: 'capital', country: 'MM', lat: 19.7633, lon: 96.0785 }),
    place({
      id: 'laukkaing',
      name: 'Laukkaing (Laukkai)',
      short_name: 'Laukkaing',
      kind: 'town',
      country: 'MM',
      lat: 23.6947,
      lon: 98.7644,
    }),
    place({
      id: 'wenzhou-court',
      name: "Wenzhou Intermediate People's Court",
      kind: 'court',
      lat: 27.9943,
      lon: 120.6994,
    }),
    place({
      id: 'shenzhen-court',
      name: "Shenzhen Intermediate People's Court",
      kind: 'court',
      lat: 22.5431,
      lon: 114.0579,
    }),
  ],
  routes: [
    ...fixture.routes,
    {
      id: 'rt-kokang',
      date: '2024-01-30',
      date_precision: 'day',
      kind: 'handover',
      subject: 'Kokang family heads',
      person_ids: [],
      count: 10,
      from_place_id: 'naypyitaw',
      to_place_id: 'kunming',
      source_ids: ['s1'],
    },
  ] as unknown as DataPackage['routes'],
};
const features = buildFeatures(data);
const basemap = buildBasemap([92, 9, 126, 35]);

const draw = (bbox: [number, number, number, number], highlight: string[] = []) =>
  computeStaticMap(resolveMapState({ kind: 'map', view: { bbox }, highlight }), basemap, features);

/** Every dot's box at phone size, with its id. */
function dots(m: StaticMap): { id: string; x: number; y: number; box: Box }[] {
  return [
    ...m.places.map((p) => ({ ...p, r: p.highlight ? 10 : 6 })),
    ...m.compoundsSite.map((p) => ({ ...p, r: 10 })),
    ...m.compoundsArea.map((p) => ({ ...p, r: 20 })),
    ...m.events.map((p) => ({ ...p, r: 9 })),
  ].map((d) => ({ id: d.id, x: d.x, y: d.y, box: [d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r] as Box }));
}

describe('static map labels', () => {
  const kokang = draw([94.8, 18.8, 104.0, 26.4], ['rt-kokang']);

  it('keeps every label off every dot and off the routes', () => {
    const labels = kokang.labels.map(labelBox);
    for (const b of labels) for (const d of dots(kokang)) expect(boxesOverlap(b, d.box), JSON.stringify(d)).toBe(false);
    // The route's line, from its path: no label box holds any of its points.
    const route = kokang.routes.find((r) => r.id === 'rt-kokang')!;
    const points = [...route.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points.length).toBeGreaterThan(10);
    for (const b of labels)
      for (const [x, y] of points) expect(x! > b[0] && x! < b[2] && y! > b[1] && y! < b[3]).toBe(false);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i]!, labels[j]!)).toBe(false);
  });

  it("labels Kunming and its airport each by its own dot (the airport's dot no longer peeks from under Kunming's)", () => {
    const all = dots(kokang);
    // The route's ends and the town it flies over are labelled; the airport is labelled only where there is room
    // by its own dot, and its dot is never under another label (the test above).
    for (const id of ['kunming', 'naypyitaw', 'laukkaing'])
      expect(
        kokang.labels.some((x) => x.id === id),
        id,
      ).toBe(true);
    for (const l of kokang.labels.filter((x) => x.id)) {
      const id = l.id!;
      const b = labelBox(l);
      const dist = (d: { x: number; y: number }) =>
        Math.hypot(Math.max(b[0] - d.x, 0, d.x - b[2]), Math.max(b[1] - d.y, 0, d.y - b[3]));
      const own = all.find((d) => d.id === id)!;
      for (const d of all) if (Math.hypot(d.x - own.x, d.y - own.y) > 2) expect(dist(own)).toBeLessThan(dist(d) + 1e-6);
    }
    // Short names: the alias in brackets stays in the popups and text, off the map.
    expect(kokang.labels.find((x) => x.id === 'laukkaing')!.text).toBe('Laukkaing');
  });

  it('labels the ends of a highlighted route and a highlighted court, on two lines when the name is long', () => {
    const courts = draw([96.5, 20.5, 125.5, 30.5], ['wenzhou-court', 'shenzhen-court']);
    const texts = courts.labels.filter((l) => l.id?.endsWith('-court')).map((l) => l.text);
    expect(texts.sort()).toEqual(["Shenzhen Intermediate\nPeople's Court", "Wenzhou Intermediate\nPeople's Court"]);
    expect(wrapLabel('Kunming')).toBe('Kunming');
    expect(textBox({ text: 'ab\ncd', x: 0, y: 20, anchor: 'start', size: 10 })).toEqual([
      0, 9, 11.200000000000001, 31.5,
    ]);
    const svg = renderMapSvg(courts, {
      title: 't',
      colors: { light: site.light, dark: site.dark },
    });
    expect(svg).toContain(`Wenzhou Intermediate<tspan x="`);
  });
});

const site = {
  light: { paper: '#fbfaf6', ink: '#1c1d21', muted: '#5b5d66', rule: '#ddd', state: '#1f4f86', compound: '#a4441b' },
  dark: { paper: '#15171b', ink: '#ebe8e0', muted: '#a8aab2', rule: '#333', state: '#8db8ef', compound: '#f09a6c' },
};
void mapPalette;

describe('orientation of zoomed views', () => {
  it('counts a view as zoomed below the wide view threshold of the basemap', () => {
    expect(ZOOMED_BELOW_DEGREES).toBe(WIDE_VIEW_DEGREES);
    expect(isZoomed(fittedView([98.3, 16.3, 98.85, 16.95]))).toBe(true);
    expect(isZoomed(fittedView([96.5, 20.5, 125.5, 30.5]))).toBe(false);
  });

  it('draws an inset with the view in it, and a scale bar true at the middle of the view', () => {
    const moei = draw([98.3, 16.3, 98.85, 16.95]);
    expect(moei.orientation).toBeDefined();
    const { inset, scale } = moei.orientation!;
    expect(inset.land.length).toBeGreaterThan(100);
    const [x, y, w, h] = inset.box;
    expect(x).toBeGreaterThan(0);
    expect(x + w).toBeLessThan(inset.width);
    expect(y + h).toBeLessThan(inset.height);
    expect(inset.box).toEqual(insetBox(fittedView([98.3, 16.3, 98.85, 16.95]), inset.width, inset.height));
    const view = fittedView([98.3, 16.3, 98.85, 16.95]);
    const mpp = metresPerPx(view[2] - view[0], (view[1] + view[3]) / 2, 800);
    expect(scale.km).toBe(roundKm((160 * mpp) / 1000));
    expect(Math.abs(scale.length * mpp - scale.km * 1000)).toBeLessThan(mpp);
    expect([1, 2, 5, 10, 20, 50, 100, 200]).toContain(scale.km);
    expect(draw([96.5, 20.5, 125.5, 30.5]).orientation).toBeUndefined();
  });

  it('keeps labels off the inset and the scale bar', () => {
    const moei = draw([98.3, 16.3, 98.85, 16.95], ['myawaddy', 'kk-park']);
    for (const l of moei.labels)
      for (const b of moei.orientation!.boxes) expect(boxesOverlap(labelBox(l), b)).toBe(false);
    expect(moei.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['myawaddy', 'kk-park']));
  });

  it("gives the live map's inset the overview's land from the basemap it fetched, inside the inset", () => {
    const h = insetHeight(176);
    const d = insetLand(basemap.land.features, 176, h);
    const xy = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(xy.length).toBeGreaterThan(50);
    // Most points inside the inset (rings that cross its edge run outside; the svg clips them).
    expect(xy.filter(([x, y]) => x >= 0 && x <= 176 && y >= 0 && y <= h).length / xy.length).toBeGreaterThan(0.8);
  });
});
