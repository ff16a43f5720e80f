/** The locator (src/map/): its text alternative in the words of the translation table, and its outlines. */
import { describe, expect, it } from 'vitest';
import { describeLocator } from '../../../src/map/describe.ts';
import { simplify } from '../../../src/map/geo.ts';

describe('describeLocator', () => {
  it('names every place with its kind, country and precision', () => {
    const text = describeLocator([
      { name: 'KK Park', kind: 'compound', country: 'MM', precision: 'site' },
      { name: 'Mae Sot', kind: 'town', country: 'TH', precision: 'town' },
      { name: 'Myanmar north', kind: 'region', country: 'MM', precision: 'none' },
    ]);
    expect(text).toBe(
      'Locator map of mainland Southeast Asia marking KK Park (scam compound, Myanmar; exact site), Mae Sot (town, Thailand; town-level position) and Myanmar north (region, Myanmar; no position).',
    );
  });
  it('says when nothing is marked', () => {
    expect(describeLocator([])).toMatch(/no places marked/);
  });
});

describe('simplify (locator outlines)', () => {
  it('drops points within the tolerance and keeps corners', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.2],
      [2, -0.1],
      [3, 0],
      [3, 5],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [3, 5],
    ]);
    expect(simplify(line, 0.05).length).toBe(5);
  });
});
