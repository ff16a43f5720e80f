/**
 * Remark plugin for the chapters: checks every <Fact> and <Cite> against the data package at
 * compile time, so an unknown id fails the build with the chapter file and line, and numbers the
 * citations of a chapter in reading order.
 *
 * It writes, per chapter, into the front matter that Astro hands to the page
 * (`remarkPluginFrontmatter`): `citations` (source ids in note order), `factCount`, `citeCount`.
 * It injects `n` (a per-chapter sequence, for deterministic ids) and, into each <Cite>, `ids` and its `note` number.
 */
import { getData } from './data.ts';
import { resolveFact, getRow, FactError, FACT_FORMATS, type FactFormat } from './facts.ts';

interface JsxAttr {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: JsxAttr[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const LOCALE_FOR_CHECK = 'en-GB';

function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (typeof a.value !== 'string')
    throw new FactError(`attribute ${name} must be a plain string ("…"), not an expression`);
  return a.value;
}
function setAttr(node: Node, name: string, value: string) {
  node.attributes = (node.attributes ?? []).filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

export function remarkFacts() {
  return (tree: Node, file: VFileLike) => {
    const data = getData();
    // One note per distinct set of sources, numbered in reading order.
    const order: string[][] = [];
    const noteFor = (ids: string[]) => {
      const key = ids.join(';');
      let i = order.findIndex((o) => o.join(';') === key);
      if (i < 0) i = order.push(ids) - 1;
      return i + 1;
    };
    let factCount = 0;
    let citeCount = 0;
    const errors: string[] = [];
    const where = (n: Node) =>
      `${file.path ?? 'chapter'}:${n.position?.start.line ?? '?'}:${n.position?.start.column ?? '?'}`;

    walk(tree, (n) => {
      if (n.type !== 'mdxJsxTextElement' && n.type !== 'mdxJsxFlowElement') return;
      try {
        if (n.name === 'Fact') {
          const id = attr(n, 'id');
          if (!id) throw new FactError('<Fact> needs an id="table:row-id"');
          const format = (attr(n, 'format') ?? 'auto') as FactFormat;
          if (!FACT_FORMATS.includes(format))
            throw new FactError(`format "${format}" is unknown; expected one of ${FACT_FORMATS.join(', ')}`);
          const fact = resolveFact(data, id, LOCALE_FOR_CHECK, attr(n, 'field'), format);
          factCount++;
          setAttr(n, 'n', String(factCount));
          // A fact shows its sources on hover/focus; it does not take a note number of its own.
          void fact;
        } else if (n.name === 'Cite') {
          const sources =
            attr(n, 'sources')
              ?.split(';')
              .map((s) => s.trim())
              .filter(Boolean) ?? [];
          const of =
            attr(n, 'of')
              ?.split(';')
              .map((s) => s.trim())
              .filter(Boolean) ?? [];
          if (!sources.length && !of.length)
            throw new FactError('<Cite> needs sources="source-id;…" or of="table:row-id;…"');
          const ids = new Set<string>();
          for (const s of sources) ids.add(getRow(data, `sources:${s}`).id);
          for (const ref of of) for (const s of getRow(data, ref).row.source_ids ?? []) ids.add(s);
          citeCount++;
          setAttr(n, 'ids', [...ids].join(';'));
          const before = order.length;
          setAttr(n, 'note', String(noteFor([...ids])));
          // The first citation of a note carries the id that the note's back-link targets.
          if (order.length > before) setAttr(n, 'first', 'true');
        }
      } catch (e) {
        if (!(e instanceof FactError)) throw e;
        const src =
          n.attributes?.map((a) => (typeof a.value === 'string' ? ` ${a.name}="${a.value}"` : '')).join('') ?? '';
        errors.push(`${where(n)} <${n.name}${src}>: ${e.message}`);
      }
    });
    if (errors.length)
      throw new Error(`Unknown or invalid facts in a chapter; nothing was built.\n  - ${errors.join('\n  - ')}`);
    const fm = ((file.data.astro ??= {}).frontmatter ??= {});
    Object.assign(fm, { citations: order, factCount, citeCount });
  };
}
