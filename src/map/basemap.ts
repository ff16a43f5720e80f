/**
 * The basemap, cut at build time from Natural Earth 1:50m admin-0 countries (public domain), as
 * shipped in the `world-atlas` npm package (TopoJSON, converted with `topojson-client`).
 *
 * Nothing derived is committed: the live map fetches it from the endpoint src/pages/map/basemap.json.ts,
 * and the static SVGs compute from the same function, so data and basemap cannot drift apart.
 * Layers: land (one polygon per country, clipped to the region), borders (the shared edges only, so a
 * coastline is not drawn twice) and one label point per country (labelling polygons would repeat the
 * name on every island).
 *
 * Borders come from 1:10m inside "detail boxes" around the places in the data and from 1:50m elsewhere: at
 * the zoom of a close view (the Moei river at Myawaddy), the 1:50m line is kilometres off and would put
 * compounds on the wrong side of the river.
 */
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries10m from 'world-atlas/countries-10m.json' with { type: 'json' };
import type { FC } from './features.ts';
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
}

/** Provenance shown in the map attribution and documented in the map README. */
export const BASEMAP_ATTRIBUTION = 'Basemap: Natural Earth (public domain)';

/**
 * The region the basemap covers: the six story countries plus the ends of every drawn route
 * (Beijing, Nanjing, Wenzhou, Incheon, New Delhi). Chosen to contain data/ with margin; a fork
 * whose data lies outside it will see features over empty sea, so widen it here.
 */
export const REGION: BBox = [72, -2, 132, 44];

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

/** Where borders come from a finer topology: boxes (usually around the story's places) and that topology. */
export interface DetailBorders {
  boxes: BBox[];
  topology: Topology;
}

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
  const fine = detail.boxes.length ? borderLines(detail.topology) : [];
  const fineInBoxes = detail.boxes.flatMap((box, i) =>
    // Each box adds what the boxes before it did not cover, so no line is drawn twice.
    detail.boxes.slice(0, i).reduce(
      (ls, before) => ls.flatMap((l) => clipLineOutside(l, before)),
      fine.flatMap((l) => clipLine(l, box)),
    ),
  );
  for (const line of [...coarse, ...fineInBoxes]) {
    for (const piece of clipLine(line, extent)) lines.push(piece.map(([x, y]): LonLat => [round3(x), round3(y)]));
  }
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
  };
}

/** Natural Earth admin-0 countries at 1:50m, as world-atlas ships them (the scrolly locator draws them whole). */
export const COUNTRIES_50M = countries50m as unknown as Topology;

/** Natural Earth scale: 1:50m for the live map and close static views, 1:110m for wide static views (5x fewer bytes). */
export type BasemapScale = '50m' | '110m';
const memo: Partial<Record<BasemapScale, Basemap>> = {};
/**
 * The region basemap at a scale, computed once per build. At 1:50m, borders within `detailBoxes` come from
 * 1:10m (pass the same boxes on every call: the first call's are kept).
 */
export function getBasemap(scale: BasemapScale = '50m', detailBoxes: BBox[] = []): Basemap {
  return (memo[scale] ??=
    scale === '50m'
      ? buildBasemap(REGION, countries50m as unknown as Topology, {
          boxes: detailBoxes,
          topology: countries10m as unknown as Topology,
        })
      : buildBasemap(REGION, countries110m as unknown as Topology));
}

/** Half the side of the detail box around each place, in degrees (about 65 km). */
export const DETAIL_RADIUS_DEGREES = 0.6;

/** Detail boxes around points, merged where they overlap so that the border is cut as few times as possible. */
export function detailBoxes(points: LonLat[], r = DETAIL_RADIUS_DEGREES): BBox[] {
  let boxes: BBox[] = points.map(([x, y]) => [x - r, y - r, x + r, y + r]);
  for (let merged = true; merged;) {
    merged = false;
    outer: for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        if (!bboxIntersects(boxes[i]!, boxes[j]!)) continue;
        const [a, b] = [boxes[i]!, boxes[j]!];
        const union: BBox = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
        boxes = [...boxes.filter((_, k) => k !== i && k !== j), union];
        merged = true;
        break outer;
      }
  }
  return boxes.map((b) => b.map(round3) as BBox).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Static views wider than this many degrees of longitude use the 1:110m basemap. */
export const WIDE_VIEW_DEGREES = 12;
