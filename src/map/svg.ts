/**
 * The static map of one step, computed at build time with d3-geo: the same Mercator framing as the
 * live map's fitBounds (see geo.ts), the same layers, highlights and date window. Returns plain marks
 * (path strings, points, labels); MapFigure.astro writes them as SVG and CSS colours them with the
 * site tokens, so one SVG serves light and dark schemes.
 *
 * Kept small: paths are clipped to the box, rounded to 0.1 px, and points closer than 1 px to the
 * previous one are dropped (Natural Earth 1:50m is denser than a story frame needs).
 */
import { geoPath, type GeoStream } from 'd3-geo';
import { viewCountryLabels, type Basemap } from './basemap.ts';
import type { MapFeatures } from './features.ts';
import {
  countryLabelBox,
  fitMercator,
  fittedView,
  bboxIntersects,
  inBBox,
  ringBBox,
  paddingFor,
  round1 as r1,
  thinStream,
  SVG_WIDTH,
  SVG_HEIGHT,
  type LonLat,
} from './geo.ts';
import { LabelPlacer, textBox, type Anchor, type Box, type LabelText } from './labels.ts';
import { inWindow, type ResolvedMapState } from './state.ts';

export interface StaticPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  highlight: boolean;
}
export interface StaticLabel {
  text: string;
  x: number;
  y: number;
  anchor: Anchor;
  kind: 'country' | 'place' | 'compound';
}

/** Label size in viewBox units used for collision tests (the phone size, the largest: svg-file.ts). */
const LABEL_SIZE = 22;

/** A static label as text of the size it has on a phone, where labels are largest (countries in spaced capitals). */
export function labelText(l: StaticLabel, size = LABEL_SIZE, countrySize = size * 0.85): LabelText {
  return { ...l, ...(l.kind === 'country' ? { size: countrySize, style: 'caps' } : { size, style: 'text' }) };
}

/** The box a placed label takes on a phone, west, north, east, south in px (see textBox in labels.ts). */
export function labelBox(l: StaticLabel): Box {
  return textBox(labelText(l));
}
export interface StaticMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  compoundsSite: StaticPoint[];
  compoundsArea: StaticPoint[];
  events: StaticPoint[];
  places: (StaticPoint & { rank: number })[];
  routes: { id: string; d: string; highlight: boolean; width: number }[];
  labels: StaticLabel[];
}

/** Computes the static map of a resolved state. */
export function computeStaticMap(
  s: ResolvedMapState,
  basemap: Basemap,
  f: MapFeatures,
  width = SVG_WIDTH,
  height = SVG_HEIGHT,
): StaticMap {
  const projection = fitMercator(s.bbox, width, height, paddingFor(width), 2);
  const view = fittedView(s.bbox, width, height);
  const thinned = { stream: (out: GeoStream) => projection.stream(thinStream(1)(out)) };
  const path = geoPath(thinned).digits(1);
  const routePath = geoPath(projection).digits(1);
  const xy = (c: LonLat): [number, number] => {
    const p = projection(c)!;
    return [r1(p[0]), r1(p[1])];
  };
  const inside = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;

  const land = basemap.land.features
    .map((c) => ({
      ...c,
      geometry: {
        ...c.geometry,
        coordinates: c.geometry.coordinates.filter((poly) => bboxIntersects(ringBBox(poly[0]!), view)),
      },
    }))
    .filter((c) => c.geometry.coordinates.length > 0)
    .map((c) => path(c) ?? '')
    .join('');
  const borders = path(basemap.borders.features[0]!) ?? '';

  const hl = new Set(s.highlight);
  const on = new Set(s.layers);
  const points = <P extends { id: string; name: string; date: number }>(
    layer: 'compounds' | 'places' | 'events',
    fc: { features: { properties: P; geometry: { coordinates: LonLat } }[] },
  ) =>
    on.has(layer)
      ? fc.features
          .filter((x) => inWindow(layer, x.properties.date, s.dates))
          .map((x) => ({ p: x.properties, at: xy(x.geometry.coordinates) }))
          .filter(({ at }) => inside(at))
      : [];

  const compounds = points('compounds', f.compounds);
  const compoundsSite = compounds
    .filter(({ p }) => p.precision === 'site')
    .map(({ p, at }) => ({ id: p.id, name: p.name, x: at[0], y: at[1], highlight: hl.has(p.id) }));
  const compoundsArea = compounds
    .filter(({ p }) => p.precision !== 'site')
    .map(({ p, at }) => ({ id: p.id, name: p.name, x: at[0], y: at[1], highlight: hl.has(p.id) }));
  const events = points('events', f.events).map(({ p, at }) => ({
    id: p.id,
    name: p.name,
    x: at[0],
    y: at[1],
    highlight: hl.has(p.id) || hl.has(p.placeId),
  }));
  const places = points('places', f.places).map(({ p, at }) => ({
    id: p.id,
    name: p.name,
    x: at[0],
    y: at[1],
    highlight: hl.has(p.id),
    rank: p.rank,
  }));
  const routes = on.has('routes')
    ? f.routes.features
        .filter((r) => inWindow('routes', r.properties.date, s.dates))
        .map((r) => ({
          id: r.properties.id,
          d: routePath(r) ?? '',
          highlight: hl.has(r.properties.id),
          width: r1(1.5 + Math.log(Math.max(1, r.properties.count)) * 0.35),
        }))
        .filter((r) => r.d !== '')
    : [];

  // Labels, greedily placed in priority order without overlaps: highlighted features, capitals, countries, towns.
  const labels: StaticLabel[] = [];
  const placer = new LabelPlacer(width, height);
  const place = (text: string, x: number, y: number, kind: StaticLabel['kind'], anchors: Anchor[]) => {
    const size = labelText({ text, x, y, anchor: 'start', kind }).size;
    const placed = placer.place(
      anchors.map((anchor): StaticLabel => {
        const dx = anchor === 'start' ? 12 : anchor === 'end' ? -12 : 0;
        return { text, x: r1(x + dx), y: r1(y + size * 0.35), anchor, kind };
      }),
      labelBox,
    );
    if (placed) labels.push(placed);
  };
  // The ring of a highlighted place, and the middle of a highlighted compound, stay clear of labels (as on the live
  // map); each feature's own label starts 12 px from its point.
  for (const p of places) if (p.highlight) placer.reserve([p.x - 8, p.y - 8, p.x + 8, p.y + 8]);
  for (const c of [...compoundsSite, ...compoundsArea])
    if (c.highlight) placer.reserve([c.x - 12, c.y - 12, c.x + 12, c.y + 12]);
  for (const c of [...compoundsSite, ...compoundsArea])
    if (c.highlight) place(c.name, c.x, c.y, 'compound', ['end', 'start']);
  for (const p of places) if (p.highlight) place(p.name, p.x, p.y, 'place', ['start', 'end']);
  for (const p of places) if (!p.highlight && p.rank === 0) place(p.name, p.x, p.y, 'place', ['start', 'end']);
  // Countries at their usual label point, and, in a close view that cuts a country off, at the middle of its
  // visible part (a border story needs both sides named).
  const countryBox = countryLabelBox(view);
  for (const c of [
    ...basemap.countryLabels.features.filter((c) => inBBox(c.geometry.coordinates, countryBox)),
    ...viewCountryLabels(basemap, view),
  ]) {
    const at = xy(c.geometry.coordinates);
    if (inside(at)) place(c.properties.name.toUpperCase(), at[0], at[1], 'country', ['middle']);
  }
  for (const p of places) if (!p.highlight && p.rank === 1) place(p.name, p.x, p.y, 'place', ['start', 'end']);

  return { width, height, land, borders, compoundsSite, compoundsArea, events, places, routes, labels };
}
