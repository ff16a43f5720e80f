/**
 * Planar geometry on lon/lat (or px) coordinates: boxes and box tests, rings (area, containment, distance), and
 * clipping rings and lines to a box (the basemap's cut to the region and to the detail boxes of src/map/basemap.ts).
 */
import type { BBox, LonLat } from './projection.ts';

/** The area of a ring (shoelace), in the square units of its points, whatever its winding. */
export function ringArea(ring: readonly (readonly [number, number])[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(a / 2);
}

/** Whether a point is inside a ring (even-odd rule). */
export function inRing([x, y]: LonLat, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The distance from a point to a ring's outline. */
export function distToRing([x, y]: LonLat, ring: readonly LonLat[]): number {
  let min = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = dx || dy ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy))) : 0;
    min = Math.min(min, Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)));
  }
  return min;
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
