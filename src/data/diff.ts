/**
 * What changed between two versions of the data package, row by row and field by field, and which chapters
 * show the changed rows. For newsrooms updating the CSVs: `npm run data:diff` prints it before they publish.
 */
import { TABLE_NAMES, type TableName } from './schema.ts';

type Row = { id: string } & Record<string, unknown>;
export type Tables = Record<TableName, readonly Row[]>;

export interface RowChange {
  table: TableName;
  id: string;
  kind: 'added' | 'removed' | 'changed';
  /** For changed rows: field -> [old, new], as written in the CSV. */
  fields?: Record<string, [string, string]>;
}

const cell = (v: unknown) => (v === undefined || v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));

export function diffData(before: Tables, after: Tables): RowChange[] {
  const out: RowChange[] = [];
  for (const table of TABLE_NAMES) {
    const old = new Map(before[table].map((r) => [r.id, r]));
    const now = new Map(after[table].map((r) => [r.id, r]));
    for (const [id, row] of now) {
      const prev = old.get(id);
      if (!prev) {
        out.push({ table, id, kind: 'added' });
        continue;
      }
      const fields: Record<string, [string, string]> = {};
      for (const k of new Set([...Object.keys(prev), ...Object.keys(row)])) {
        const a = cell(prev[k]);
        const b = cell(row[k]);
        if (a !== b) fields[k] = [a, b];
      }
      if (Object.keys(fields).length) out.push({ table, id, kind: 'changed', fields });
    }
    for (const id of old.keys()) if (!now.has(id)) out.push({ table, id, kind: 'removed' });
  }
  return out;
}

/** Chapters (file name -> MDX source) that reference `table:id` in a Fact or Cite. */
export function chaptersUsing(change: Pick<RowChange, 'table' | 'id'>, chapters: Record<string, string>): string[] {
  const ref = `${change.table}:${change.id}`;
  const re = new RegExp(`["';]${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["';]`);
  return Object.entries(chapters)
    .filter(([, src]) => re.test(src) || (change.table === 'sources' && src.includes(change.id)))
    .map(([file]) => file);
}
