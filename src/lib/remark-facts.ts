/**
 * Remark plugin for the chapters: checks every <Fact> and <Cite> against the data package at compile time, so an
 * unknown id fails the build with the chapter file and line, and numbers the citations of a chapter in reading
 * order. Every capitalised element must be one of the chapter components (src/lib/chapter-components.ts) or defined
 * by the chapter itself (an MDX import or export). The components' props and the steps' states are checked by the
 * story reader (src/story/read.ts, against src/story/schema.ts), the same function the story index uses, so an
 * error reads the same wherever it is met first.
 *
 * It writes, per chapter, into the front matter that Astro hands to the page (`remarkPluginFrontmatter`):
 * `citations` (source ids in note order), `factCount` and `citeCount`. It injects `ids`, the `note` number and
 * `first` into each <Cite>.
 */
import { isAbsolute, relative } from 'node:path';
import { knownIds } from '../story/build.ts';
import { readChapter, type MdxNode } from '../story/read.ts';
import { CHAPTER_COMPONENTS } from './chapter-components.ts';
import { getData } from './data.ts';
import { resolveFact, getRow, FactError, FACT_FORMATS, type FactFormat } from './facts.ts';
import { nearMiss } from './near-miss.ts';
import { site } from './site.ts';

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
  /** On `mdxjsEsm` nodes, `estree`: the program of the import or export. */
  data?: unknown;
}
/** The few ESTree shapes that localNames reads. */
interface EsNode {
  type: string;
  name?: string;
  id?: EsNode | null;
  local?: EsNode;
  key?: EsNode;
  init?: EsNode | null;
  specifiers?: EsNode[];
  declaration?: EsNode | null;
  declarations?: EsNode[];
  properties?: EsNode[];
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

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

/**
 * Component names that a chapter defines itself: its MDX imports and exports, and the keys of an exported
 * `components` object (which Astro's MDX passes on).
 */
function localNames(tree: Node): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    const program = (node.data as { estree?: { body?: EsNode[] } } | undefined)?.estree;
    for (const st of program?.body ?? []) {
      for (const sp of st.type === 'ImportDeclaration' ? (st.specifiers ?? []) : [])
        if (sp.local?.name) names.add(sp.local.name);
      const decl = st.type === 'ExportNamedDeclaration' ? st.declaration : undefined;
      if (decl?.id?.name) names.add(decl.id.name);
      for (const d of decl?.declarations ?? []) {
        if (d.id?.name) names.add(d.id.name);
        if (d.id?.name === 'components' && d.init?.type === 'ObjectExpression')
          for (const p of d.init.properties ?? []) if (p.key?.name) names.add(p.key.name);
      }
    }
  }
  return names;
}

const COMPONENT_LIST = CHAPTER_COMPONENTS.map((c) => `<${c}>`).join(', ');

/**
 * Why a JSX element name is not one a chapter can use, or undefined when it is. Lower-case names are HTML, except
 * a lower-cased chapter component (<fact>), which would silently render as an unknown HTML element.
 */
function componentProblem(name: string, local: Set<string>): string | undefined {
  const root = name.split('.')[0]!;
  const isComponent = /^[A-Z]/.test(root) || name.includes('.');
  // Astro's MDX provides <Fragment> to every file.
  if (
    isComponent &&
    (local.has(root) || root === 'Fragment' || (CHAPTER_COMPONENTS as readonly string[]).includes(name))
  )
    return undefined;
  const near = name.includes('.') ? undefined : nearMiss(name, CHAPTER_COMPONENTS);
  if (!isComponent && near?.toLowerCase() !== name.toLowerCase()) return undefined;
  return `there is no component <${name}>; a chapter can use ${COMPONENT_LIST}${near ? ` (did you mean <${near}>?)` : ''}`;
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
    let first: { line: number; column: number } | undefined;
    const local = localNames(tree);
    // The chapter as the reader of the terminal knows it: relative to the repository root when it is inside it.
    const rel = file.path && isAbsolute(file.path) ? relative(process.cwd(), file.path) : file.path;
    const chapter = rel && !rel.startsWith('..') ? rel : (file.path ?? 'chapter');
    const where = (n: Node) => {
      first ??= n.position?.start;
      return `${chapter}:${n.position?.start.line ?? '?'}:${n.position?.start.column ?? '?'}`;
    };
    // Props and step states (src/story/read.ts); a component whose props are wrong gets no further check here.
    const read = readChapter(tree as MdxNode, chapter, knownIds(data));
    errors.push(...read.errors);
    first = read.first;

    walk(tree, (n) => {
      if (n.type !== 'mdxJsxTextElement' && n.type !== 'mdxJsxFlowElement') return;
      try {
        const problem = n.name ? componentProblem(n.name, local) : undefined;
        if (problem) throw new FactError(problem);
        if (n.name === 'Fact') {
          const id = attr(n, 'id');
          if (!id) return; // reported by the story reader
          const format = (attr(n, 'format') ?? 'auto') as FactFormat;
          if (!FACT_FORMATS.includes(format))
            throw new FactError(`format "${format}" is unknown; expected one of ${FACT_FORMATS.join(', ')}`);
          // A fact shows its sources on hover/focus; it does not take a note number of its own.
          resolveFact(data, id, site.locale, attr(n, 'field'), format);
          factCount++;
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
    if (errors.length) {
      const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
      // `line` and `column` (of the first error) are where Astro's MDX plugin looks for the error's location.
      throw Object.assign(
        new Error(`The chapter ${chapter} has ${count}; nothing was built.\n  - ${errors.join('\n  - ')}`),
        first,
      );
    }
    const fm = ((file.data.astro ??= {}).frontmatter ??= {});
    Object.assign(fm, { citations: order, factCount, citeCount });
  };
}
