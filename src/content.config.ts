/**
 * Chapters: MDX files in the top-level content/ folder, one per chapter.
 * Front matter schema (every field documented; a bad value fails the build with the file and field):
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const chapterSchema = z.object({
  /** Chapter title, shown as the page's h1 and in the chapter list. */
  title: z.string().min(1),
  /** One-sentence standfirst under the title. */
  dek: z.string().min(1),
  /** Position in the story, from 1. Must be unique. */
  order: z.number().int().min(1),
  /** "In this chapter": two to four bullet points for readers who skim. */
  summary: z.array(z.string().min(1)).min(1).max(5),
  /** Short label for navigation and the progress bar (defaults to the title). */
  short: z.string().optional(),
  /** Hide the chapter from the site (work in progress). */
  draft: z.boolean().default(false),
});

export type ChapterData = z.infer<typeof chapterSchema>;

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content' }),
    schema: chapterSchema,
  }),
};
