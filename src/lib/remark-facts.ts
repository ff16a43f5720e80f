/**
 * Remark plugin for the chapters: checks every <Fact> and <Cite> against the data package at
 * compile time, so an unknown id fails the build with the chapter file and line, and numbers the
 * citations of a chapter in reading order.
 *
 * It writes, per chapter, into the front matter that Astro hands to the page
 * (`remarkPluginFrontmatter`): `citations` (source ids in note order), `factCount`, `citeCount`, and
 * `mapViews`: every map <Scrolly> with its label and its steps' states, which the embed pages use to
 * offer each map view on its own.
 * It injects `n` (a per-chapter sequence, for deterministic ids) and, into each <Cite>, `ids` and its `note` number.
 */
import { getData } from './data.ts';
import { resolveFact, getRow, FactError, FACT_FORMATS, type FactFormat } from './facts.ts';
import { literalValue, LiteralError } from './mdx-literal.ts';
import { parseState } from './scrolly.ts';
import type { MapStepState } from './steps.ts';

/** A map scrollytelling section of a chapter, as the embed pages list it. */
export interface MapView {
  /** The <Scrolly> id (unique within its chapter). */
  scrolly: string;
  /** The <Scrolly> label: the map's accessible name. */
  label: string;
  steps: { id: string; state: MapStepState }[];
}

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

/** The literal `state={{…}}` of a <Step>, checked as a step state. */
function stepState(node: Node) {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === 'state');
  const estree = (a?.value as { data?: { estree?: { type: string } } } | undefined)?.data?.estree;
  if (!estree) throw new FactError('<Step> needs a state={{ kind: … }} expression');
  let value: unknown;
  try {
    value = literalValue(estree);
  } catch (e) {
    if (e instanceof LiteralError) throw new FactError(`state must be a literal value: ${e.message}`);
    throw e;
  }
  const state = parseState(JSON.stringify(value));
  if (!state) throw new FactError('state needs kind: "map", "chart" or "locator"');
  return state;
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
    const mapViews: MapView[] = [];
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
        } else if (n.name === 'Scrolly') {
          const steps = (n.children ?? []).filter((c) => c.name === 'Step');
          const states = steps.map((c) => {
            const id = attr(c, 'id') ?? '';
            try {
              return { id, state: stepState(c) };
            } catch (e) {
              if (!(e instanceof FactError)) throw e;
              errors.push(`${where(c)} <Step id="${id}">: ${e.message}`);
              return { id, state: undefined };
            }
          });
          if (states.length && states.every((x) => x.state?.kind === 'map'))
            mapViews.push({
              scrolly: attr(n, 'id') ?? '',
              label: attr(n, 'label') ?? '',
              steps: states.map((x) => ({ id: x.id, state: x.state as MapStepState })),
            });
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
    Object.assign(fm, { citations: order, factCount, citeCount, mapViews });
  };
}
