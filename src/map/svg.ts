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
import { INSET_OVERVIEW, INSET_WIDTH_SHARE, insetBox, insetHeight, isZoomed, metresPerPx, roundKm } from './inset.ts';
import type { MapFeatures } from './features.ts';
import { strings } from '../i18n/index.ts';
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
  type BBox,
  type LonLat,
} from './geo.ts';
import {
  LabelPlacer,
  pointLabelPositions,
  textBox,
  textWidth,
  wrapLabel,
  type Anchor,
  type Box,
  type LabelText,
} from './labels.ts';
import { inWindow, type ResolvedMapState } from './state.ts';

export interface StaticPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  highlight: boolean;
}
export interface StaticLabel {
  /** The place or compound labelled (data/places.csv); none for a country. */
  id?: string;
  /** One line, or two separated by "\n" (see wrapLabel in labels.ts). */
  text: string;
  x: number;
  y: number;
  anchor: Anchor;
  kind: 'country' | 'place' | 'compound';
}

/** Label size in viewBox units used for collision tests (the phone size, the largest: svg-file.ts). */
const LABEL_SIZE = 22;
/** Radii of the marks at phone size (svg-file.ts), the largest they are drawn: labels keep clear of them. */
const MARK_R = { event: 9, compoundSite: 10, compoundArea: 20, place: 6, placeHl: 10 } as const;

/** Distance in px from a point to a box (0 inside it). */
function distToBox(x: number, y: number, [w, n, e, s]: Box): number {
  return Math.hypot(Math.max(w - x, 0, x - e), Math.max(n - y, 0, y - s));
}

/** Small boxes along a projected line, every `half` × 2 px: what a route keeps clear of labels. */
function lineBoxes(line: readonly (readonly [number, number])[], half: number): Box[] {
  const out: Box[] = [];
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1]!;
    const [x1, y1] = line[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / (half * 2)));
    for (let k = 0; k <= n; k++) {
      const x = x0 + ((x1 - x0) * k) / n;
      const y = y0 + ((y1 - y0) * k) / n;
      out.push([x - half, y - half, x + half, y + half]);
    }
  }
  return out;
}

export { INSET_OVERVIEW, isZoomed, metresPerPx, roundKm } from './inset.ts';

export interface StaticOrientation {
  /** The inset: its frame in the map's px, the overview's land, and the view's box inside it. */
  inset: { x: number; y: number; width: number; height: number; land: string; box: [number, number, number, number] };
  /** The scale bar: its start in px, its length in px, and what it measures in km (true at the view's middle). */
  scale: { x: number; y: number; length: number; km: number };
  /** What the two take from the map, kept clear of labels. */
  boxes: Box[];
}

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
  /** Locator inset and scale bar, in zoomed views ({@link isZoomed}). */
  orientation?: StaticOrientation;
  /** Stretches of border that are a river (the Moei), with their name along them where there is room. */
  rivers?: StaticRiver[];
}

/** A river drawn on the static map: its path, and its name set along it (rotated `angle` degrees about x, y). */
export interface StaticRiver {
  d: string;
  label?: { text: string; x: number; y: number; angle: number };
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
  const rivers = basemap.rivers.features
    .filter((r) => !r.properties.label)
    .map((r) => ({ r, d: path(r) ?? '' }))
    .filter(({ d }) => d !== '');

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
    .map(({ p, at }) => ({ id: p.id, name: p.label, x: at[0], y: at[1], highlight: hl.has(p.id) }));
  const compoundsArea = compounds
    .filter(({ p }) => p.precision !== 'site')
    .map(({ p, at }) => ({ id: p.id, name: p.label, x: at[0], y: at[1], highlight: hl.has(p.id) }));
  const events = points('events', f.events).map(({ p, at }) => ({
    id: p.id,
    name: p.name,
    x: at[0],
    y: at[1],
    highlight: hl.has(p.id) || hl.has(p.placeId),
  }));
  const places = points('places', f.places).map(({ p, at }) => ({
    id: p.id,
    name: p.label,
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

  const orientation = isZoomed(view)
    ? computeOrientation(view, basemap, width, height, [
        ...[...compoundsSite, ...compoundsArea, ...events, ...places].map((m) => ({ ...m, w: m.highlight ? 8 : 1 })),
      ])
    : undefined;

  // Labels, greedily placed in priority order without overlaps: what the step is about (highlighted places and
  // compounds, the places of highlighted events, the ends of highlighted routes), capitals, countries, towns, then
  // every other dot that has room. No label covers a dot, a route or another label, and each sits by its own dot.
  const labels: StaticLabel[] = [];
  const placer = new LabelPlacer(width, height);
  // Marks at their phone size (svg-file.ts), the largest they are drawn, with a little room.
  const marks = [
    ...events.map((e) => ({ x: e.x, y: e.y, r: MARK_R.event })),
    ...compoundsArea.map((c) => ({ x: c.x, y: c.y, r: MARK_R.compoundArea })),
    ...compoundsSite.map((c) => ({ x: c.x, y: c.y, r: MARK_R.compoundSite })),
    ...places.map((p) => ({ x: p.x, y: p.y, r: p.highlight ? MARK_R.placeHl : MARK_R.place })),
  ];
  for (const m of marks) placer.reserve([m.x - m.r - 1, m.y - m.r - 1, m.x + m.r + 1, m.y + m.r + 1]);
  // Routes: their lines, sampled every few px, keep labels off (the Naypyitaw → Kunming line crossed Laukkaing's).
  const routeLines = on.has('routes')
    ? f.routes.features
        .filter((r) => inWindow('routes', r.properties.date, s.dates))
        .map((r) => r.geometry.coordinates.map((c) => projection(c as LonLat)!))
    : [];
  for (const line of routeLines) for (const b of lineBoxes(line, 3)) placer.reserve(b);
  if (orientation) for (const b of orientation.boxes) placer.reserve(b);
  /** How far a label keeps from its point: past the largest mark drawn there. */
  const gapAt = (x: number, y: number) =>
    Math.max(MARK_R.place, ...marks.filter((m) => Math.hypot(m.x - x, m.y - y) < 2).map((m) => m.r)) + 5;
  const labelled = new Set<string>();
  /** Labels a point; what the step is about (`must`) may also sit a step further out when its dot is crowded. */
  const place = (id: string, name: string, x: number, y: number, kind: 'place' | 'compound', must = false) => {
    if (labelled.has(id)) return;
    const text = wrapLabel(name);
    const size = LABEL_SIZE;
    const gap = gapAt(x, y);
    const positions = [
      ...pointLabelPositions(text, x, y, gap, size),
      ...(must ? pointLabelPositions(text, x, y, gap * 1.8, size) : []),
    ];
    // A label is read as naming the dot nearest to it: skip positions nearer another dot than its own, unless the
    // step is about this dot and there is no other room.
    const boxOf = (p: LabelText) => textBox(p);
    const own = (p: LabelText) => {
      const b = boxOf(p);
      const d = distToBox(x, y, b);
      return !marks.some((m) => Math.hypot(m.x - x, m.y - y) >= 2 && distToBox(m.x, m.y, b) < d);
    };
    const placed =
      placer.place(
        positions.filter((p) => own(p)),
        boxOf,
      ) ?? (must ? placer.place(positions, boxOf) : undefined);
    if (!placed) return;
    labelled.add(id);
    labels.push({ id, text, x: placed.x, y: placed.y, anchor: placed.anchor, kind });
  };
  const byId = new Map<string, { id: string; name: string; x: number; y: number; kind: 'place' | 'compound' }>();
  for (const c of [...compoundsSite, ...compoundsArea]) byId.set(c.id, { ...c, kind: 'compound' });
  for (const p of places) byId.set(p.id, { ...p, kind: 'place' });
  const labelOf = (id: string, must = false) => {
    const m = byId.get(id);
    if (m) place(m.id, m.name, m.x, m.y, m.kind, must);
  };
  // What the step is about, first.
  for (const c of [...compoundsSite, ...compoundsArea]) if (c.highlight) labelOf(c.id, true);
  for (const p of places) if (p.highlight) labelOf(p.id, true);
  const allPlaces = new Map([...f.places.features, ...f.compounds.features].map((x) => [x.properties.id, x]));
  for (const e of events)
    if (e.highlight) {
      const placeId = f.events.features.find((x) => x.properties.id === e.id)?.properties.placeId ?? '';
      if (byId.has(placeId)) labelOf(placeId, true);
      else {
        // The event's place is not drawn (its layer is off): the event's dot carries the place's name.
        const p = allPlaces.get(placeId);
        if (p)
          place(placeId, p.properties.label, e.x, e.y, p.properties.layer === 'compounds' ? 'compound' : 'place', true);
      }
    }
  for (const r of routes)
    if (r.highlight) {
      const props = f.routes.features.find((x) => x.properties.id === r.id)?.properties;
      if (props) for (const id of [props.fromId, props.toId]) labelOf(id, true);
    }
  // The river the border follows, named along it (before the capitals: a border story needs its river named).
  const riverMarks: StaticRiver[] = rivers.map(({ r, d }) => {
    const label = placeRiverLabel(r.properties.name, r.geometry.coordinates, projection, placer);
    return label ? { d, label } : { d };
  });
  for (const p of places) if (p.rank === 0) labelOf(p.id);
  // Countries at their usual label point, and, in a close view that cuts a country off, at the middle of its
  // visible part (a border story needs both sides named); nudged up or down when a dot or a route is there.
  const countryBox = countryLabelBox(view);
  for (const c of [
    ...basemap.countryLabels.features.filter((c) => inBBox(c.geometry.coordinates, countryBox)),
    ...viewCountryLabels(basemap, view),
  ]) {
    const at = xy(c.geometry.coordinates);
    if (!inside(at)) continue;
    const text = c.properties.name.toUpperCase();
    const line = LABEL_SIZE * 0.85 * 1.3;
    const placed = placer.place(
      [0, -1, 1, -2, 2].map((k): StaticLabel => ({
        text,
        x: at[0],
        y: r1(at[1] + LABEL_SIZE * 0.3 + k * line),
        anchor: 'middle',
        kind: 'country',
      })),
      labelBox,
    );
    if (placed) labels.push(placed);
  }
  for (const p of places) if (p.rank === 1) labelOf(p.id);
  for (const c of [...compoundsSite, ...compoundsArea]) labelOf(c.id);
  for (const p of places) labelOf(p.id);

  return {
    width,
    height,
    land,
    borders,
    compoundsSite,
    compoundsArea,
    events,
    places,
    routes,
    labels,
    ...(orientation && { orientation }),
    ...(riverMarks.length && { rivers: riverMarks }),
  };
}

/**
 * A river's name along its longest piece in the frame: at the middle, else ever further towards either end,
 * on either side of the line, turned to the line's direction there (kept upright) and clear of every label, mark
 * and route placed before it. Undefined when the piece is too short for the name (a wide view) or nothing fits.
 */
export function placeRiverLabel(
  text: string,
  lines: LonLat[][],
  projection: (p: LonLat) => [number, number] | null,
  placer: LabelPlacer,
  size = LABEL_SIZE,
): StaticRiver['label'] | undefined {
  const pieces = lines.map((l) => l.map((c) => projection(c)!).filter(Boolean));
  const lengths = pieces.map((pts) =>
    pts.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - pts[i]![0], p[1] - pts[i]![1]), 0),
  );
  const k = lengths.indexOf(Math.max(0, ...lengths));
  const pts = pieces[k];
  const total = lengths[k] ?? 0;
  const w = textWidth(text, size);
  if (!pts || total < w * 1.4) return undefined;
  /** The point `d` px along the piece. */
  const at = (d: number): [number, number] => {
    for (let i = 1, run = 0; i < pts.length; i++) {
      const [a, b] = [pts[i - 1]!, pts[i]!];
      const seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (run + seg >= d) {
        const t = seg ? (d - run) / seg : 0;
        return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      }
      run += seg;
    }
    return pts.at(-1)!;
  };
  // Fractions of the length from the middle outwards: 0.5, 0.45, 0.55, 0.4, … 0.05, 0.95.
  const fractions = [0, ...Array.from({ length: 18 }, (_, i) => (Math.floor(i / 2) + 1) * 0.05 * (i % 2 ? 1 : -1))].map(
    (d) => 0.5 + d,
  );
  for (const f of fractions) {
    const mid = total * f;
    if (mid - w / 2 < 0 || mid + w / 2 > total) continue;
    const [a, b] = [at(mid - w / 2), at(mid + w / 2)];
    let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    const rad = (angle * Math.PI) / 180;
    const [cx, cy] = at(mid);
    // Beside the line, not on it: the name's middle a little more than half a line away, on one side then the
    // other, then further out. A turned name is tested as a row of squares along it, not as its bounding box (which,
    // for a name at 60°, is most of a river's width of map).
    for (const off of [size * 0.75, -size * 0.75, size * 1.2, -size * 1.2]) {
      const x = cx - Math.sin(rad) * off;
      const y = cy + Math.cos(rad) * off;
      const h = (size * 1.1) / 2;
      const n = Math.max(1, Math.ceil(w / (h * 2)));
      const squares: Box[] = Array.from({ length: n }, (_, i) => {
        const t = (i + 0.5) / n - 0.5;
        const [sx, sy] = [x + Math.cos(rad) * w * t, y + Math.sin(rad) * w * t];
        return [sx - h, sy - h, sx + h, sy + h];
      });
      if (!squares.every((b) => placer.fits(b))) continue;
      for (const b of squares) placer.reserve(b);
      // The text's baseline sits a third of its size below its middle.
      return {
        text,
        x: r1(x - Math.sin(rad) * size * 0.35),
        y: r1(y + Math.cos(rad) * size * 0.35),
        angle: Math.round(angle * 10) / 10,
      };
    }
  }
  return undefined;
}

/**
 * The inset and the scale bar of a zoomed view. The inset goes in the corner with the least of the step in it
 * (highlighted marks count eight times), the scale bar in the bottom corner on the other side.
 */
function computeOrientation(
  view: BBox,
  basemap: Basemap,
  width: number,
  height: number,
  marks: { x: number; y: number; w: number }[],
): StaticOrientation {
  const iw = Math.round(width * INSET_WIDTH_SHARE);
  const ih = insetHeight(iw);
  const m = 10;
  const corners = [
    { x: width - iw - m, y: m },
    { x: m, y: m },
    { x: width - iw - m, y: height - ih - m },
    { x: m, y: height - ih - m },
  ];
  const weight = (c: { x: number; y: number }) =>
    marks
      .filter((p) => p.x > c.x - 30 && p.x < c.x + iw + 30 && p.y > c.y - 30 && p.y < c.y + ih + 30)
      .reduce((sum, p) => sum + p.w, 0);
  const corner = corners.reduce((best, c) => (weight(c) < weight(best) ? c : best));
  const land = insetLandPath(basemap, iw, ih);
  const box = insetBox(view, iw, ih);
  // Scale bar: about a fifth of the width, at the view's middle latitude (Mercator's scale changes with latitude).
  const lat = (view[1] + view[3]) / 2;
  const mpp = metresPerPx(view[2] - view[0], lat, width);
  const km = roundKm((width * 0.2 * mpp) / 1000);
  const length = r1((km * 1000) / mpp);
  const left = corner.x > width / 2 ? m + 4 : width - m - 4 - length;
  const scale = { x: r1(left), y: height - m - 8, length, km };
  // The scale's text sits above its bar (a phone label's size: svg-file.ts).
  const text = strings('en').map.scale(String(km)); // for its box only: the file's label is in the site's words
  const tw = text.length * LABEL_SIZE * 0.56;
  return {
    inset: { x: corner.x, y: corner.y, width: iw, height: ih, land, box },
    scale,
    boxes: [
      [corner.x - 4, corner.y - 4, corner.x + iw + 4, corner.y + ih + 4],
      [scale.x - 4, scale.y - LABEL_SIZE - 10, scale.x + Math.max(length, tw) + 4, scale.y + 8],
    ],
  };
}

/** The land of the inset's overview ({@link INSET_OVERVIEW}) in a `width` × `height` px box: one path. */
export function insetLandPath(basemap: Basemap, width: number, height: number): string {
  const proj = fitMercator(INSET_OVERVIEW, width, height, 0, 0);
  const thinned = { stream: (out: GeoStream) => proj.stream(thinStream(1.2)(out)) };
  const path = geoPath(thinned).digits(1);
  return basemap.land.features
    .map((c) => ({
      ...c,
      geometry: {
        ...c.geometry,
        coordinates: c.geometry.coordinates.filter((poly) => bboxIntersects(ringBBox(poly[0]!), INSET_OVERVIEW)),
      },
    }))
    .filter((c) => c.geometry.coordinates.length > 0)
    .map((c) => path(c) ?? '')
    .join('');
}
