/**
 * The data check that every place lies in its own country (OpenStreetMap borders, src/map/data/borders-osm.json),
 * within the tolerance its coord_precision allows, and inside what the committed extract covers.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataPackage, formatError, type ValidationOptions } from '../../../src/data/validate.ts';
import { BORDERS_OSM, countryAt, covers, kmToCountry, type BordersExtract } from '../../../src/map/data/borders.ts';

const VALID = join(import.meta.dirname, '../../fixtures/valid');

/** The fixture with places.csv edited, validated; the formatted errors. */
function errorsWithPlaces(edit: (csv: string) => string, options: ValidationOptions = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'stc-borders-'));
  try {
    cpSync(VALID, dir, { recursive: true });
    const path = join(dir, 'places.csv');
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error('the edit changed nothing');
    writeFileSync(path, after);
    const r = validateDataPackage(dir, options);
    return r.ok ? [] : r.errors.map(formatError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('every place lies in its own country', () => {
  it('the fixture passes: KK Park in Myanmar, Mae Sot in Thailand', () => {
    expect(errorsWithPlaces((t) => t.replace('Kayin State', 'Kayin'))).toEqual([]);
  });

  it('a site given the country across the river fails, naming the file, line, place and the country it is in', () => {
    expect(errorsWithPlaces((t) => t.replace('compound,MM,16.6222', 'compound,TH,16.6222'))).toEqual([
      `data/places.csv, line 2, column "lon": found "16.6222, 98.5408"; expected a point in Thailand (TH), the row's country, but kk-park lies in Myanmar (MM), 1.7 km from Thailand's border (coord_precision site allows 0.5 km): check the coordinates and the country against the row's sources`,
    ]);
  });

  it('a town put on the wrong side fails with the distance to its own country', () => {
    // Mae Sot's longitude mistyped 98.42 (for 98.57): in Myanmar, 5 km west of the river, beyond a town's 3 km.
    expect(errorsWithPlaces((t) => t.replace('16.7131,98.5747', '16.7131,98.4200'))).toEqual([
      `data/places.csv, line 3, column "lon": found "16.7131, 98.42"; expected a point in Thailand (TH), the row's country, but mae-sot lies in Myanmar (MM), ${kmToCountry(BORDERS_OSM, [98.42, 16.7131], 'TH').toFixed(1)} km from Thailand's border (coord_precision town allows 3 km): check the coordinates and the country against the row's sources`,
    ]);
    expect(kmToCountry(BORDERS_OSM, [98.42, 16.7131], 'TH')).toBeGreaterThan(3);
  });

  it("allows what a point's precision allows: a town 0.2 km across the river passes, a site 0.6 km across does not", () => {
    const across = (t: string) => t.replace('16.7131,98.5747,town', '16.7131,98.5000,town');
    expect(kmToCountry(BORDERS_OSM, [98.5, 16.7131], 'TH')).toBeLessThan(0.5);
    expect(countryAt(BORDERS_OSM, [98.5, 16.7131])).toBe('MM');
    expect(errorsWithPlaces(across)).toEqual([]);
    const site = errorsWithPlaces((t) => t.replace('compound,MM,16.6222,98.5408', 'compound,TH,16.6888,98.4900'));
    expect(site).toHaveLength(1);
    expect(site[0]).toMatch(
      /kk-park lies in Myanmar \(MM\), 0\.6 km from Thailand's border \(coord_precision site allows 0.5 km\)/,
    );
  });

  it('a place outside what the committed borders cover fails, saying to run the borders script', () => {
    // Point Nemo, the ocean's pole of inaccessibility: far from every box the extract was cut around, whatever places
    // a fork adds (a fork that adds Dubai re-runs the script, and this test must still hold for it).
    const nemo = (t: string) => t.replace('compound,MM,16.6222,98.5408', 'compound,NZ,-48.8767,-123.3933');
    expect(errorsWithPlaces(nemo)).toEqual([
      'data/places.csv, line 2, column "lat": found "-48.8767, -123.3933"; expected a point the map\'s borders cover, but kk-park lies outside every box of src/map/data/borders-osm.json (cut around the places it was made for): run `npm run map:borders` to cut the borders again with this place (how: src/map/data/borders-osm.md)',
    ]);
  });

  it('names the sea when a point lies in no country (a synthetic extract: two squares side by side)', () => {
    const square = (w: number): [number, number][][] => [
      [
        [w, 0],
        [w + 1, 0],
        [w + 1, 1],
        [w, 1],
        [w, 0],
      ],
    ];
    const borders: BordersExtract = {
      source: 'test',
      region: [-10, -10, 10, 10],
      boxes: [[-5, -5, 5, 5]],
      countries: [
        { a2: 'MM', a3: 'MMR', id: '104', polygons: [square(0)] },
        { a2: 'TH', a3: 'THA', id: '764', polygons: [square(1)] },
      ],
      borders: [],
      rivers: [],
    };
    expect(countryAt(borders, [0.5, 0.5])).toBe('MM');
    expect(covers(borders, [6, 0])).toBe(false);
    const errors = errorsWithPlaces(
      (t) => t.replace('16.6222,98.5408', '0.5,0.5').replace('16.7131,98.5747', '0.5,-1'),
      { borders },
    );
    expect(errors).toEqual([
      `data/places.csv, line 3, column "lon": found "0.5, -1"; expected a point in Thailand (TH), the row's country, but mae-sot lies in the sea or a lake, in no country, ${Math.round(kmToCountry(borders, [-1, 0.5], 'TH'))} km from Thailand's border (coord_precision town allows 3 km): check the coordinates and the country against the row's sources`,
    ]);
  });
});

describe('the committed extract', () => {
  it('puts Myawaddy, KK Park and Shwe Kokko in Myanmar and Mae Sot in Thailand', () => {
    expect(countryAt(BORDERS_OSM, [98.5086, 16.688])).toBe('MM');
    expect(countryAt(BORDERS_OSM, [98.5698, 16.6284])).toBe('MM');
    expect(countryAt(BORDERS_OSM, [98.517, 16.833])).toBe('MM');
    expect(countryAt(BORDERS_OSM, [98.5667, 16.7167])).toBe('TH');
  });
  it('is small and credits OpenStreetMap', () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../../src/map/data/borders-osm.json')).length;
    expect(bytes).toBeLessThan(700_000);
    expect(BORDERS_OSM.source).toMatch(/© OpenStreetMap contributors, ODbL/);
    expect(BORDERS_OSM.rivers.map((r) => r.name)).toEqual(['Moei River']);
  });
});
