/**
 * Where the live map's place and compound labels may go around their points (MapLibre's
 * `text-variable-anchor-offset`), so that in a story map's frame no label runs off the map.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { insetView } from '../geo.ts';
import type { MapView } from './filters.ts';
import { LAYER_IDS } from './layers.ts';

/** About the widest place label on the live map, in CSS px (a two-line name at 12–13.5px). */
const LABEL_PX = 130;
/** About the tallest, in CSS px (a three-line name, and its offset from the point). */
const LABEL_PX_HIGH = 56;

/**
 * Where a label may go around its point, in the order tried: east of the point first (west when `preferWest`), then
 * the other side, below, above; `d` ems from the point. In a framed view of known width (the story map), a point too
 * close to the frame's west edge for a label to fit there is only labelled below or above it running east, or east
 * of it, and likewise in the east; a point too close to its north edge is not labelled above it, nor one close to
 * its south edge below it. MapLibre would place a label that starts on the map even if it runs off it. When none
 * of those fit, the label is left out. (The explore map has no frame: its reader pans.)
 * (The corners come first there: in a crowd at the edge, as Laukkaing's in kokang-2, MapLibre found room for both
 * labels only in that order.)
 */
export function labelAnchors(
  d: number,
  view?: MapView,
  preferWest = false,
  /**
   * At a west or east edge, try beside the point before the corners below and above it: what the step is about must
   * read as its own dot's name (kokang-4 on a phone put the Wenzhou court's name below-west of its ring, beside the
   * Shenzhen court's).
   */
  besideFirst = false,
): ExpressionSpecification {
  const east = ['left', [d, 0]];
  const west = ['right', [-d, 0]];
  const below = ['top', [0, d]];
  const above = ['bottom', [0, -d]];
  // Near an edge, below and above start at the point rather than centre on it, so they too stay on the map.
  const belowEast = ['top-left', [d / 2, d + 0.6]];
  const aboveEast = ['bottom-left', [d / 2, -d - 0.6]];
  const belowWest = ['top-right', [-d / 2, d + 0.6]];
  const aboveWest = ['bottom-right', [-d / 2, -d - 0.6]];
  // Four positions in every branch: an expression's branches must be arrays of one length (so some repeat).
  const list = (...parts: unknown[][]) => {
    const flat = parts.flat();
    while (flat.length < 8) flat.push(...flat.slice(-2));
    return ['literal', flat] as unknown as ExpressionSpecification;
  };
  const sides = preferWest ? [west, east] : [east, west];
  const preferred = list(...sides, below, above);
  if (!view?.width) return preferred;
  const [w, , e] = view.frame;
  const room = (e - w) * Math.min(0.45, LABEL_PX / view.width);
  // The frame less the room a label needs above or below a point (the map is 4:3, so its height is 3/4 of its width).
  const [, south, , north] = insetView(view.frame, 0, Math.min(0.45, LABEL_PX_HIGH / (view.width * 0.75)));
  const atNorth = ['>', ['get', 'lat'], north];
  const atSouth = ['<', ['get', 'lat'], south];
  /** At a west or east edge: running away from it, and not above a point near the top nor below one near the bottom. */
  const edge = (at: unknown[], belowSide: unknown[], aboveSide: unknown[], side: unknown[]) => [
    ['all', at, atNorth],
    besideFirst ? list(side, belowSide) : list(belowSide, side),
    ['all', at, atSouth],
    besideFirst ? list(side, aboveSide) : list(aboveSide, side),
    at,
    besideFirst ? list(side, belowSide, aboveSide) : list(belowSide, aboveSide, side),
  ];
  return [
    'case',
    ...edge(['<', ['get', 'lon'], w + room], belowEast, aboveEast, east),
    ...edge(['>', ['get', 'lon'], e - room], belowWest, aboveWest, west),
    atNorth,
    list(...sides, below),
    atSouth,
    list(...sides, above),
    preferred,
  ] as unknown as ExpressionSpecification;
}
export function labelLayout(view?: MapView): Record<string, ExpressionSpecification> {
  return {
    [LAYER_IDS.placeLabels]: labelAnchors(0.5, view),
    // A highlighted compound's ring grows with the zoom (compoundsHighlight: 10 to 20 px from zoom 3 to 8), and its
    // label starts clear of it. (In steps: anchor offsets cannot be interpolated.)
    [LAYER_IDS.compoundLabels]: [
      'step',
      ['zoom'],
      labelAnchors(1.2, view, true),
      4.5,
      labelAnchors(1.6, view, true),
      6.5,
      labelAnchors(2, view, true),
    ] as unknown as ExpressionSpecification,
    [LAYER_IDS.placeLabelsHighlight]: labelAnchors(0.8, view, false, true),
  };
}
