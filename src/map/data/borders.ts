/**
 * The committed OpenStreetMap border extract (borders-osm.json, cut by `npm run map:borders`; provenance in
 * borders-osm.md): its type, and the questions the maps and `data:check` ask of it. Pure apart from the import.
 *
 * The extract covers boxes around the data's places (`boxes`), not the world: within them it tells which country a
 * point lies in and how far it is from a country, and gives the true borders and the river stretches to draw.
 */
import extractJson from './borders-osm.json' with { type: 'json' };
import { distToRing, inBBox, inRing, type BBox, type LonLat } from '../geo.ts';

export interface BordersExtract {
  /** What it was cut from, with the licence. */
  source: string;
  /** The basemap's region: the places' bounding box with a margin (regionOf), when the extract was cut. */
  region: BBox;
  /** Where the extract has data: boxes around every place with coordinates, merged where they overlap. */
  boxes: BBox[];
  /** Every country with land in a box: ISO 3166-1 alpha-2, alpha-3 and numeric codes, polygons clipped to the boxes. */
  countries: { a2: string; a3: string; id: string; polygons: LonLat[][][] }[];
  /** Borders two countries share inside the boxes (`countries` is "MM-TH"), each once. */
  borders: { countries: string; line: LonLat[] }[];
  /** Stretches of border that are a river, by name. */
  rivers: { name: string; lines: LonLat[][] }[];
}

/** The committed extract. */
export const BORDERS_OSM = extractJson as unknown as BordersExtract;

export { OSM_ATTRIBUTION } from './credit.ts';

/** Whether the extract has data at a point (it lies in one of its boxes). */
export function covers(extract: BordersExtract, p: LonLat): boolean {
  return extract.boxes.some((b) => inBBox(p, b));
}

const inPolygon = (p: LonLat, poly: LonLat[][]) => inRing(p, poly[0]!) && !poly.slice(1).some((h) => inRing(p, h));

/** The alpha-2 code of the country whose land holds `p`, or undefined (sea, a lake, or outside the boxes). */
export function countryAt(extract: BordersExtract, p: LonLat): string | undefined {
  return extract.countries.find((c) => c.polygons.some((poly) => inPolygon(p, poly)))?.a2;
}

/** Kilometres per degree of latitude, and of longitude at the equator (WGS84, rounded). */
const KM_PER_DEGREE = 111.2;

/**
 * The distance in km from `p` to the land of country `a2` (0 inside it; Infinity if the extract has none of it
 * near). Measured on a local equirectangular plane around `p`, exact enough at tens of km.
 */
export function kmToCountry(extract: BordersExtract, p: LonLat, a2: string): number {
  const c = extract.countries.find((x) => x.a2 === a2);
  if (!c) return Infinity;
  if (c.polygons.some((poly) => inPolygon(p, poly))) return 0;
  const kx = KM_PER_DEGREE * Math.cos((p[1] * Math.PI) / 180);
  const local = (ring: LonLat[]) => ring.map(([x, y]): LonLat => [(x - p[0]) * kx, (y - p[1]) * KM_PER_DEGREE]);
  let min = Infinity;
  for (const poly of c.polygons) for (const ring of poly) min = Math.min(min, distToRing([0, 0], local(ring)));
  return min;
}
