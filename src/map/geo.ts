/**
 * Planar geometry helpers on lon/lat boxes, and the one framing rule both maps share.
 *
 * Framing: a step's bbox is fitted into a box of {@link MAP_ASPECT} with {@link paddingFor} on every
 * side, in Web Mercator. d3's `geoMercator().fitExtent` (static SVG) and MapLibre's `fitBounds` (live
 * map) both implement exactly that, so the static frame and the live frame show the same area.
 */
import type { LonLat } from './features.ts';
import { mercator, unmercator } from './routes.ts';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Width / height of every map box (static and live). 4:3 keeps a phone's sticky panel short enough for the step text. */
export const MAP_ASPECT = 4 / 3;
/** Width and height of the static SVG's viewBox (CSS scales it to the box). */
export const SVG_WIDTH = 800;
export const SVG_HEIGHT = 600;

/** Padding around a fitted bbox, in px, for a map box `width` px wide: 6% of the width, at least 12 px. */
export function paddingFor(width: number): number {
  return Math.max(12, Math.round(width * 0.06));
}

export function ringBBox(ring: LonLat[]): BBox {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export function inBBox([x, y]: LonLat, [w, s, e, n]: BBox): boolean {
  return x >= w && x <= e && y >= s && y <= n;
}

/** Sutherland–Hodgman clip of a closed ring to a box. Returns a closed ring (or [] when nothing is left). */
export function clipRing(ring: LonLat[], [w, s, e, n]: BBox): LonLat[] {
  type Edge = [(p: LonLat) => boolean, (a: LonLat, b: LonLat) => LonLat];
  const atX =
    (x: number) =>
    (a: LonLat, b: LonLat): LonLat => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: LonLat, b: LonLat): LonLat => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges: Edge[] = [
    [(p) => p[0] >= w, atX(w)],
    [(p) => p[0] <= e, atX(e)],
    [(p) => p[1] >= s, atY(s)],
    [(p) => p[1] <= n, atY(n)],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return [...out, out[0]!];
}

/**
 * Liang–Barsky: the part of segment a→b inside the box, as parameters [t0, t1] along it (0 = a, 1 = b),
 * or undefined when the segment misses the box.
 */
function segmentInBox(a: LonLat, b: LonLat, [w, s, e, n]: BBox): [number, number] | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a[0] - w],
    [dx, e - a[0]],
    [-dy, a[1] - s],
    [dy, n - a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1 ? [t0, t1] : undefined;
}

const along = (a: LonLat, b: LonLat, t: number): LonLat => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];

/** Clip of a polyline to a box: the pieces inside, in order. */
export function clipLine(line: LonLat[], box: BBox): LonLat[][] {
  const pieces: LonLat[][] = [];
  let cur: LonLat[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const t = segmentInBox(a, b, box);
    if (!t) {
      if (cur.length > 1) pieces.push(cur);
      cur = [];
      continue;
    }
    if (cur.length === 0) cur.push(along(a, b, t[0]));
    cur.push(along(a, b, t[1]));
    if (t[1] < 1) {
      pieces.push(cur);
      cur = [];
    }
  }
  if (cur.length > 1) pieces.push(cur);
  return pieces;
}

/** The pieces of a polyline that lie outside a box (the complement of {@link clipLine}). */
export function clipLineOutside(line: LonLat[], box: BBox): LonLat[][] {
  const pieces: LonLat[][] = [];
  let cur: LonLat[] = [];
  const flush = () => {
    if (cur.length > 1) pieces.push(cur);
    cur = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const t = segmentInBox(a, b, box);
    if (!t || t[0] === t[1]) {
      if (cur.length === 0) cur.push(a);
      cur.push(b);
      continue;
    }
    if (t[0] > 0) {
      if (cur.length === 0) cur.push(a);
      cur.push(along(a, b, t[0]));
    }
    flush();
    if (t[1] < 1) cur.push(along(a, b, t[1]), b);
  }
  flush();
  return pieces;
}

/** Web Mercator y of a latitude, and the latitude of a y (routes.ts). */
const mercatorY = (lat: number) => mercator([0, lat])[1];
const latitudeOf = (y: number) => unmercator([0, y])[1];

/**
 * `view` less a margin of `fx` of its width on the west and east and `fy` of its height (in Web Mercator, as
 * it looks on the map) on the south and north.
 */
export function insetView([w, s, e, n]: BBox, fx: number, fy: number): BBox {
  const dx = (e - w) * fx;
  const dy = (mercatorY(n) - mercatorY(s)) * fy;
  return [w + dx, latitudeOf(mercatorY(s) + dy), e - dx, latitudeOf(mercatorY(n) - dy)];
}

/**
 * Where in `view` a country's name can be centred and still be read whole: not within an eighth of the width of
 * its west or east edge (about half of a long country name, in capitals, on a phone's map) or a fifteenth of the
 * height of its south or north edge. Static and live maps leave a usual label point outside it unlabelled.
 */
export function countryLabelBox(view: BBox): BBox {
  return insetView(view, 1 / 8, 1 / 15);
}

/**
 * The whole area a box of aspect {@link MAP_ASPECT} shows when `bbox` is fitted into it with
 * {@link paddingFor} padding (Web Mercator; the rule MapLibre's fitBounds and d3's fitExtent share).
 * Independent of the box's pixel size, since the padding scales with the width.
 */
export function fittedView(bbox: BBox, width = SVG_WIDTH, height = SVG_HEIGHT): BBox {
  const pad = paddingFor(width);
  const [x0, y0] = mercator([bbox[0], bbox[1]]);
  const [x1, y1] = mercator([bbox[2], bbox[3]]);
  const k = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const hw = width / 2 / k,
    hh = height / 2 / k;
  const [w, s] = unmercator([cx - hw, cy - hh]);
  const [e, n] = unmercator([cx + hw, cy + hh]);
  return [w, s, e, n];
}
