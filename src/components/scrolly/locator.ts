/**
 * Compute half of the locator (Locator.astro renders it): projects Natural Earth countries (world-atlas 50m) and the
 * step's places into a small SVG frame. Build-time only (reads node_modules with fs). Output is deterministic:
 * rings simplified to SIMPLIFY_PX and coordinates rounded to 0.1 px, so the SVG stays a few KB.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoBounds, geoContains, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

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
/** Natural Earth countries near the region (bounds within 60-150°E, 15°S-55°N), read once per build. */
function countries(): Country[] {
  if (cached) return cached;
  const topo = JSON.parse(
    readFileSync(resolve(process.cwd(), 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  const all = feature(topo, topo.objects['countries'] as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  cached = all.features
    .map((f) => Object.assign(f, { bounds: geoBounds(f) }))
    .filter(({ bounds: [[w, s], [e, n]] }) => w < 150 && e > 60 && s < 55 && n > -15);
  return cached;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function ringArea(ring: readonly [number, number][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(a / 2);
}

/** Douglas-Peucker simplification of a polyline (iterative, keeps both ends). */
export function simplify(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let far = -1;
    let max = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > max) {
        max = d;
        far = i;
      }
    }
    if (far > 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A d3-geo path context that simplifies each ring (Douglas-Peucker) and rounds to 0.1 px; rings left with < 3 points vanish. */
class SimplePath {
  private out: string[] = [];
  private ring: [number, number][] = [];
  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [[x, y]];
  }
  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }
  closePath(): void {
    this.flush(true);
  }
  arc(): void {
    // Points are not drawn through geoPath.
  }
  private flush(closed: boolean): void {
    const pts = simplify(this.ring, SIMPLIFY_PX).map(([x, y]) => `${r1(x)},${r1(y)}`);
    const kept = pts.filter((p, i) => p !== pts[i - 1]);
    if (closed && ringArea(this.ring) < MIN_RING_AREA) kept.length = 0;
    if (kept.length >= (closed ? 3 : 2)) this.out.push('M' + kept.join('L') + (closed ? 'Z' : ''));
    this.ring = [];
  }
  toString(): string {
    this.flush(false);
    const s = this.out.join('');
    this.out = [];
    return s;
  }
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
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ],
    },
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const ctx = new SimplePath();
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

  return { width, height, countries: shapes, countryLabels, marks: placeLabels(located, projection) };
}

const LINE = 17;
const CHAR = 7.4;

/** Greedy label placement: right of the mark, else left, nudged down in line steps until it overlaps nothing. */
function placeLabels(
  places: readonly LocatorInputPlace[],
  projection: (p: [number, number]) => [number, number] | null,
): LocatorMark[] {
  const { width } = LOCATOR_SIZE;
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const pts = places
    .map((p) => ({ p, xy: projection([p.lon!, p.lat!]) }))
    .filter((m): m is { p: LocatorInputPlace; xy: [number, number] } => m.xy !== null)
    .sort((a, b) => a.xy[1] - b.xy[1] || a.xy[0] - b.xy[0] || a.p.id.localeCompare(b.p.id));
  // Marks themselves are obstacles too.
  for (const { xy } of pts) boxes.push({ x0: xy[0] - 7, x1: xy[0] + 7, y0: xy[1] - 7, y1: xy[1] + 7 });
  const hits = (b: (typeof boxes)[number]) =>
    boxes.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0);

  return pts.map(({ p, xy: [x, y] }) => {
    const wText = p.name.length * CHAR;
    const preferStart = x + 10 + wText < width - 4;
    let best: { lx: number; ly: number; anchor: 'start' | 'end' } | undefined;
    for (let k = 0; k < 12 && !best; k++) {
      const ly = y + 5 + k * LINE;
      for (const anchor of preferStart ? (['start', 'end'] as const) : (['end', 'start'] as const)) {
        const lx = anchor === 'start' ? x + 10 : x - 10;
        const b = {
          x0: anchor === 'start' ? lx : lx - wText,
          x1: anchor === 'start' ? lx + wText : lx,
          y0: ly - 13,
          y1: ly + 4,
        };
        if (b.x0 < 2 || b.x1 > width - 2 || hits(b)) continue;
        boxes.push(b);
        best = { lx, ly, anchor };
        break;
      }
    }
    best ??= { lx: x + 10, ly: y + 5, anchor: 'start' };
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      precision: p.precision,
      x: r1(x),
      y: r1(y),
      lx: r1(best.lx),
      ly: r1(best.ly),
      anchor: best.anchor,
      leader: best.ly - y > LINE - 1,
    };
  });
}
