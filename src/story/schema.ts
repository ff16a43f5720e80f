/**
 * The schemas of what a chapter writes in MDX: each step state and the props of each chapter component. The story
 * index (src/story/read.ts) checks every <Step state={{…}}> and every component's attributes against them where the
 * MDX is read, so a typo (`layer:` for `layers:`, `<Chart id="bad">`) fails the build naming the .mdx file, the line
 * and the key. Types are inferred from these schemas (src/story/steps.ts), never written twice.
 */
import { z } from 'zod';
import { CHART_IDS, MAP_LAYERS, SCROLLY_GRAPHICS } from './ids.ts';

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-85).max(85);
/** An ISO date, to the day, month or year: 2025, 2025-02, 2025-02-20. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date like 2025-02-20, 2025-02 or 2025');

export const MapViewSchema = z.strictObject({
  /** [west, south, east, north] in degrees; fitted to the viewport (phone and desktop). Preferred over center/zoom. */
  bbox: z.tuple([lon, lat, lon, lat]).optional(),
  /** [longitude, latitude] of the centre, with `zoom`. */
  center: z.tuple([lon, lat]).optional(),
  /** Web-map zoom level (0 = the world in 512 px), with `center`. */
  zoom: z.number().min(0).max(22).optional(),
  /** Degrees clockwise from north. Default 0. */
  bearing: z.number().min(-360).max(360).optional(),
  /** Degrees of tilt (live map only). Default 0. */
  pitch: z.number().min(0).max(85).optional(),
});

export const MapStepStateSchema = z.strictObject({
  kind: z.literal('map'),
  view: MapViewSchema,
  /** Layers shown; default: all. */
  layers: z.array(z.enum(MAP_LAYERS)).optional(),
  /** Ids of places, events or routes to emphasise (rows in data/). */
  highlight: z.array(z.string().min(1)).optional(),
  /** Show only what had happened in this window, ISO dates inclusive: [from, to]. */
  dates: z.tuple([isoDate, isoDate]).optional(),
});

export const ChartStepStateSchema = z.strictObject({
  kind: z.literal('chart'),
  chart: z.enum(CHART_IDS),
  /** What the chart emphasises in this step (a year, a country code, a series id…), chart-specific. */
  highlight: z.string().min(1).optional(),
});

export const LocatorStepStateSchema = z.strictObject({
  kind: z.literal('locator'),
  /** Place ids (data/places.csv) to mark on the four-country locator. */
  places: z.array(z.string().min(1)).min(1),
  /** Caption override; by default generated from the places. */
  label: z.string().min(1).optional(),
});

export const StepStateSchema = z.discriminatedUnion('kind', [
  MapStepStateSchema,
  ChartStepStateSchema,
  LocatorStepStateSchema,
]);

/** An HTML id that is also a readable URL fragment: lower-case words joined by hyphens (moei-2). */
const htmlId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens, like moei-2');
const rowRef = z.string().regex(/^[a-z_]+:[^\s;]+$/, 'expected "table:row-id", like events:kk-park-raid-2025-10');
const idList = z.string().min(1, 'expected ids separated by ";"');

/**
 * The attributes each chapter component takes in MDX (src/lib/chapter-components.ts lists the components). Only
 * plain strings, except <Step state={{…}}>, which is a literal object. `n`, `ids`, `note` and `first` are set by the
 * build (src/lib/remark-facts.ts), never by a chapter.
 */
export const COMPONENT_PROPS = {
  Fact: z.strictObject({
    /** "table:row-id", e.g. events:kk-park-raid-2025-10. */
    id: rowRef,
    /** The column to show; default: the row's main figure, date or name. */
    field: z.string().min(1).optional(),
    /** How to format it (src/lib/facts.ts FACT_FORMATS); default auto. */
    format: z.string().min(1).optional(),
  }),
  Cite: z.strictObject({
    /** Source ids (data/sources.csv), separated by ";". */
    sources: idList.optional(),
    /** Rows whose sources to cite, "table:row-id;…". */
    of: idList.optional(),
  }),
  Scrolly: z.strictObject({
    /** Unique in the story: the section's HTML id. */
    id: htmlId,
    /** Accessible name of the section and its graphic. */
    label: z.string().min(1),
    /** What the sticky panel holds; default: the kind of the first step. */
    graphic: z.enum(SCROLLY_GRAPHICS).optional(),
  }),
  Step: z.strictObject({
    /** Unique in the story: the step's URL fragment (/chapters/x/#moei-2). */
    id: htmlId,
    state: StepStateSchema,
  }),
  Chart: z.strictObject({
    id: z.enum(CHART_IDS),
    /** What the chart emphasises (a year, a country code…), chart-specific. */
    highlight: z.string().min(1).optional(),
  }),
} as const;
