/**
 * The serif web font's files (from @fontsource, shipped with the site; cut at build time by
 * src/integrations/font-subset.ts). Fonts.astro declares them; the boot script (src/lib/boot.ts) prefetches them
 * after a first visit's first paint, for the pages that follow.
 */
import serif from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2?url';
import serifItalic from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2?url';

export const SERIF_URL: string = serif;
export const SERIF_ITALIC_URL: string = serifItalic;
