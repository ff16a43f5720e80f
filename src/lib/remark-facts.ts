/**
 * Remark plugin for the chapters: checks every <Fact> and <Cite> against the data package at
 * compile time, so an unknown id fails the build with the chapter file and line, and numbers the
 * citations of a chapter in reading order. It checks the rest of what a chapter names in the same way:
 * every capitalised element must be one of the chapter components (src/lib/chapter-components.ts) or
 * defined by the chapter itself (an MDX import or export); a <Chart> id and a step's chart must be in the
 * chart registry; a map step must be drawable and highlight only ids of data/places.csv, events.csv or
 * routes.csv; a locator step must mark only places of data/places.csv.
 *
 * It writes, per chapter, into the front matter that Astro hands to the page
 * (`remarkPluginFrontmatter`): `citations` (source ids in note order), `factCount`, `citeCount`, and
 * `mapViews`: every map <Scrolly> with its label and its steps' states, which the embed pages use to
 * offer each map view on its own.
 * It injects `n` (a per-chapter sequence, for deterministic ids) and, into each <Cite>, `ids` and its `note` number.
 */
import { isAbsolute, relative } from 'node:path';
import type { DataPackage } from '../data/schema.ts';
import { resolveMapState } from '../map/state.ts';
import { CHAPTER_COMPONENTS } from './chapter-components.ts';
import { getData } from './data.ts';
import { resolveFact, getRow, FactError, FACT_FORMATS, type FactFormat } from './facts.ts';
import { literalValue, LiteralError } from './mdx-literal.ts';
import { nearMiss } from './near-miss.ts';
import { parseState } from './scrolly.ts';
import { CHART_IDS, type ChartId, type MapStepState, type StepState } from './steps.ts';

/** A map scrollytelling section of a chapter, as the embed pages list it. */
export interface MapView {
  /** The <Scrolly> id (unique within its chapter). */
  scrolly: string;
  /** The <Scrolly> label: the map's accessible name. */
  label: string;
  steps: { id: string; state: MapStepState }[];
}

/** A chart the chapter shows, and the id of the element that holds it (a <Chart>'s own, or its <Scrolly>'s). */
export interface ChartUse {
  chart: ChartId;
  anchor: string;
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

const CHART_LIST = `the charts are ${CHART_IDS.join(', ')}`;

function chartProblem(id: unknown): string | undefined {
  if (typeof id === 'string' && (CHART_IDS as readonly string[]).includes(id)) return undefined;
  const near = typeof id === 'string' ? nearMiss(id, CHART_IDS) : undefined;
  return `there is no chart ${JSON.stringify(id)}; ${CHART_LIST}${near ? ` (did you mean "${near}"?)` : ''}`;
}

/** The ids that a step state may name, from the data package. */
function stateIds(data: DataPackage) {
  return {
    features: new Set([...data.places, ...data.events, ...data.routes].map((r) => r.id)),
    places: new Set(data.places.map((p) => p.id)),
  };
}

const asList = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/** Everything wrong with a step state that the page would otherwise fail on at render time, without the file. */
function stateProblems(state: StepState, ids: ReturnType<typeof stateIds>): string[] {
  const problems: string[] = [];
  const unknownId = (what: string, id: unknown, known: Set<string>, where: string) => {
    if (typeof id === 'string' && known.has(id)) return;
    const near = typeof id === 'string' ? nearMiss(id, known) : undefined;
    problems.push(`${what} ${JSON.stringify(id)} is not an id in ${where}${near ? ` (did you mean "${near}"?)` : ''}`);
  };
  if (state.kind === 'chart') {
    const p = chartProblem(state.chart);
    if (p) problems.push(p);
  } else if (state.kind === 'map') {
    if (!state.view || typeof state.view !== 'object')
      problems.push('a map state needs view: { bbox: [west, south, east, north] }');
    else
      try {
        resolveMapState(state);
      } catch (e) {
        problems.push((e as Error).message.replace(/^Map step: /, '').replace(/\.$/, ''));
      }
    const highlight = state.highlight === undefined ? [] : asList(state.highlight);
    if (!highlight) problems.push("highlight must be a list of ids, like ['myawaddy']");
    for (const id of highlight ?? [])
      unknownId('highlight', id, ids.features, 'data/places.csv, events.csv or routes.csv');
  } else if (state.kind === 'locator') {
    const places = asList(state.places);
    if (!places) problems.push("a locator state needs places: ['place-id', …]");
    for (const id of places ?? []) unknownId('place', id, ids.places, 'data/places.csv');
  }
  return problems;
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
    const charts: ChartUse[] = [];
    const usesChart = (chart: ChartId, anchor: string) => {
      if (!charts.some((c) => c.chart === chart)) charts.push({ chart, anchor });
    };
    const errors: string[] = [];
    let first: { line: number; column: number } | undefined;
    const local = localNames(tree);
    const ids = stateIds(data);
    // The chapter as the reader of the terminal knows it: relative to the repository root when it is inside it.
    const rel = file.path && isAbsolute(file.path) ? relative(process.cwd(), file.path) : file.path;
    const chapter = rel && !rel.startsWith('..') ? rel : (file.path ?? 'chapter');
    const where = (n: Node) => {
      first ??= n.position?.start;
      return `${chapter}:${n.position?.start.line ?? '?'}:${n.position?.start.column ?? '?'}`;
    };

    walk(tree, (n) => {
      if (n.type !== 'mdxJsxTextElement' && n.type !== 'mdxJsxFlowElement') return;
      try {
        const problem = n.name ? componentProblem(n.name, local) : undefined;
        if (problem) throw new FactError(problem);
        if (n.name === 'Chart') {
          const id = attr(n, 'id');
          if (!id) throw new FactError(`<Chart> needs an id, one of ${CHART_IDS.join(', ')}`);
          const p = chartProblem(id);
          if (p) throw new FactError(p);
          // Chart.astro gives a chart placed on its own the id chart-<id>.
          usesChart(id as ChartId, `chart-${id}`);
        } else if (n.name === 'Fact') {
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
              const state = stepState(c);
              for (const p of stateProblems(state, ids)) errors.push(`${where(c)} <Step id="${id}">: ${p}`);
              return { id, state };
            } catch (e) {
              if (!(e instanceof FactError)) throw e;
              errors.push(`${where(c)} <Step id="${id}">: ${e.message}`);
              return { id, state: undefined };
            }
          });
          for (const x of states) if (x.state?.kind === 'chart') usesChart(x.state.chart, attr(n, 'id') ?? '');
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
    if (errors.length) {
      const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
      // `line` and `column` (of the first error) are where Astro's MDX plugin looks for the error's location.
      throw Object.assign(
        new Error(`The chapter ${chapter} has ${count}; nothing was built.\n  - ${errors.join('\n  - ')}`),
        first,
      );
    }
    const fm = ((file.data.astro ??= {}).frontmatter ??= {});
    Object.assign(fm, { citations: order, factCount, citeCount, mapViews, charts });
  };
}
