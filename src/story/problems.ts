/**
 * Zod issues in a chapter author's words: where in the value (`state.view.bbox[2]`), what was found, what was
 * expected, and the likely typo ("did you mean layers?"). Used by the story reader for step states and component
 * props; pure.
 */
import type { z } from 'zod';
import { nearMiss } from '../lib/near-miss.ts';

type Key = PropertyKey;
type Schema = z.ZodType;

/** `state.view.bbox[2]` from ['state', 'view', 'bbox', 2]. */
export function pathText(path: readonly Key[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function valueAt(value: unknown, path: readonly Key[]): unknown {
  let v = value;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<Key, unknown>)[k] : undefined;
  return v;
}

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  items?: Schema[];
  options?: Schema[];
}
const defOf = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema that applies at `path` inside `value`, following optional wrappers, arrays, tuples and unions. */
function schemaAt(schema: Schema, value: unknown, path: readonly Key[]): Schema | undefined {
  let s: Schema | undefined = schema;
  let v = value;
  const unwrap = () => {
    for (;;) {
      const d: Def | undefined = s && defOf(s);
      if (d?.innerType) s = d.innerType;
      else if (d?.type === 'union' && d.options) {
        const kind = v && typeof v === 'object' ? (v as Record<string, unknown>)['kind'] : undefined;
        s = d.options.find((o) => defOf(o).shape?.['kind'] && literalOf(defOf(o).shape!['kind']!) === kind);
      } else return;
    }
  };
  unwrap();
  for (const k of path) {
    const d: Def | undefined = s && defOf(s);
    if (!d) return undefined;
    if (d.shape) s = d.shape[String(k)];
    else if (d.element) s = d.element;
    else if (d.items) s = d.items[Number(k)];
    else return undefined;
    v = v && typeof v === 'object' ? (v as Record<Key, unknown>)[k] : undefined;
    unwrap();
  }
  return s;
}

function literalOf(s: Schema): unknown {
  const d = defOf(s) as Def & { values?: unknown[] };
  return d.values?.[0];
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/**
 * Every issue of a failed parse, one line each: "state.layer: there is no key layer here (did you mean layers?);
 * the keys are kind, view, layers, highlight, dates".
 */
export function describeIssues(
  schema: Schema,
  value: unknown,
  issues: readonly z.core.$ZodIssue[],
  root = '',
): string[] {
  return issues.map((issue) => {
    const where = pathText(root ? [root, ...issue.path] : issue.path);
    const at = where ? `${where}: ` : '';
    if (issue.code === 'unrecognized_keys') {
      const shape = defOf(schemaAt(schema, value, issue.path) ?? schema).shape ?? {};
      const known = Object.keys(shape);
      return issue.keys
        .map((k) => {
          const near = nearMiss(k, known);
          return `${at}there is no key "${k}" here${near ? ` (did you mean "${near}"?)` : ''}; the keys are ${known.join(', ')}`;
        })
        .join('\n');
    }
    const found = valueAt(value, issue.path);
    if (issue.code === 'invalid_value') {
      const choices = issue.values.map(String);
      if (found === undefined) return `${at}missing; expected one of ${choices.join(', ')}`;
      const near = typeof found === 'string' ? nearMiss(found, choices) : undefined;
      return `${at}${show(found)} is not one of ${choices.join(', ')}${near ? ` (did you mean "${near}"?)` : ''}`;
    }
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      const options = (issue as { options?: unknown[] }).options ?? [];
      return `${at}${show(found)} is not a kind; expected one of ${options.join(', ')}`;
    }
    if (issue.code === 'invalid_type' && found === undefined) return `${at}missing; expected ${issue.expected}`;
    return `${at}${issue.message.replace(/^Invalid input: /, '')}${found !== undefined ? ` (found ${show(found)})` : ''}`;
  });
}
