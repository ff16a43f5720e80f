/**
 * The live map's data, emitted at build time as one static JSON file (/map/story-map.json): the
 * Natural Earth basemap cut to the region and the story features from data/. Generated from the same
 * functions as the static SVGs, so no derived file is committed. Fetched only when a live map starts.
 */
import type { APIRoute } from 'astro';
import { getMapModel, storyBasemap } from '../../map/build.ts';
import { viewCountryLabels } from '../../map/basemap.ts';
import { fittedView } from '../../map/geo.ts';
import { resolveMapState } from '../../map/state.ts';
import { viewKey } from '../../map/style.ts';
import { getStory } from '../../story/index.ts';

export const GET: APIRoute = async () => {
  const basemap = storyBasemap();
  // Each map step's own country labels (the ones its static map shows too), keyed by the step's view.
  const views = new Map<string, ReturnType<typeof viewCountryLabels>>();
  for (const { step } of (await getStory()).mapSteps) {
    const { bbox } = resolveMapState(step.state);
    const labels = viewCountryLabels(basemap, fittedView(bbox));
    if (labels.length) views.set(viewKey(bbox), labels);
  }
  const countryLabels = {
    ...basemap.countryLabels,
    features: [
      ...basemap.countryLabels.features,
      ...[...views].flatMap(([view, fs]) => fs.map((f) => ({ ...f, properties: { ...f.properties, view } }))),
    ],
  };
  return new Response(JSON.stringify({ basemap: { ...basemap, countryLabels }, features: getMapModel().features }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
