/**
 * The sections of a page in content/pages/: its `<h2 id="…">` elements, which its contents list shows. Apart from
 * src/lib/pages.ts so that it runs outside Astro (unit tests).
 */
import { parseMdx } from '../story/build.ts';
import type { MdxNode } from '../story/read.ts';

export interface Section {
  id: string;
  heading: string;
}

const text = (n: MdxNode): string =>
  n.type === 'text' ? String((n as { value?: unknown }).value ?? '') : (n.children ?? []).map(text).join('');

/** The `<h2 id="…">` sections of an MDX body, in order. Pure apart from parsing. */
export function sectionsOf(body: string): Section[] {
  const out: Section[] = [];
  const visit = (n: MdxNode) => {
    // On a line of its own with its text, `<h2 id="x">Text</h2>` parses as a text element in a paragraph (MDX then
    // renders it without the paragraph).
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'h2') {
      const id = n.attributes?.find((a) => a.name === 'id')?.value;
      if (typeof id === 'string') out.push({ id, heading: text(n).trim() });
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(parseMdx(body));
  return out;
}
