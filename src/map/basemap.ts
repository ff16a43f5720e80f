/**
 * The basemap, cut at build time from Natural Earth 1:50m admin-0 countries (public domain), as
 * shipped in the `world-atlas` npm package (TopoJSON, converted with `topojson-client`), with true borders
 * near the story's places from OpenStreetMap (the committed extract src/map/data/borders-osm.json, ODbL).
 *
 * Nothing derived is committed: the live map fetches it from the endpoint src/pages/map/basemap.json.ts,
 * and the static SVGs compute from the same function, so data and basemap cannot drift apart.
 * Layers: land (one polygon per country, clipped to the region), borders (the shared edges only, so a
 * coastline is not drawn twice) and one label point per country (labelling polygons would repeat the
 * name on every island).
 *
 * Borders come from OpenStreetMap inside "detail boxes" around the places in the data and from 1:50m elsewhere: at
 * the zoom of a close view (the Moei river at Myawaddy), the 1:50m line is kilometres off, and even 1:10m put
 * Myawaddy, KK Park and Shwe Kokko 2–4 km on the Thai side of the river. Where the border is a river (the Moei),
 * the basemap also carries that stretch as a named river line (`rivers`).
 *
 * The region is derived from the data (`regionOf`: every place with coordinates, with a margin), so a fork that
 * adds a place far away gets land under it; data:check fails, asking for `npm run map:borders`, when a place lies
 * outside what the committed OpenStreetMap extract covers.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { FC } from './features.ts';
import { BORDERS_OSM, OSM_ATTRIBUTION, type BordersExtract } from './data/borders.ts';
import { detailBoxes, DETAIL_RADIUS_DEGREES, regionOf } from './data/extent.ts';
import {
  clipLine,
  clipLineOutside,
  clipRing,
  bboxIntersects,
  countryLabelBox,
  distToRing,
  inBBox,
  inRing,
  ringArea,
  ringBBox,
  simplify,
  type BBox,
  type LonLat,
} from './geo.ts';

export interface CountryProps {
  /** ISO 3166-1 numeric code from Natural Earth. */
  id: string;
  name: string;
}
export interface Basemap {
  /** The region the basemap covers [west, south, east, north]. */
  extent: BBox;
  land: FC<{
    type: 'Feature';
    properties: CountryProps;
    geometry: { type: 'MultiPolygon'; coordinates: LonLat[][][] };
  }>;
  borders: FC<{
    type: 'Feature';
    properties: Record<string, never>;
    geometry: { type: 'MultiLineString'; coordinates: LonLat[][] };
  }>;
  countryLabels: FC<{ type: 'Feature'; properties: CountryProps; geometry: { type: 'Point'; coordinates: LonLat } }>;
  /** Stretches of border that are a river, named (from the OpenStreetMap extract: the border line itself). */
  rivers: FC<{
    type: 'Feature';
    /** `label`: the river's smoothed course, for the live map to set the name along (a meander defeats it). */
    properties: { name: string; label?: true };
    geometry: { type: 'MultiLineString'; coordinates: LonLat[][] };
  }>;
}

/** How much a river's course is smoothed for its live label, in degrees (about 3 km). */
const RIVER_LABEL_SMOOTHING = 0.03;

/** Provenance shown in the map attribution and documented in the map README (OpenStreetMap's is required: ODbL). */
export const BASEMAP_ATTRIBUTION = `Basemap: Natural Earth (public domain); borders near the places ${OSM_ATTRIBUTION} (ODbL)`;

export { detailBoxes, DETAIL_RADIUS_DEGREES, regionOf };

/**
 * The region the basemap covers, derived from the data when the borders were cut: every place with coordinates in
 * data/places.csv, with a margin ({@link regionOf}; `npm run map:borders` records it in the extract). A place
 * outside it fails data:check, which asks for the borders to be cut again.
 */
export const REGION: BBox = BORDERS_OSM.region;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

type Ring = LonLat[];

/** Largest-area polygon's pole of inaccessibility, found on a grid: deterministic and always inside land. */
export function labelPoint(polygons: Ring[][]): LonLat | undefined {
  let best: Ring[] | undefined;
  let bestArea = 0;
  for (const poly of polygons) {
    const a = ringArea(poly[0]!);
    if (a > bestArea) {
      bestArea = a;
      best = poly;
    }
  }
  if (!best) return undefined;
  const [w, s, e, n] = ringBBox(best[0]!);
  const steps = 40;
  let found: LonLat | undefined;
  let foundDist = -1;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: LonLat = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!best.every((ring, k) => (k === 0 ? inRing(p, ring) : !inRing(p, ring)))) continue;
      const d = Math.min(...best.map((ring) => distToRing(p, ring)));
      if (d > foundDist) {
        foundDist = d;
        found = p;
      }
    }
  }
  return found ? [round3(found[0]), round3(found[1])] : undefined;
}

/**
 * Where to label a country in a close view whose frame does not hold its usual label point: the pole of
 * inaccessibility of the part of the country inside `view`, if that part covers at least `minShare` of it.
 */
export function viewLabelPoint(polygons: Ring[][], view: BBox, minShare = 0.06): LonLat | undefined {
  const parts = polygons
    .filter((poly) => bboxIntersects(ringBBox(poly[0]!), view))
    .map((poly) => [clipRing(poly[0]!, view)])
    .filter((poly) => poly[0]!.length >= 4);
  const area = parts.reduce((sum, poly) => sum + ringArea(poly[0]!), 0);
  const viewArea = (view[2] - view[0]) * (view[3] - view[1]);
  return area >= minShare * viewArea ? labelPoint(parts) : undefined;
}

/**
 * The labels a close view adds: every country that fills a fair part of `view` but whose usual label point
 * lies outside it, or so near its edge that the name would be cut; the new label goes where the name can be
 * read whole ({@link countryLabelBox}). A border story needs both sides named. Static and live maps share them.
 */
export function viewCountryLabels(basemap: Basemap, view: BBox): Basemap['countryLabels']['features'] {
  const out: Basemap['countryLabels']['features'] = [];
  const box = countryLabelBox(view);
  for (const c of basemap.land.features) {
    const usual = basemap.countryLabels.features.find((l) => l.properties.id === c.properties.id);
    if (usual && inBBox(usual.geometry.coordinates, box)) continue;
    const at = viewLabelPoint(c.geometry.coordinates, box);
    if (at) out.push({ type: 'Feature', properties: c.properties, geometry: { type: 'Point', coordinates: at } });
  }
  return out;
}

/** The shared edges of a topology's countries (each border once; coastlines are not borders). */
function borderLines(topology: Topology): LonLat[][] {
  const countries = topology.objects['countries'] as GeometryCollection<CountryProps>;
  return mesh(topology, countries, (a, b) => a !== b).coordinates as LonLat[][];
}

/**
 * Where borders come from a finer source: boxes (usually around the story's places) and, inside them, either a finer
 * Natural Earth topology or the OpenStreetMap extract (its border lines and rivers).
 */
export interface DetailBorders {
  boxes: BBox[];
  topology?: Topology;
  osm?: BordersExtract;
}

/** Coordinates of the fine borders and rivers keep 4 decimals (about 11 m): 0.001° is 1.5 px in the Moei views. */
const round4 = (n: number) => Math.round(n * 10000) / 10000;

/** Cuts Natural Earth to `extent` (default {@link REGION}). Pure; callers memoise. */
export function buildBasemap(
  extent: BBox = REGION,
  topology: Topology = countries50m as unknown as Topology,
  detail: DetailBorders = { boxes: [], topology },
): Basemap {
  const countries = topology.objects['countries'] as GeometryCollection<CountryProps>;
  const all = feature(topology, countries);
  const land: Basemap['land']['features'] = [];
  const countryLabels: Basemap['countryLabels']['features'] = [];
  for (const f of all.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
    const clipped: Ring[][] = [];
    for (const poly of polys) {
      if (!bboxIntersects(ringBBox(poly[0]!), extent)) continue;
      const rings = poly.map((r) => clipRing(r, extent).map(([x, y]): LonLat => [round3(x), round3(y)]));
      // A polygon whose outer ring is cut away is dropped with its holes; empty holes are dropped.
      if (rings[0]!.length >= 4) clipped.push([rings[0]!, ...rings.slice(1).filter((r) => r.length >= 4)]);
    }
    if (clipped.length === 0) continue;
    const props: CountryProps = { id: String(f.id), name: String(f.properties?.name ?? '') };
    land.push({ type: 'Feature', properties: props, geometry: { type: 'MultiPolygon', coordinates: clipped } });
    const at = labelPoint(clipped);
    // Label only countries whose label point lies well inside the region (not a sliver at its edge).
    if (at && at[0] > extent[0] + 1 && at[0] < extent[2] - 1 && at[1] > extent[1] + 1 && at[1] < extent[3] - 1) {
      countryLabels.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: at } });
    }
  }
  const lines: LonLat[][] = [];
  let coarse = borderLines(topology);
  for (const box of detail.boxes) coarse = coarse.flatMap((l) => clipLineOutside(l, box));
  const fine = !detail.boxes.length
    ? []
    : detail.osm
      ? detail.osm.borders.map((b) => b.line)
      : borderLines(detail.topology ?? topology);
  const round = detail.osm ? round4 : round3;
  const fineInBoxes = detail.boxes.flatMap((box, i) =>
    // Each box adds what the boxes before it did not cover, so no line is drawn twice.
    detail.boxes.slice(0, i).reduce(
      (ls, before) => ls.flatMap((l) => clipLineOutside(l, before)),
      fine.flatMap((l) => clipLine(l, box)),
    ),
  );
  for (const line of coarse)
    for (const piece of clipLine(line, extent)) lines.push(piece.map(([x, y]): LonLat => [round3(x), round3(y)]));
  for (const line of fineInBoxes)
    for (const piece of clipLine(line, extent)) lines.push(piece.map(([x, y]): LonLat => [round(x), round(y)]));
  const rivers: Basemap['rivers']['features'] = (detail.boxes.length ? (detail.osm?.rivers ?? []) : []).flatMap((r) => {
    const lines = r.lines
      .flatMap((l) => clipLine(l, extent))
      .map((l) => l.map(([x, y]): LonLat => [round4(x), round4(y)]));
    return [
      { type: 'Feature', properties: { name: r.name }, geometry: { type: 'MultiLineString', coordinates: lines } },
      {
        type: 'Feature',
        properties: { name: r.name, label: true },
        geometry: {
          type: 'MultiLineString',
          coordinates: lines.map((l) =>
            simplify(l, RIVER_LABEL_SMOOTHING).map(([x, y]): LonLat => [round4(x), round4(y)]),
          ),
        },
      },
    ] as const;
  });
  const sortById = <T extends { properties: CountryProps }>(a: T, b: T) =>
    a.properties.id.localeCompare(b.properties.id);
  return {
    extent,
    land: { type: 'FeatureCollection', features: land.sort(sortById) },
    borders: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }],
    },
    countryLabels: { type: 'FeatureCollection', features: countryLabels.sort(sortById) },
    rivers: { type: 'FeatureCollection', features: rivers },
  };
}

/** Natural Earth admin-0 countries at 1:50m, as world-atlas ships them (the scrolly locator draws them whole). */
export const COUNTRIES_50M = countries50m as unknown as Topology;

/** Natural Earth scale: 1:50m for the live map and close static views, 1:110m for wide static views (5x fewer bytes). */
export type BasemapScale = '50m' | '110m';
const memo: Partial<Record<BasemapScale, Basemap>> = {};
/**
 * The region basemap at a scale, computed once per build. At 1:50m, borders within `detailBoxes` come from the
 * OpenStreetMap extract, with its rivers (pass the same boxes on every call: the first call's are kept; the extract
 * has lines only inside its own boxes, which data:check keeps around every place).
 */
export function getBasemap(scale: BasemapScale = '50m', detailBoxes: BBox[] = BORDERS_OSM.boxes): Basemap {
  return (memo[scale] ??=
    scale === '50m'
      ? buildBasemap(REGION, countries50m as unknown as Topology, { boxes: detailBoxes, osm: BORDERS_OSM })
      : buildBasemap(REGION, countries110m as unknown as Topology));
}

/** Static views wider than this many degrees of longitude use the 1:110m basemap. */
export const WIDE_VIEW_DEGREES = 12;
