/**
 * Two collections of MDX in content/ (every front matter field documented; a bad value fails the build with the
 * file and field):
 * - chapters: the MDX files directly in content/, one per chapter, in the story index (src/story/);
 * - pages: content/pages/<id>.mdx, the text of a page around the story (methods, about), which a fork rewrites;
 *   they use <Fact> and <Cite> like chapters (the remark plugin checks them) but are never part of the story.
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

export const pageSchema = z.strictObject({
  /** Page title: the h1 and the title in the browser tab. */
  title: z.string().min(1),
  /** One sentence for search results and link previews (`<meta name="description">`). */
  description: z.string().min(1),
  /** Standfirst under the title. */
  dek: z.string().min(1),
  /** Show a contents list of the page's <h2 id="…"> sections under the dek. Default: no. */
  toc: z.boolean().default(false),
});

export type PageData = z.infer<typeof pageSchema>;

export const collections = {
  // Only the top level: content/pages/ is not a chapter.
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content' }),
    schema: chapterSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: pageSchema,
  }),
};
