/**
 * Builds the story index from the chapters' MDX text: pure apart from parsing, so it runs in Node and in unit
 * tests on fixtures. src/story/index.ts feeds it the chapters of this build.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DataPackage } from '../data/schema.ts';
import { readChapter, type ChartUse, type KnownIds, type MdxNode, type ReadScrolly, type ReadStep } from './read.ts';
import type { ChartId, MapStepState } from './steps.ts';

export type { ChartUse } from './read.ts';

export interface StoryStep extends ReadStep {
  /** Position in its scrolly, from 0. */
  index: number;
}
export interface StoryScrolly extends ReadScrolly {
  steps: StoryStep[];
  chapter: StoryChapter;
}
export interface StoryChapter {
  slug: string;
  title: string;
  /** The chapter's file, relative to the repository root. */
  file: string;
  scrollies: StoryScrolly[];
  charts: ChartUse[];
}
/** A step of a map scrolly, with where it sits. */
export interface MapStep {
  step: StoryStep & { state: MapStepState };
  scrolly: StoryScrolly;
  chapter: StoryChapter;
}

export interface Story {
  chapters: StoryChapter[];
  /** A scrolly by its id (unique in the story). */
  scrolly(id: string): StoryScrolly;
  /** Every step of every map scrolly, in reading order. */
  mapSteps: MapStep[];
  /** The first chapter that shows a chart, and the id of the element that holds it there. */
  chartUse(id: ChartId): { chapter: StoryChapter; anchor: string } | undefined;
}

/** The ids a step may name, from the data package. */
export function knownIds(data: Pick<DataPackage, 'places' | 'events' | 'routes'>): KnownIds {
  return {
    features: new Set([...data.places, ...data.events, ...data.routes].map((r) => r.id)),
    places: new Set(data.places.map((p) => p.id)),
  };
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** A chapter's MDX parsed as the MDX compiler parses it; front matter blanked so that lines stay the file's own. */
export function parseMdx(text: string): MdxNode {
  const fm = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text);
  const body = fm ? fm[0].replace(/[^\n]/g, '') + text.slice(fm[0].length) : text;
  return parser.parse(body) as MdxNode;
}

/** One chapter file's text, as the story reads it. */
export interface ChapterSource {
  slug: string;
  title: string;
  /** Repository-relative path, for errors. */
  file: string;
  text: string;
}

/** Builds the story from chapter sources (pure apart from parsing; unit-tested on fixtures). */
export function buildStory(sources: readonly ChapterSource[], known: KnownIds): Story {
  const errors: string[] = [];
  const chapters: StoryChapter[] = [];
  const scrollies = new Map<string, StoryScrolly>();
  const steps = new Map<string, StoryStep & { chapter: StoryChapter }>();
  for (const src of sources) {
    const read = readChapter(parseMdx(src.text), src.file, known);
    errors.push(...read.errors);
    const chapter: StoryChapter = {
      slug: src.slug,
      title: src.title,
      file: src.file,
      scrollies: [],
      charts: read.charts,
    };
    for (const s of read.scrollies) {
      const scrolly: StoryScrolly = { ...s, chapter, steps: s.steps.map((st, index) => ({ ...st, index })) };
      const clash = scrollies.get(s.id);
      if (clash)
        errors.push(
          `${s.where} <Scrolly id="${s.id}">: ${clash.where} already has this id; scrolly ids are unique in the story`,
        );
      else scrollies.set(s.id, scrolly);
      for (const st of scrolly.steps) {
        const other = steps.get(st.id);
        if (other && other.where !== st.where)
          errors.push(
            `${st.where} <Step id="${st.id}">: ${other.where} already has this id; step ids are unique in the story (each is a map file and an embed)`,
          );
        else steps.set(st.id, { ...st, chapter });
      }
      chapter.scrollies.push(scrolly);
    }
    chapters.push(chapter);
  }
  if (errors.length)
    throw new Error(
      `The story has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was built.\n  - ${errors.join('\n  - ')}`,
    );
  const mapSteps: MapStep[] = chapters.flatMap((chapter) =>
    chapter.scrollies.flatMap((scrolly) =>
      scrolly.steps.every((s) => s.state.kind === 'map')
        ? scrolly.steps.map((step) => ({ step: step as MapStep['step'], scrolly, chapter }))
        : [],
    ),
  );
  return {
    chapters,
    mapSteps,
    scrolly(id) {
      const s = scrollies.get(id);
      if (!s) throw new Error(`<Scrolly id="${id}"> is not in the story index (is its chapter a draft?).`);
      return s;
    },
    chartUse(id) {
      for (const chapter of chapters) {
        const use = chapter.charts.find((c) => c.chart === id);
        if (use) return { chapter, anchor: use.anchor };
      }
      return undefined;
    },
  };
}
