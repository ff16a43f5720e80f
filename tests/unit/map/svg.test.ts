import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../../src/map/basemap.ts';
import { buildFeatures } from '../../../src/map/features.ts';
import { resolveMapState } from '../../../src/map/state.ts';
import { computeStaticMap } from '../../../src/map/svg.ts';
import { fixture } from './fixture.ts';

const basemap = buildBasemap([95, 9, 122, 35]);
const features = buildFeatures(fixture);

describe('static map', () => {
  const s = resolveMapState({
    kind: 'map',
    view: { bbox: [98.3, 16.4, 98.8, 17.0] },
    highlight: ['kk-park'],
    dates: ['2025-01-01', '2025-06-30'],
  });
  const m = computeStaticMap(s, basemap, features);

  it('draws a site as a dot and an approximate place as an area', () => {
    expect(m.compoundsSite.map((c) => c.id)).toEqual(['kk-park']);
    expect(m.compoundsArea.map((c) => c.id)).toEqual(['shwe-kokko']);
    expect(m.compoundsSite[0]!.highlight).toBe(true);
  });

  it('applies the date window', () => {
    expect(m.events.map((e) => e.id)).toEqual(['cutoff-2025-02']);
  });

  it('keeps every mark inside the box, rounded to 0.1 px', () => {
    for (const p of [...m.compoundsSite, ...m.compoundsArea, ...m.events, ...m.places]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(800);
      expect(Math.round(p.x * 10) / 10).toBe(p.x);
    }
    expect(m.land).not.toMatch(/\d\.\d\d/);
    expect(m.land.length).toBeGreaterThan(0);
  });

  it('places the step bbox inside the padded box (same framing as fitBounds)', () => {
    const kk = m.compoundsSite[0]!;
    expect(kk.x).toBeGreaterThan(48);
    expect(kk.x).toBeLessThan(752);
  });

  it('draws routes only on steps that show them, and labels without overlaps', () => {
    const wide = computeStaticMap(
      resolveMapState({ kind: 'map', view: { bbox: [95, 9, 122, 35] }, layers: ['routes', 'places'] }),
      basemap,
      features,
    );
    expect(wide.routes.map((r) => r.id)).toEqual(['rt-she']);
    expect(wide.routes[0]!.d).toMatch(/^M[\d.]+,[\d.]+/);
    expect(wide.compoundsSite).toEqual([]);
    expect(wide.labels.map((l) => l.text)).toContain('Bangkok');
  });

  it('is deterministic', () => {
    expect(computeStaticMap(s, basemap, features)).toEqual(m);
  });
});
