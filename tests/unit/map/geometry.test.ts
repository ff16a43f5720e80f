import { describe, expect, it } from 'vitest';
import { curvedRoute } from '../../../src/map/routes.ts';
import { clipLine, clipRing, fittedView, mercator, unmercator, MAP_ASPECT, type LonLat } from '../../../src/map/geo.ts';

describe('route geometry', () => {
  it('starts and ends exactly at the two places', () => {
    const r = curvedRoute([100.75, 13.69], [118.7969, 32.0603]);
    expect(r.coordinates[0]).toEqual([100.75, 13.69]);
    expect(r.coordinates.at(-1)).toEqual([118.7969, 32.0603]);
    expect(r.coordinates).toHaveLength(33);
  });

  it('bows to the left of the direction of travel, so opposite routes do not overlap', () => {
    const north = curvedRoute([100, 10], [100, 30]);
    const south = curvedRoute([100, 30], [100, 10]);
    const mid = (c: LonLat[]) => c[Math.floor(c.length / 2)]!;
    expect(mid(north.coordinates)[0]).toBeLessThan(100); // going north, left is west
    expect(mid(south.coordinates)[0]).toBeGreaterThan(100);
  });

  it('gives the arrowhead bearing of the arrival direction', () => {
    // Due north with a left bow: arrives heading north-east.
    const b = curvedRoute([100, 10], [100, 30]).bearing;
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(90);
    // Due east with a left bow: arrives heading south-east.
    const e = curvedRoute([100, 10], [120, 10]).bearing;
    expect(e).toBeGreaterThan(90);
    expect(e).toBeLessThan(180);
  });

  it('round-trips Web Mercator', () => {
    const [lon, lat] = unmercator(mercator([104.9282, 11.5564]));
    expect(lon).toBeCloseTo(104.9282, 9);
    expect(lat).toBeCloseTo(11.5564, 9);
  });
});

describe('clipping and framing', () => {
  it('clips a ring to a box and keeps it closed', () => {
    const ring: LonLat[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const out = clipRing(ring, [5, -5, 15, 5]);
    expect(out[0]).toEqual(out.at(-1));
    for (const [x, y] of out) {
      expect(x).toBeGreaterThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(5);
    }
    expect(clipRing(ring, [20, 20, 30, 30])).toEqual([]);
  });

  it('splits a line that leaves and re-enters the box', () => {
    const pieces = clipLine(
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
      [-1, -1, 5, 11],
    );
    expect(pieces).toEqual([
      [
        [0, 0],
        [5, 0],
      ],
      [
        [5, 10],
        [0, 10],
      ],
    ]);
  });

  it('frames a bbox in the 4:3 box with padding, containing all of it', () => {
    const bbox: [number, number, number, number] = [98.3, 16.4, 98.8, 17.0];
    const v = fittedView(bbox);
    expect(v[0]).toBeLessThan(bbox[0]);
    expect(v[1]).toBeLessThan(bbox[1]);
    expect(v[2]).toBeGreaterThan(bbox[2]);
    expect(v[3]).toBeGreaterThan(bbox[3]);
    const [x0, y0] = mercator([v[0], v[1]]);
    const [x1, y1] = mercator([v[2], v[3]]);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(MAP_ASPECT, 6);
    // The same view whatever the pixel size (padding scales with width).
    const big = fittedView(bbox, 1600, 1200);
    v.forEach((n, i) => expect(big[i]).toBeCloseTo(n, 6));
  });
});
