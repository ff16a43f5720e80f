/**
 * Every reader-facing word of a component or page template comes from the translation table (src/i18n/), so that a
 * language is one more table and no word is written twice. The check reads each .astro template, drops its
 * frontmatter, scripts, styles, comments, {expressions}, tags and entities, and expects no words to be left.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Templates whose long explanatory prose is still written in them, with why. Each is a page about the template's own
 * mechanics whose sentences interleave values computed at build time; a second language moves it into content/pages/
 * (as methods and about already are) or into the table as functions.
 */
const PROSE_PAGES: Record<string, string> = {
  'src/pages/embed/index.astro': 'how to embed: the resizer’s size, the sandbox attribute and the data version inline',
  'src/pages/sources.astro': 'how sources are grouped and tiered, with counts inline',
};

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return templates(p);
    return p.endsWith('.astro') ? [p] : [];
  });
}

/** The words a template writes itself, outside expressions and markup. */
export function literalWords(source: string): string[] {
  let t = source.replace(/^---[\s\S]*?\n---/, '');
  t = t.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  let text = '';
  let depth = 0;
  for (const ch of t) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) text += ch;
  }
  text = text.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#x?[\da-f]+;/gi, ' ');
  return text.match(/\p{L}[\p{L}’']+/gu) ?? [];
}

describe('UI strings', () => {
  it('finds words written in a template (the check itself)', () => {
    expect(literalWords('---\nconst a = 1;\n---\n<p>{t.ui.skipLink}</p><summary>Describe this map</summary>')).toEqual([
      'Describe',
      'this',
      'map',
    ]);
    expect(literalWords('<p class="x">{a ? <b>{b}</b> : c}&nbsp;</p><style>p { color: red }</style>')).toEqual([]);
  });

  it('every component and page takes its words from the translation table', () => {
    const offenders = templates(join(ROOT, 'src'))
      .map((f) => ({ file: relative(ROOT, f), words: literalWords(readFileSync(f, 'utf8')) }))
      .filter((x) => x.words.length > 0 && !(x.file in PROSE_PAGES))
      .map((x) => `${x.file}: ${x.words.slice(0, 8).join(' ')}`);
    expect(offenders).toEqual([]);
  });

  it('the pages still written as prose are the ones listed, with their reason', () => {
    for (const file of Object.keys(PROSE_PAGES))
      expect(literalWords(readFileSync(join(ROOT, file), 'utf8')).length).toBeGreaterThan(0);
  });
});
