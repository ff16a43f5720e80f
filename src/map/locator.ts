/**
 * Compute half of the scrolly locator (src/components/scrolly/Locator.astro renders it): Natural Earth countries
 * (world-atlas 1:50m) and the step's places projected into a small SVG frame, with the map's one projection rule,
 * simplifier and label placer (geo.ts, labels.ts). Build-time only. Output is deterministic: rings simplified to
 * SIMPLIFY_PX and coordinates rounded to 0.1 px, so the SVG stays a few KB.
 */
import { geoBounds, geoContains, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { COUNTRIES_50M, REGION } from './basemap.ts';
import { fitMercator, round1 as r1, SimplifyingPath } from './geo.ts';
import { LabelPlacer, textWidth, type LabelText } from './labels.ts';

/** Frame size of the locator SVG (viewBox units; it scales to its box). */
export const LOCATOR_SIZE = { width: 600, height: 660 } as const;

/** [west, south, east, north]: Myanmar, Thailand, Laos and Cambodia, with the edges of China and Vietnam. */
export const LOCATOR_BBOX: readonly [number, number, number, number] = [92, 5.5, 108.6, 28.6];

/** ISO 3166-1 numeric ids (world-atlas feature ids) of the countries drawn as the story's focus. */
const FOCUS = new Set(['104', '764', '418', '116']);
/** Neighbours that get a name label when enough of them is in the frame. */
const LABELLED = new Set([...FOCUS, '156', '704']);

/** Douglas-Peucker tolerance (px): points that move a line by less than this are dropped. */
const SIMPLIFY_PX = 1.1;
/** Islands (rings) smaller than this many square px are dropped: they are specks at locator scale. */
const MIN_RING_AREA = 12;
const PAD = 28;
/** Font size of a place label (Locator.astro's `.mark text`), and the step a crowded label is nudged down by. */
const LABEL_SIZE = 14;
const LINE = 17;

export interface LocatorInputPlace {
  id: string;
  name: string;
  kind: string;
  lat?: number | undefined;
  lon?: number | undefined;
  precision: string;
}

export interface LocatorCountry {
  id: string;
  name: string;
  d: string;
  focus: boolean;
}
export interface LocatorLabel {
  text: string;
  x: number;
  y: number;
}
export interface LocatorMark {
  id: string;
  name: string;
  kind: string;
  precision: string;
  x: number;
  y: number;
  /** Label anchor, after collision nudging. */
  lx: number;
  ly: number;
  anchor: 'start' | 'end';
  /** Whether the label was moved away from its mark (draw a leader line). */
  leader: boolean;
}
export interface LocatorModel {
  width: number;
  height: number;
  countries: LocatorCountry[];
  countryLabels: LocatorLabel[];
  marks: LocatorMark[];
}

type Country = Feature<Geometry, { name: string }> & { bounds: [[number, number], [number, number]] };
let cached: Country[] | undefined;
/** Natural Earth countries with land in the basemap's region (REGION, derived from the data), once per build. */
function countries(): Country[] {
  if (cached) return cached;
  const topo = COUNTRIES_50M;
  const all = feature(topo, topo.objects['countries'] as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  cached = all.features
    .map((f) => Object.assign(f, { bounds: geoBounds(f) }))
    .filter(({ bounds: [[w, s], [e, n]] }) => w < REGION[2] && e > REGION[0] && s < REGION[3] && n > REGION[1]);
  return cached;
}

/**
 * Lays out a locator for `places`: the frame is the region (LOCATOR_BBOX), grown to include any place outside it
 * so nothing marked is ever off the map. Places without coordinates are skipped (the description says so).
 */
export function computeLocator(places: readonly LocatorInputPlace[]): LocatorModel {
  const { width, height } = LOCATOR_SIZE;
  const located = places.filter((p) => p.lat !== undefined && p.lon !== undefined && p.precision !== 'none');
  let [w, s, e, n] = LOCATOR_BBOX;
  for (const p of located) {
    w = Math.min(w, p.lon! - 1);
    e = Math.max(e, p.lon! + 1);
    s = Math.min(s, p.lat! - 1);
    n = Math.max(n, p.lat! + 1);
  }
  const projection = fitMercator([w, s, e, n], width, height, PAD);
  const ctx = new SimplifyingPath(SIMPLIFY_PX, MIN_RING_AREA);
  const path = geoPath(projection, ctx as unknown as CanvasRenderingContext2D);
  const measure = geoPath(projection);

  const shapes: LocatorCountry[] = [];
  const countryLabels: LocatorLabel[] = [];
  for (const f of countries()) {
    const [[fw, fs], [fe, fn]] = f.bounds;
    if (fw > e || fe < w || fs > n || fn < s) continue;
    const id = String(f.id);
    path(f);
    const d = ctx.toString();
    if (!d) continue;
    shapes.push({ id, name: f.properties.name, d, focus: FOCUS.has(id) });
    if (!LABELLED.has(id) || measure.area(f) < 4000) continue;
    // Label at the centroid of the part inside the frame, if that point is on land of this country
    // (Vietnam's S-shape puts its centroid in Laos: then it stays unlabelled rather than mislabelled).
    const [cx, cy] = measure.centroid(f);
    const lonlat = projection.invert?.([cx, cy]);
    if (lonlat && geoContains(f, lonlat)) countryLabels.push({ text: f.properties.name, x: r1(cx), y: r1(cy) });
  }
  shapes.sort((a, b) => Number(a.focus) - Number(b.focus) || a.id.localeCompare(b.id));

  return { width, height, countries: shapes, countryLabels, marks: placeMarkLabels(located, projection) };
}

/**
 * Each mark's label: right of the mark, else left (left first near the east edge), nudged down a line at a time
 * until it overlaps no mark or label ({@link LabelPlacer}); a label with no room anywhere stays at its mark.
 */
function placeMarkLabels(
  places: readonly LocatorInputPlace[],
  projection: (p: [number, number]) => [number, number] | null,
): LocatorMark[] {
  const { width, height } = LOCATOR_SIZE;
  const placer = new LabelPlacer(width, height);
  const pts = places
    .map((p) => ({ p, xy: projection([p.lon!, p.lat!]) }))
    .filter((m): m is { p: LocatorInputPlace; xy: [number, number] } => m.xy !== null)
    .sort((a, b) => a.xy[1] - b.xy[1] || a.xy[0] - b.xy[0] || a.p.id.localeCompare(b.p.id));
  // Marks themselves are obstacles too.
  for (const { xy } of pts) placer.reserve([xy[0] - 7, xy[1] - 7, xy[0] + 7, xy[1] + 7]);

  return pts.map(({ p, xy: [x, y] }) => {
    const at = (anchor: 'start' | 'end', ly: number): LabelText & { anchor: 'start' | 'end' } => ({
      text: p.name,
      x: anchor === 'start' ? x + 10 : x - 10,
      y: ly,
      anchor,
      size: LABEL_SIZE,
    });
    const preferStart = x + 10 + textWidth(p.name, LABEL_SIZE) < width - 4;
    const positions = function* () {
      for (let k = 0; k < 12; k++)
        for (const anchor of preferStart ? (['start', 'end'] as const) : (['end', 'start'] as const))
          yield at(anchor, y + 5 + k * LINE);
    };
    const best = placer.place(positions()) ?? at('start', y + 5);
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      precision: p.precision,
      x: r1(x),
      y: r1(y),
      lx: r1(best.x),
      ly: r1(best.y),
      anchor: best.anchor,
      leader: best.y - y > LINE - 1,
    };
  });
}
