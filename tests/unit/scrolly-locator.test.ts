import { describe, expect, it } from 'vitest';
import { computeLocator, LOCATOR_SIZE } from '../../src/map/locator.ts';

const kk = { id: 'kk-park', name: 'KK Park', kind: 'compound', lat: 16.6284, lon: 98.5698, precision: 'site' };
const maeSot = { id: 'mae-sot', name: 'Mae Sot', kind: 'town', lat: 16.7167, lon: 98.5667, precision: 'town' };
const beijing = { id: 'beijing', name: 'Beijing', kind: 'capital', lat: 39.9042, lon: 116.4074, precision: 'town' };

describe('computeLocator', () => {
  it('draws the four focus countries and stays small', () => {
    const m = computeLocator([kk]);
    expect(
      m.countries
        .filter((c) => c.focus)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Cambodia', 'Laos', 'Myanmar', 'Thailand']);
    const bytes = m.countries.reduce((n, c) => n + c.d.length, 0);
    expect(bytes).toBeLessThan(20_000);
    // Coordinates carry at most one decimal.
    expect(m.countries.every((c) => !/\d\.\d\d/.test(c.d))).toBe(true);
  });
  it('is deterministic', () => {
    expect(computeLocator([kk, maeSot])).toEqual(computeLocator([kk, maeSot]));
  });
  it('keeps every mark and label inside the frame, and labels apart', () => {
    const m = computeLocator([kk, maeSot]);
    for (const mark of m.marks) {
      expect(mark.x).toBeGreaterThan(0);
      expect(mark.x).toBeLessThan(LOCATOR_SIZE.width);
      expect(mark.y).toBeGreaterThan(0);
      expect(mark.y).toBeLessThan(LOCATOR_SIZE.height);
    }
    const [a, b] = m.marks;
    expect(a!.ly !== b!.ly || a!.anchor !== b!.anchor).toBe(true);
  });
  it('grows the frame so a place outside the region is still on the map', () => {
    const m = computeLocator([kk, beijing]);
    const bj = m.marks.find((x) => x.id === 'beijing')!;
    expect(bj.y).toBeGreaterThan(0);
    expect(bj.x).toBeLessThan(LOCATOR_SIZE.width);
  });
  it('skips places without coordinates', () => {
    expect(computeLocator([{ id: 'china', name: 'China', kind: 'region', precision: 'none' }]).marks).toEqual([]);
  });
});
