/**
 * The story index: chapters → scrollies → steps, with the graphic each step shows, and the charts each chapter
 * shows. Built once per build from the chapters' MDX files (parsed, not rendered), it is the one place where the
 * scrolly component, the embed catalogue, the static step maps (/maps/), the live map's JSON and the chart gallery
 * find the story's structure. Throws, naming every .mdx file, line and key that is wrong, before anything is built.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getChapters, type Chapter } from '../lib/chapters.ts';
import { getData } from '../lib/data.ts';
import { detailBoxes, getBasemap, WIDE_VIEW_DEGREES } from '../map/basemap.ts';
import { buildFeatures } from '../map/features.ts';
import { fittedView } from '../map/geo.ts';
import { computeStaticMap } from '../map/svg.ts';
import { buildStory, knownIds, type ChapterSource, type Story } from './build.ts';
import { assertSteps, type StepCheckModel } from './check-steps.ts';

export type { ChapterSource, MapStep, Story, StoryChapter, StoryScrolly, StoryStep } from './build.ts';
export type { ChartUse } from './read.ts';

function sourceOf(c: Chapter): ChapterSource {
  const path = resolve(c.filePath ?? `content/${c.id}.mdx`);
  return { slug: c.slug, title: c.data.title, file: relative(process.cwd(), path), text: readFileSync(path, 'utf8') };
}

let memo: Promise<Story> | undefined;

/**
 * The map the story's steps draw, for the step check: the static map of each state with the basemap its file uses
 * (src/map/build.ts stepMap: 1:110m wider than WIDE_VIEW_DEGREES, else 1:50m with 1:10m borders near the data).
 */
function stepCheckModel(): StepCheckModel {
  const features = buildFeatures(getData());
  const points = [...features.places.features, ...features.compounds.features].map((f) => f.geometry.coordinates);
  const boxes = detailBoxes(points);
  return {
    features,
    draw: (state) => {
      const view = fittedView(state.bbox);
      return computeStaticMap(
        state,
        getBasemap(view[2] - view[0] > WIDE_VIEW_DEGREES ? '110m' : '50m', boxes),
        features,
      );
    },
  };
}

/** The story of this build, read once; its map steps checked (src/story/check-steps.ts). */
export function getStory(): Promise<Story> {
  return (memo ??= getChapters().then((chapters) => {
    const story = buildStory(chapters.map(sourceOf), knownIds(getData()));
    assertSteps(story, stepCheckModel());
    return story;
  }));
}
