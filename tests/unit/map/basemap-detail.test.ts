import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import countries10m from 'world-atlas/countries-10m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { buildBasemap, detailBoxes, viewCountryLabels } from '../../../src/map/basemap.ts';
import { clipLine, clipLineOutside, type BBox } from '../../../src/map/geo.ts';
import { layerFilters, LAYER_IDS, viewKey } from '../../../src/map/style.ts';
import type { LonLat } from '../../../src/map/features.ts';

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
});

describe('story-map filters for a framed view', () => {
  const state = { dates: null, highlight: ['mae-sot'], bbox: [98.3, 16.3, 98.85, 16.95] as BBox };
  it('show the view’s own country labels and keep labels to the frame', () => {
    const f = layerFilters(state, [], { bbox: state.bbox, frame: state.bbox });
    expect(JSON.stringify(f[LAYER_IDS.countryLabels])).toContain(viewKey(state.bbox));
    expect(JSON.stringify(f[LAYER_IDS.placeLabels])).toContain('"within"');
    expect(JSON.stringify(f[LAYER_IDS.placeLabelsHighlight])).toContain('mae-sot');
  });
  it('show only the usual country labels on the free explore map', () => {
    const f = layerFilters(state);
    expect(f[LAYER_IDS.countryLabels]).toEqual(['!', ['has', 'view']]);
    expect(JSON.stringify(f[LAYER_IDS.placeLabels])).not.toContain('within');
  });
});
