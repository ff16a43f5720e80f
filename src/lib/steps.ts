/**
 * What a scrolly step asks its graphic to show: typed data, never code.
 * A chapter writes it as a prop: <Step id="moei" state={{ kind: 'map', view: { bbox: [97.9, 16.2, 99.1, 17.2] }, … }}>.
 * The server renders each state as a static figure (no JS needed); scripts only animate between them.
 */

/** Ids of the charts the story can show (see src/components/charts/). */
export const CHART_IDS = ['held', 'crackdown', 'moved', 'money', 'chain'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Map layers that a step can switch on. */
export const MAP_LAYERS = ['compounds', 'places', 'events', 'routes'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export interface MapView {
  /** [west, south, east, north] in degrees; fitted to the viewport (phone and desktop). Preferred over center/zoom. */
  bbox?: [number, number, number, number];
  center?: [number, number];
  zoom?: number;
  bearing?: number;
  pitch?: number;
}

export interface MapStepState {
  kind: 'map';
  view: MapView;
  /** Layers shown; default: all. */
  layers?: MapLayer[];
  /** Ids of places, events or routes to emphasise (rows in data/). */
  highlight?: string[];
  /** Show only what had happened in this window, ISO dates inclusive: [from, to]. */
  dates?: [string, string];
}

export interface ChartStepState {
  kind: 'chart';
  chart: ChartId;
  /** What the chart emphasises in this step (a year, a country code, a series id…), chart-specific. */
  highlight?: string;
}

export interface LocatorStepState {
  kind: 'locator';
  /** Place ids (data/places.csv) to mark on the four-country locator. */
  places: string[];
  /** Optional caption override; by default generated from the places. */
  label?: string;
}

export type StepState = MapStepState | ChartStepState | LocatorStepState;
