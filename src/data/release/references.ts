/**
 * References from the MDX in content/ (chapters and pages) to rows of the data: every <Fact id="table:row"> and
 * <Cite of="table:row;…" sources="id;…"> must name a row that exists (and a Fact a field that has a value). The
 * build checks the same in the remark plugin (src/lib/remark-facts.ts), but only once it compiles the chapter;
 * here `npm run data:check` reports a removed or renamed row with the .mdx file, line and column of the element,
 * in the same words (src/lib/facts.ts), before a build is started.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FACT_FORMATS, FactError, getRow, resolveFact, type FactFormat } from '../../lib/facts.ts';
import { parseMdx } from '../../story/build.ts';
import type { MdxNode } from '../../story/read.ts';
import type { DataPackage } from '../schema.ts';
import type { DataError } from '../validate.ts';

/** Every .mdx file under `dir`, sorted. */
export function mdxFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: false }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f))
    .sort();
}

const attr = (n: MdxNode, name: string) => {
  const a = n.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const list = (s: string | undefined) =>
  (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/** The reference errors of one MDX text; `file` is how errors name it. Pure apart from parsing. */
export function checkReferencesIn(text: string, file: string, data: DataPackage, locale: string): DataError[] {
  const errors: DataError[] = [];
  const visit = (n: MdxNode) => {
    if (
      (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
      (n.name === 'Fact' || n.name === 'Cite')
    ) {
      const at = { file, line: n.position?.start.line, char: n.position?.start.column };
      const fail = (value: string, e: unknown) => {
        if (!(e instanceof FactError)) throw e;
        errors.push({
          ...at,
          value,
          message: `${e.message}, so <${n.name}> cannot show it: restore the row, or change the text to name another`,
        });
      };
      if (n.name === 'Fact') {
        const id = attr(n, 'id');
        if (id) {
          const format = attr(n, 'format') as FactFormat | undefined;
          try {
            resolveFact(data, id, locale, attr(n, 'field'), format && FACT_FORMATS.includes(format) ? format : 'auto');
          } catch (e) {
            fail(id, e);
          }
        }
      } else {
        for (const ref of list(attr(n, 'of')))
          try {
            getRow(data, ref);
          } catch (e) {
            fail(ref, e);
          }
        for (const s of list(attr(n, 'sources')))
          try {
            getRow(data, `sources:${s}`);
          } catch (e) {
            fail(s, e);
          }
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(parseMdx(text));
  return errors;
}

/** The reference errors of every .mdx file under `contentDir`, named relative to `root`. */
export function checkReferences(contentDir: string, data: DataPackage, locale: string, root = process.cwd()) {
  return mdxFiles(contentDir).flatMap((path) =>
    checkReferencesIn(readFileSync(path, 'utf8'), relative(root, path), data, locale),
  );
}
