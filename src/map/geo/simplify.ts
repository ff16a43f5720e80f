/**
 * Making projected outlines as small as a map needs, in screen px: the static map thins each line as d3 streams it
 * ({@link thinStream}); the locator, drawn much smaller, simplifies each ring with Douglas–Peucker and drops specks
 * ({@link SimplifyingPath}). Both round to 0.1 px.
 */
import type { GeoStream } from 'd3-geo';
import { ringArea } from './planar.ts';

/** Rounds to 0.1 px, the precision of every coordinate the maps write. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

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

/** A d3 stream filter that drops points within `tolerance` px of the last kept one (keeps ring ends). */
export function thinStream(tolerance: number) {
  return (out: GeoStream): GeoStream => {
    let last: [number, number] | undefined;
    let first = true;
    return {
      point(x, y) {
        if (first || !last || Math.hypot(x - last[0], y - last[1]) >= tolerance) {
          out.point(x, y);
          last = [x, y];
          first = false;
        }
      },
      lineStart() {
        first = true;
        out.lineStart();
      },
      lineEnd() {
        out.lineEnd();
      },
      polygonStart() {
        out.polygonStart();
      },
      polygonEnd() {
        out.polygonEnd();
      },
      sphere() {
        out.sphere?.();
      },
    };
  };
}

/**
 * A d3-geo path context (pass it to `geoPath(projection, context)`) that simplifies each ring with Douglas-Peucker
 * at `tolerance` px and rounds to 0.1 px; closed rings smaller than `minRingArea` square px, and rings left with
 * fewer than 3 points, vanish. `toString()` returns the path data drawn since the last call.
 */
export class SimplifyingPath {
  private out: string[] = [];
  private ring: [number, number][] = [];
  private readonly tolerance: number;
  private readonly minRingArea: number;
  constructor(tolerance: number, minRingArea: number) {
    this.tolerance = tolerance;
    this.minRingArea = minRingArea;
  }
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
    const pts = simplify(this.ring, this.tolerance).map(([x, y]) => `${round1(x)},${round1(y)}`);
    const kept = pts.filter((p, i) => p !== pts[i - 1]);
    if (closed && ringArea(this.ring) < this.minRingArea) kept.length = 0;
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
