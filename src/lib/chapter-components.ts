/**
 * The components a chapter (content/*.mdx) can use: ChapterBody.astro passes exactly these to every chapter's
 * MDX (its `components` object is checked against this list), and the remark plugin (remark-facts.ts) refuses
 * any other capitalised element at compile time, with the chapter file and line. Adding a component means
 * adding it here and in ChapterBody.astro.
 */
export const CHAPTER_COMPONENTS = ['Fact', 'Cite', 'Scrolly', 'Step', 'Chart'] as const;
export type ChapterComponent = (typeof CHAPTER_COMPONENTS)[number];
