/**
 * Coordinates, Web Mercator and the one framing rule every map of the site shares (the static SVG, the live map,
 * the locator and the share card's crop of the static map).
 *
 * Framing: a step's bbox is fitted into a box of {@link MAP_ASPECT} with {@link paddingFor} on every side, in Web
 * Mercator. d3's `geoMercator().fitExtent` (static SVG, {@link fitMercator}) and MapLibre's `fitBounds` (live map)
 * both implement exactly that, so the static frame and the live frame show the same area.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

/** Longitude and latitude, in degrees. */
export type LonLat = [number, number];
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

const RAD = Math.PI / 180;

/** Lon/lat (degrees) -> Web Mercator in radians-units (x = lon, y = ln tan(π/4 + φ/2)). */
export function mercator([lon, lat]: LonLat): [number, number] {
  return [lon * RAD, Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

/** Inverse of {@link mercator}. */
export function unmercator([x, y]: [number, number]): LonLat {
  return [x / RAD, (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD];
}

/** Web Mercator y of a latitude, and the latitude of a y. */
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

/**
 * A d3 Mercator projection that fits `bbox` into a `width` × `height` px box with `pad` px on every side (the
 * static map and the locator), clipped to the box grown by `clipMargin` px on every side.
 */
export function fitMercator(
  [w, s, e, n]: readonly number[],
  width: number,
  height: number,
  pad: number,
  clipMargin = 0,
): GeoProjection {
  return geoMercator()
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [w!, s!],
          [e!, n!],
          [w!, n!],
          [e!, s!],
        ],
      },
    )
    .clipExtent([
      [-clipMargin, -clipMargin],
      [width + clipMargin, height + clipMargin],
    ]);
}
