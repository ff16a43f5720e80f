/**
 * Where the story's map needs land and true borders, derived from the data: the region (every place with
 * coordinates, with a margin) and the detail boxes around each place. Pure; imports only the geometry module, so
 * that the borders script (scripts/cut-borders.ts) can use it before an extract exists.
 */
import { bboxIntersects, type BBox, type LonLat } from '../geo.ts';

/** Degrees added on each side of the places' bounding box to make the region (room for a frame around them). */
export const REGION_MARGIN_DEGREES = 8;

/** Half the side of the detail box around each place, in degrees (about 65 km). */
export const DETAIL_RADIUS_DEGREES = 0.6;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The region of a set of points [west, south, east, north]: their bounding box grown by `margin` degrees and
 * rounded outward to whole degrees (latitudes kept within ±85, Web Mercator's edge). Undefined for no points.
 */
export function regionOf(points: readonly LonLat[], margin = REGION_MARGIN_DEGREES): BBox | undefined {
  if (points.length === 0) return undefined;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  return [
    Math.max(-180, Math.floor(w - margin)),
    Math.max(-85, Math.floor(s - margin)),
    Math.min(180, Math.ceil(e + margin)),
    Math.min(85, Math.ceil(n + margin)),
  ];
}

/** Detail boxes around points, merged where they overlap so that the border is cut as few times as possible. */
export function detailBoxes(points: readonly LonLat[], r = DETAIL_RADIUS_DEGREES): BBox[] {
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
