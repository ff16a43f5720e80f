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
import { buildStory, knownIds, type ChapterSource, type Story } from './build.ts';

export type { ChapterSource, MapStep, Story, StoryChapter, StoryScrolly, StoryStep } from './build.ts';
export type { ChartUse } from './read.ts';

function sourceOf(c: Chapter): ChapterSource {
  const path = resolve(c.filePath ?? `content/${c.id}.mdx`);
  return { slug: c.slug, title: c.data.title, file: relative(process.cwd(), path), text: readFileSync(path, 'utf8') };
}

let memo: Promise<Story> | undefined;

/** The story of this build, read once. */
export function getStory(): Promise<Story> {
  return (memo ??= getChapters().then((chapters) => buildStory(chapters.map(sourceOf), knownIds(getData()))));
}
