/**
 * Reads what a chapter's MDX declares: its scrollies and their steps (with their graphics' states) and its charts,
 * and checks every chapter component's attributes against its schema (src/story/schema.ts). One function for both
 * places that read a chapter: the story index (src/story/index.ts), which parses the .mdx files itself, and the
 * remark plugin that compiles them (src/lib/remark-facts.ts), so an error is the same wherever it is found first.
 * Pure: the ids the steps may name come in as `known`.
 */
import { resolveMapState } from '../map/state.ts';
import { literalValue, LiteralError } from '../lib/mdx-literal.ts';
import { nearMiss } from '../lib/near-miss.ts';
import { COMPONENT_PROPS } from './schema.ts';
import { describeIssues } from './problems.ts';
import type { ChartId, ChartStepState, StepState } from './steps.ts';

/** The mdast (with MDX) nodes that the reader looks at. */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
  data?: unknown;
}

/** Where something is written: "content/02-x.mdx:41:1". */
export type Where = string;

export interface ReadStep {
  id: string;
  state: StepState;
  where: Where;
}
export interface ReadScrolly {
  id: string;
  label: string;
  /** What the sticky panel holds: the `graphic` prop, else the kind of the first step. */
  graphic: StepState['kind'];
  steps: ReadStep[];
  /** When every step shows the same chart (with its own emphasis): that chart, drawn once in the panel. */
  sharedChart?: ChartStepState;
  where: Where;
}
/** A chart the chapter shows, and the id of the element that holds it (a <Chart>'s own, or its <Scrolly>'s). */
export interface ChartUse {
  chart: ChartId;
  anchor: string;
}
export interface ReadChapter {
  scrollies: ReadScrolly[];
  charts: ChartUse[];
  /** One line per problem, "file:line:column <Step id="x">: what is wrong"; empty when the chapter is sound. */
  errors: string[];
  /** Position of the first problem (where Astro's MDX error overlay points). */
  first?: { line: number; column: number };
}

/** Ids that step states may name, from the data package. */
export interface KnownIds {
  /** Places, events and routes: what a map step may highlight. */
  features: ReadonlySet<string>;
  /** Places: what a locator marks. */
  places: ReadonlySet<string>;
}

type Props = Record<string, unknown>;

/** The attributes of an element as a value to check: strings as strings, `state={{…}}` as its literal value. */
function attributes(n: MdxNode): { props: Props; problems: string[] } {
  const props: Props = {};
  const problems: string[] = [];
  for (const a of n.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      problems.push('spread attributes ({...x}) are not allowed; write each attribute');
      continue;
    }
    if (typeof a.value === 'string') props[a.name] = a.value;
    else if (a.value === null || a.value === undefined) props[a.name] = true;
    else {
      const estree = (a.value as { data?: { estree?: { type: string } } }).data?.estree;
      if (n.name !== 'Step' || a.name !== 'state') {
        problems.push(`${a.name} must be a plain string ("…"), not an expression`);
        continue;
      }
      try {
        props[a.name] = estree ? literalValue(estree) : undefined;
      } catch (e) {
        if (!(e instanceof LiteralError)) throw e;
        problems.push(`state must be a literal value: ${e.message}`);
      }
    }
  }
  return { props, problems };
}

const asStrings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** What a parsed step state names that is not in the data, or cannot be drawn. */
function stateProblems(state: StepState, known: KnownIds): string[] {
  const problems: string[] = [];
  const unknownId = (what: string, id: string, ids: ReadonlySet<string>, files: string) => {
    if (ids.has(id)) return;
    const near = nearMiss(id, ids);
    problems.push(`${what} "${id}" is not an id in ${files}${near ? ` (did you mean "${near}"?)` : ''}`);
  };
  if (state.kind === 'map') {
    try {
      resolveMapState(state);
    } catch (e) {
      problems.push(`state: ${(e as Error).message.replace(/^Map step: /, '').replace(/\.$/, '')}`);
    }
    for (const id of asStrings(state.highlight))
      unknownId('state.highlight', id, known.features, 'data/places.csv, events.csv or routes.csv');
  } else if (state.kind === 'locator') {
    for (const id of asStrings(state.places)) unknownId('state.places', id, known.places, 'data/places.csv');
  }
  return problems;
}

function walk(node: MdxNode, visit: (n: MdxNode, parent?: MdxNode) => void, parent?: MdxNode) {
  visit(node, parent);
  for (const c of node.children ?? []) walk(c, visit, node);
}

const isElement = (n: MdxNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** "<Step id="moei-2">", as the author wrote it, for error lines. */
function tag(n: MdxNode): string {
  const id = n.attributes?.find((a) => a.name === 'id')?.value;
  return `<${n.name}${typeof id === 'string' ? ` id="${id}"` : ''}>`;
}

/**
 * Reads one chapter's tree. `file` is how errors name the chapter (a repository-relative path); `lineOffset` is
 * added to the tree's line numbers (for a tree parsed from the body without its front matter).
 */
export function readChapter(tree: MdxNode, file: string, known: KnownIds, lineOffset = 0): ReadChapter {
  const out: ReadChapter = { scrollies: [], charts: [], errors: [] };
  const whereOf = (n: MdxNode): Where => {
    const p = n.position?.start;
    return `${file}:${p ? p.line + lineOffset : '?'}:${p?.column ?? '?'}`;
  };
  const fail = (n: MdxNode, problem: string) => {
    const p = n.position?.start;
    out.first ??= p && { line: p.line + lineOffset, column: p.column };
    for (const line of problem.split('\n')) out.errors.push(`${whereOf(n)} ${tag(n)}: ${line}`);
  };
  /** The element's props when they match its schema, else undefined (the problems are recorded). */
  const checked = (n: MdxNode): Props | undefined => {
    const schema = COMPONENT_PROPS[n.name as keyof typeof COMPONENT_PROPS];
    if (!schema) return undefined;
    const { props, problems } = attributes(n);
    for (const p of problems) fail(n, p);
    const result = schema.safeParse(props);
    if (!result.success) {
      for (const p of describeIssues(schema, props, result.error.issues)) fail(n, p);
      return undefined;
    }
    return problems.length ? undefined : (result.data as Props);
  };
  const usesChart = (chart: ChartId, anchor: string) => {
    if (!out.charts.some((c) => c.chart === chart)) out.charts.push({ chart, anchor });
  };

  walk(tree, (n, parent) => {
    if (!isElement(n)) return;
    if (n.name === 'Step') {
      if (parent?.name !== 'Scrolly') fail(n, 'a <Step> belongs directly inside a <Scrolly>');
      return; // checked with its scrolly
    }
    if (n.name === 'Chart') {
      const props = checked(n);
      if (props) usesChart(props['id'] as ChartId, `chart-${String(props['id'])}`);
      return;
    }
    if (n.name !== 'Scrolly') {
      checked(n);
      return;
    }
    const props = checked(n);
    const steps: ReadStep[] = [];
    for (const c of (n.children ?? []).filter((x) => isElement(x) && x.name === 'Step')) {
      const step = checked(c);
      if (!step) continue;
      const state = step['state'] as StepState;
      const problems = stateProblems(state, known);
      for (const p of problems) fail(c, p);
      if (problems.length) continue;
      const id = step['id'] as string;
      if (steps.some((s) => s.id === id))
        fail(c, `a step above already has the id "${id}"; step ids are URL fragments`);
      else steps.push({ id, state, where: whereOf(c) });
    }
    if (!props) return;
    if (!(n.children ?? []).some((x) => isElement(x) && x.name === 'Step')) {
      fail(n, 'a <Scrolly> needs at least one <Step> inside');
      return;
    }
    const first = steps[0]?.state;
    if (!first) return;
    const graphic = (props['graphic'] as StepState['kind'] | undefined) ?? first.kind;
    const sharedChart =
      first.kind === 'chart' && steps.every((s) => s.state.kind === 'chart' && s.state.chart === first.chart)
        ? first
        : undefined;
    for (const s of steps) if (s.state.kind === 'chart') usesChart(s.state.chart, props['id'] as string);
    out.scrollies.push({
      id: props['id'] as string,
      label: props['label'] as string,
      graphic,
      steps,
      ...(sharedChart && { sharedChart }),
      where: whereOf(n),
    });
  });
  return out;
}
