/**
 * Build-time assembly (server only): the data package's map features, memoised, and everything one
 * step's static figure needs. Components call these; nothing here touches the DOM.
 */
import { getData } from '../lib/data.ts';
import { formatNumber } from '../lib/format.ts';
import { site, t } from '../lib/site.ts';
import type { MapStepState } from '../story/steps.ts';
import type { DataPackage } from '../data/schema.ts';
import { getBasemap, WIDE_VIEW_DEGREES, type BasemapScale } from './basemap.ts';
import { fittedView } from './geo.ts';
import { buildFeatures, dateNum, type MapFeatures } from './features.ts';
import {
  resolveMapState,
  visibleFeatures,
  stateAttributes,
  type ResolvedMapState,
  type VisibleFeatures,
} from './state.ts';
import { describeState } from './describe.ts';
import { computeStaticMap, type StaticMap } from './svg.ts';
import { contentHash, renderMapSvg } from './svg-file.ts';
import { getStory } from '../story/index.ts';

let memo: { features: MapFeatures; names: Map<string, string>; routeDates: Map<string, number> } | undefined;

/** Names of every place, event and route by id (for highlights and popups). */
export function featureNames(data: Pick<DataPackage, 'places' | 'events' | 'routes'>): Map<string, string> {
  return new Map<string, string>([
    ...data.places.map((p) => [p.id, p.name] as const),
    ...data.events.map((e) => [e.id, e.title] as const),
    ...data.routes.map((r) => [r.id, r.subject] as const),
  ]);
}

/** The story's features from data/, computed once per build. */
export function getMapModel() {
  if (memo) return memo;
  const data = getData();
  memo = {
    features: buildFeatures(data),
    names: featureNames(data),
    routeDates: new Map(data.routes.map((r) => [r.id, dateNum(r.date)])),
  };
  return memo;
}

/**
 * The basemap of the story: at 1:50m, with OpenStreetMap borders (and the Moei river) in the boxes around every
 * place and compound in the data (the committed extract's boxes, which data:check keeps in step with data/).
 */
export function storyBasemap(scale: BasemapScale = '50m') {
  return getBasemap(scale);
}

export interface StepMap {
  resolved: ResolvedMapState;
  visible: VisibleFeatures;
  description: string;
  svg: StaticMap;
  attrs: ReturnType<typeof stateAttributes>;
}

/** Everything a step's static figure shows. Throws on an invalid state (fails the build, naming the problem). */
export function stepMap(state: MapStepState): StepMap {
  const model = getMapModel();
  const resolved = resolveMapState(state);
  for (const id of resolved.highlight) {
    if (!model.names.has(id))
      throw new Error(`Map step: highlight "${id}" is not an id in data/places.csv, events.csv or routes.csv.`);
  }
  const visible = visibleFeatures(resolved, model.features, model.routeDates);
  return {
    resolved,
    visible,
    description: describeState(resolved, visible, site.locale, model.names),
    svg: computeStaticMap(
      resolved,
      storyBasemap(fittedView(resolved.bbox)[2] - fittedView(resolved.bbox)[0] > WIDE_VIEW_DEGREES ? '110m' : '50m'),
      model.features,
    ),
    attrs: stateAttributes(resolved),
  };
}

/** The explore map's opening view (also its static stand-in, /maps/explore.svg). */
export const EXPLORE_OVERVIEW: MapStepState = { kind: 'map', view: { bbox: [92, 5, 122, 33] } };

/** Every map that has a file in /maps/: each step of the story's map scrollies (the story index), and explore. */
export async function mapFileViews(): Promise<{ id: string; state: MapStepState }[]> {
  const steps = (await getStory()).mapSteps.map(({ step }) => ({ id: step.id, state: step.state }));
  return [...steps, { id: 'explore', state: EXPLORE_OVERVIEW }];
}

const files = new Map<string, { svg: string; path: string }>();

/**
 * A map step's static map as a file: its SVG text and its site-relative path with a content hash
 * (`maps/<step>.svg?h=…`). The endpoint src/pages/maps/[step].svg.ts writes the file; MapFigure links it.
 * Throws when one step id draws two different maps (the file could only hold one of them).
 */
export function stepMapFile(stepId: string, state: MapStepState, m: StepMap = stepMap(state)) {
  const svg = renderMapSvg(m.svg, {
    title: m.description,
    colors: site.colors,
    scaleLabel: (km) => t.map.scale(formatNumber(km, site.locale)),
  });
  const known = files.get(stepId);
  if (known) {
    if (known.svg !== svg)
      throw new Error(`Map step "${stepId}" draws two different maps; step ids must be unique across chapters.`);
    return known;
  }
  const file = { svg, path: `maps/${stepId}.svg?h=${contentHash(svg)}` };
  files.set(stepId, file);
  return file;
}
