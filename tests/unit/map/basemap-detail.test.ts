import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import countries10m from 'world-atlas/countries-10m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { buildBasemap, detailBoxes, viewCountryLabels } from '../../../src/map/basemap.ts';
import { clipLine, clipLineOutside, countryLabelBox, inBBox, type BBox } from '../../../src/map/geo.ts';
import { layerFilters, LAYER_IDS, viewKey } from '../../../src/map/style.ts';
import type { LonLat } from '../../../src/map/geo.ts';

describe('clipLineOutside', () => {
  const box: BBox = [0, 0, 10, 10];
  it('keeps what clipLine drops: a line through a box leaves two pieces outside it', () => {
    const line: LonLat[] = [
      [-5, 5],
      [15, 5],
    ];
    expect(clipLineOutside(line, box)).toEqual([
      [
        [-5, 5],
        [0, 5],
      ],
      [
        [10, 5],
        [15, 5],
      ],
    ]);
    expect(clipLine(line, box)).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ]);
  });
  it('keeps a line that misses the box whole, and drops one inside it', () => {
    const outside: LonLat[] = [
      [-5, -5],
      [-5, 20],
      [20, 20],
    ];
    expect(clipLineOutside(outside, box)).toEqual([outside]);
    expect(
      clipLineOutside(
        [
          [1, 1],
          [9, 9],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('detail borders', () => {
  it('merges overlapping boxes around points', () => {
    expect(
      detailBoxes(
        [
          [98.5, 16.7],
          [98.57, 16.63],
          [104.9, 11.6],
        ],
        0.5,
      ),
    ).toEqual([
      [98, 16.13, 99.07, 17.2],
      [104.4, 11.1, 105.4, 12.1],
    ]);
  });
  // The Moei river at Myawaddy: the 1:50m border is kilometres off there; inside the box the line is 1:10m.
  const moei: BBox = [98.2, 16.2, 99, 17.1];
  const extent: BBox = [96, 14, 101, 19];
  const coarse = buildBasemap(extent, countries50m as unknown as Topology);
  const detailed = buildBasemap(extent, countries50m as unknown as Topology, {
    boxes: [moei],
    topology: countries10m as unknown as Topology,
  });
  const inBox = (b: typeof coarse) =>
    b.borders.features[0]!.geometry.coordinates.flatMap((l) => clipLine(l, moei)).flat().length;
  it('draws the border inside a detail box from the finer data, and only once', () => {
    expect(inBox(detailed)).toBeGreaterThan(inBox(coarse) * 3);
    const outside = (b: typeof coarse) =>
      b.borders.features[0]!.geometry.coordinates.flatMap((l) => clipLineOutside(l, moei)).flat().length;
    expect(outside(detailed)).toBe(outside(coarse));
  });
  it('names both sides of a close view whose usual label points are outside it', () => {
    const names = viewCountryLabels(detailed, moei).map((f) => f.properties.name);
    expect(names.sort()).toEqual(['Myanmar', 'Thailand']);
  });
  it('treats a usual label point near the edge of a view as outside it, and labels the country within the view', () => {
    const region = buildBasemap([90, 5, 110, 25], countries50m as unknown as Topology);
    const usual = region.countryLabels.features.find((f) => f.properties.name === 'Thailand')!.geometry.coordinates;
    // The usual point 3% of the width in from the west edge: "THAILAND" centred there would be cut.
    const near: BBox = [usual[0] - 0.3, usual[1] - 3, usual[0] + 9.7, usual[1] + 3];
    expect(inBBox(usual, near)).toBe(true);
    expect(inBBox(usual, countryLabelBox(near))).toBe(false);
    const own = viewCountryLabels(region, near).find((f) => f.properties.name === 'Thailand');
    expect(own).toBeDefined();
    expect(inBBox(own!.geometry.coordinates, countryLabelBox(near))).toBe(true);
    // Centred in the view, the usual point serves: no second label.
    const centred: BBox = [usual[0] - 2, usual[1] - 2, usual[0] + 2, usual[1] + 2];
    expect(viewCountryLabels(region, centred).map((f) => f.properties.name)).not.toContain('Thailand');
  });
});

describe('countryLabelBox', () => {
  it('keeps an eighth of the width off the west and east edges and a fifteenth of the height off the others', () => {
    const [w, s, e, n] = countryLabelBox([0, 0, 80, 1]);
    expect([w, e]).toEqual([10, 70]);
    // Near the equator Web Mercator is almost linear in latitude.
    expect(s).toBeCloseTo(1 / 15, 3);
    expect(n).toBeCloseTo(14 / 15, 3);
  });
});

describe('story-map filters for a framed view', () => {
  const state = { dates: null, highlight: ['mae-sot'], bbox: [98.3, 16.3, 98.85, 16.95] as BBox };
  it('show the view’s own country labels and keep labels to the frame', () => {
    const f = layerFilters(state, [], { bbox: state.bbox, frame: state.bbox });
    expect(JSON.stringify(f[LAYER_IDS.countryLabels])).toContain(viewKey(state.bbox));
    // Usual country labels only where they can be read whole.
    const [w, s, e, n] = countryLabelBox(state.bbox);
    expect(JSON.stringify(f[LAYER_IDS.countryLabels])).toContain(
      JSON.stringify([
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ]),
    );
    expect(JSON.stringify(f[LAYER_IDS.placeLabels])).toContain('"within"');
    expect(JSON.stringify(f[LAYER_IDS.placeLabelsHighlight])).toContain('mae-sot');
  });
  it('show only the usual country labels on the free explore map', () => {
    const f = layerFilters(state);
    expect(f[LAYER_IDS.countryLabels]).toEqual(['!', ['has', 'view']]);
    expect(JSON.stringify(f[LAYER_IDS.placeLabels])).not.toContain('within');
  });
});
