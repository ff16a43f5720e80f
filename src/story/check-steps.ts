/**
 * The story's map steps, checked as a reader sees them: every step shows something its predecessor did not, and
 * everything it highlights is drawn in its frame with a label. A map is journalism: a step whose map does not move
 * when its text moves on (the same frame and the same marks under five events), or that emphasises a court the frame
 * cuts off or leaves unnamed, tells the reader less than its text. Run on the story index with the map it draws
 * (src/story/index.ts); pure, so the unit tests run it on fixture chapters and a fixture data package.
 *
 * What counts as "the same map" is what is drawn, not what is written: two steps whose highlights differ only by
 * events at the same dot draw the same picture, and so do two whose date windows differ only by unemphasised dots
 * (the text is about what a step emphasises). The picture of a step is its framed view (rounded to a hundredth of a
 * degree), its layers and the emphasised marks drawn in it (kind and position to the px), from the static map
 * (src/map/svg.ts), which the live map follows.
 */
import type { MapFeatures } from '../map/features.ts';
import { fittedView } from '../map/geo.ts';
import { resolveMapState, type ResolvedMapState } from '../map/state.ts';
import type { StaticMap } from '../map/svg.ts';
import type { Story } from './build.ts';

/** What the check needs of the map: its features, and the static map a resolved state draws. */
export interface StepCheckModel {
  features: MapFeatures;
  /** The static map of a state (src/map/svg.ts computeStaticMap, with the basemap the step's file uses). */
  draw(state: ResolvedMapState): StaticMap;
}

/**
 * A fingerprint of what a static map shows the reader: its frame, its layers and its emphasised marks. Two steps with
 * equal fingerprints make the same point, whatever else their date windows let in around it.
 */
export function picture(state: ResolvedMapState, map: StaticMap): string {
  const frame = fittedView(state.bbox).map((n) => n.toFixed(2));
  const marks = new Set<string>();
  const add = (kind: string, list: { x: number; y: number; highlight: boolean }[]) => {
    for (const m of list) if (m.highlight) marks.add(`${kind}@${Math.round(m.x)},${Math.round(m.y)}`);
  };
  add('event', map.events);
  add('compound', map.compoundsSite);
  add('area', map.compoundsArea);
  add('place', map.places);
  for (const r of map.routes) if (r.highlight) marks.add(`route:${r.d}`);
  return JSON.stringify([frame, state.layers, [...marks].sort()]);
}

/** Which rows of data/ a highlighted id stands for on the map, and how it shows. */
function highlightProblems(id: string, state: ResolvedMapState, map: StaticMap, f: MapFeatures): string[] {
  const labelled = new Set(map.labels.map((l) => l.id).filter(Boolean));
  const drawn = (list: { id: string }[]) => list.some((m) => m.id === id);
  const point = [...f.places.features, ...f.compounds.features].find((x) => x.properties.id === id);
  const on = new Set(state.layers);
  if (point) {
    const layer = point.properties.layer;
    const name = point.properties.name;
    if (!on.has(layer)) return [`highlights ${name} ("${id}"), but the ${layer} layer is off`];
    const shown = layer === 'compounds' ? drawn([...map.compoundsSite, ...map.compoundsArea]) : drawn(map.places);
    if (!shown)
      return [
        state.dates && point.properties.date > state.dates[1]
          ? `highlights ${name} ("${id}"), which is first reported after the step's date window`
          : `highlights ${name} ("${id}"), which is outside the frame`,
      ];
    return labelled.has(id) ? [] : [`highlights ${name} ("${id}"), which the map draws without a label (no room)`];
  }
  const event = f.events.features.find((x) => x.properties.id === id);
  if (event) {
    const name = `the event "${id}"`;
    if (!on.has('events')) return [`highlights ${name}, but the events layer is off`];
    if (!drawn(map.events)) return [`highlights ${name}, which is outside the frame or the date window`];
    return labelled.has(event.properties.placeId)
      ? []
      : [`highlights ${name}, whose place ("${event.properties.placeId}") has no label on the map`];
  }
  const route = f.routes.features.find((x) => x.properties.id === id);
  if (route) {
    const name = `the route "${id}"`;
    if (!on.has('routes')) return [`highlights ${name}, but the routes layer is off`];
    if (!drawn(map.routes)) return [`highlights ${name}, which is outside the frame or the date window`];
    const problems: string[] = [];
    const [x0, y0, x1, y1] = fittedView(state.bbox);
    for (const [end, c] of [
      ['start', route.geometry.coordinates[0]!],
      ['end', route.geometry.coordinates.at(-1)!],
    ] as const)
      if (!(c[0] >= x0 && c[0] <= x1 && c[1] >= y0 && c[1] <= y1))
        problems.push(`highlights ${name}, whose ${end} is outside the frame`);
    for (const end of [route.properties.fromId, route.properties.toId])
      if (!labelled.has(end)) problems.push(`highlights ${name}, whose end "${end}" has no label on the map`);
    return problems;
  }
  // Not drawn at all: a place without coordinates, an event without a place, a route with an unplaced end.
  return [`highlights "${id}", which the map cannot draw (no coordinates)`];
}

/**
 * Every problem of the story's map steps, one line each, "file:line:column <Step id="x">: what is wrong", in reading
 * order; empty when every step shows something new and names what it highlights.
 */
export function checkSteps(story: Story, model: StepCheckModel): string[] {
  const errors: string[] = [];
  let previous: { id: string; scrolly: string; picture: string } | undefined;
  for (const { step, scrolly } of story.mapSteps) {
    const state = resolveMapState(step.state);
    const map = model.draw(state);
    const fail = (problem: string) => errors.push(`${step.where} <Step id="${step.id}">: ${problem}`);
    const pic = picture(state, map);
    if (previous && previous.scrolly === scrolly.id && previous.picture === pic)
      fail(
        `draws the same map as <Step id="${previous.id}"> above (the same frame, layers and emphasised marks); show what this step's text is about: frame it, highlight it, or change the layers or the date window`,
      );
    for (const id of state.highlight) for (const p of highlightProblems(id, state, map, model.features)) fail(p);
    previous = { id: step.id, scrolly: scrolly.id, picture: pic };
  }
  return errors;
}

/** Throws, naming every .mdx file, line and step, when {@link checkSteps} finds a problem. */
export function assertSteps(story: Story, model: StepCheckModel): void {
  const errors = checkSteps(story, model);
  if (errors.length)
    throw new Error(
      `The story's map steps have ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was built.\n  - ${errors.join('\n  - ')}`,
    );
}
