/**
 * The pages whose text lives in content/pages/ (methods, about): read by id, with the sections their contents list
 * shows. A section is an `<h2 id="…">` written in the MDX (a Markdown heading would get an id made from its words,
 * and links such as /methods/#errors would break whenever a heading is reworded).
 */
import { getEntry, type CollectionEntry } from 'astro:content';

export { sectionsOf, type Section } from './page-sections.ts';

export type Page = CollectionEntry<'pages'>;

/** The page content/pages/<id>.mdx; a missing file fails the build naming it. */
export async function getPage(id: string): Promise<Page> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing; the page /${id}/ is made from it`);
  return page;
}
