/**
 * Orientation for zoomed views, shared by the static map (svg.ts) and the live map (src/scripts/map/story-map.ts):
 * when a view counts as zoomed, the overview its inset locator shows, and where the view's box sits in that inset.
 * Pure and light (geo.ts only), so the client can import it without the basemap.
 */
import { mercator, type BBox } from './geo.ts';

/**
 * A view is "zoomed" when its framed width is under this many degrees of longitude: the width below which the
 * basemap switches from 1:110m to 1:50m (WIDE_VIEW_DEGREES in basemap.ts; a unit test keeps the two equal). Narrower
 * than about the span of Myanmar, a reader can no longer place the view from its coastlines alone, so the map gets
 * an inset locator and a scale bar.
 */
export const ZOOMED_BELOW_DEGREES = 12;

/** Whether a framed view (fittedView, west, south, east, north) is zoomed: see {@link ZOOMED_BELOW_DEGREES}. */
export function isZoomed(view: BBox): boolean {
  return view[2] - view[0] < ZOOMED_BELOW_DEGREES;
}

/** The overview an inset locates a zoomed view in: mainland South-east Asia and southern China. */
export const INSET_OVERVIEW: BBox = [91, 4, 124, 32];

/** The inset's size as a share of the map's width, and its aspect (the overview's, in Web Mercator). */
export const INSET_WIDTH_SHARE = 0.22;
export function insetHeight(width: number): number {
  const [x0, y0] = mercator([INSET_OVERVIEW[0], INSET_OVERVIEW[1]]);
  const [x1, y1] = mercator([INSET_OVERVIEW[2], INSET_OVERVIEW[3]]);
  return Math.round((width * (y1 - y0)) / (x1 - x0));
}

/**
 * Where `view` sits in an inset `width` × `height` px showing {@link INSET_OVERVIEW} (Web Mercator, no padding):
 * x, y, width, height in px, at least `min` px on each side so that a small view can still be seen.
 */
export function insetBox(view: BBox, width: number, height: number, min = 6): [number, number, number, number] {
  const [ox0, oy0] = mercator([INSET_OVERVIEW[0], INSET_OVERVIEW[1]]);
  const [ox1, oy1] = mercator([INSET_OVERVIEW[2], INSET_OVERVIEW[3]]);
  const px = ([lon, lat]: [number, number]): [number, number] => {
    const [x, y] = mercator([lon, lat]);
    return [((x - ox0) / (ox1 - ox0)) * width, ((oy1 - y) / (oy1 - oy0)) * height];
  };
  const [x0, y1] = px([view[0], view[1]]);
  const [x1, y0] = px([view[2], view[3]]);
  const w = Math.max(min, x1 - x0);
  const h = Math.max(min, y1 - y0);
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r((x0 + x1) / 2 - w / 2), r((y0 + y1) / 2 - h / 2), r(w), r(h)];
}

/** A distance that reads as a round number of kilometres: 1, 2 or 5 × 10ⁿ, the largest not above `km`. */
export function roundKm(km: number): number {
  const p = 10 ** Math.floor(Math.log10(km));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= km) ?? p;
}

/** Metres per px along the parallel through `lat` of a Mercator view `lonSpan` degrees wide drawn `width` px wide. */
export function metresPerPx(lonSpan: number, lat: number, width: number): number {
  return (lonSpan * 111_320 * Math.cos((lat * Math.PI) / 180)) / width;
}

/**
 * The overview's land as one SVG path in an inset `width` × `height` px (the live map's inset, drawn by the client
 * from the basemap it has already fetched, so no page carries map geometry in its HTML): outer rings only, points
 * closer than `minPx` to the previous one dropped, rounded to 0.1 px.
 */
export function insetLand(
  land: readonly { geometry: { coordinates: readonly (readonly (readonly [number, number])[])[][] } }[],
  width: number,
  height: number,
  minPx = 1.2,
): string {
  const [ox0, oy0] = mercator([INSET_OVERVIEW[0], INSET_OVERVIEW[1]]);
  const [ox1, oy1] = mercator([INSET_OVERVIEW[2], INSET_OVERVIEW[3]]);
  const r = (n: number) => Math.round(n * 10) / 10;
  const out: string[] = [];
  for (const f of land)
    for (const poly of f.geometry.coordinates) {
      const ring = poly[0];
      if (
        !ring?.some(
          ([lon, lat]) =>
            lon >= INSET_OVERVIEW[0] &&
            lon <= INSET_OVERVIEW[2] &&
            lat >= INSET_OVERVIEW[1] &&
            lat <= INSET_OVERVIEW[3],
        )
      )
        continue;
      let last: [number, number] | undefined;
      const pts: string[] = [];
      for (const c of ring) {
        const [mx, my] = mercator([c[0], c[1]]);
        const p: [number, number] = [((mx - ox0) / (ox1 - ox0)) * width, ((oy1 - my) / (oy1 - oy0)) * height];
        if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < minPx) continue;
        pts.push(`${r(p[0])},${r(p[1])}`);
        last = p;
      }
      if (pts.length > 2) out.push(`M${pts.join('L')}Z`);
    }
  return out.join('');
}
