/**
 * Route geometry: a gentle arc from one place to another, drawn in Web Mercator space so that it
 * looks the same curve on the static SVG (d3 Mercator) and on the live map (MapLibre's Mercator).
 *
 * Why not a great circle: most routes here are short (Myawaddy to Phop Phra is ~40 km), where a great
 * circle is a straight line on top of a border; the arc separates a route from the border it crosses,
 * and two routes between the same places in opposite directions bow to opposite sides.
 */
import { mercator, unmercator, type LonLat } from './geo.ts';

const RAD = Math.PI / 180;

export interface RouteGeometry {
  /** The arc from start to end, `segments + 1` points, rounded to 1e-4 degrees (~10 m). */
  coordinates: LonLat[];
  /** Direction of travel at the end, degrees clockwise from north on a north-up Mercator map. */
  bearing: number;
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * A quadratic Bézier arc from `from` to `to`, bowed to the left of the direction of travel by
 * `bow` × its length (in Mercator space).
 */
export function curvedRoute(from: LonLat, to: LonLat, bow = 0.18, segments = 32): RouteGeometry {
  const a = mercator(from);
  const b = mercator(to);
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  // Left-hand normal of the direction of travel (y grows northwards in Mercator).
  const c: [number, number] = [(a[0] + b[0]) / 2 - dy * bow, (a[1] + b[1]) / 2 + dx * bow];
  const coordinates: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    const p: [number, number] = [
      u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
      u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
    ];
    const [lon, lat] = unmercator(p);
    coordinates.push([round4(lon), round4(lat)]);
  }
  // The tangent at t = 1 is (b - c): the arrow points along it.
  const tx = b[0] - c[0];
  const ty = b[1] - c[1];
  const bearing = Math.round(((Math.atan2(tx, ty) / RAD + 360) % 360) * 10) / 10;
  return { coordinates, bearing };
}
