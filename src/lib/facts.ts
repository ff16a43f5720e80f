/**
 * Fact lookup: turns a reference such as `events:kk-park-raid-2025-10` plus a field into the
 * formatted text shown in prose, with the sources behind it. Used by <Fact> at render time and by
 * the remark plugin at compile time (which reports an unknown id with the chapter file and line).
 */
import type { DataPackage, TableName } from '../data/schema.ts';
import { TABLE_NAMES } from '../data/schema.ts';
import { rowIndex, stats, type AnyRow } from './data.ts';
import { formatDate, formatLarge, formatNumber, type DatePrecision } from './format.ts';

export type FactTable = TableName | 'stats';
export const FACT_FORMATS = ['auto', 'number', 'large', 'date', 'month', 'year', 'text'] as const;
export type FactFormat = (typeof FACT_FORMATS)[number];

/** The field shown when a <Fact> names none. */
export const DEFAULT_FIELD: Record<FactTable, string> = {
  sources: 'title',
  places: 'name',
  events: 'date',
  people: 'name',
  organizations: 'name',
  routes: 'count',
  series: 'value',
  stats: 'value',
};

const DATE_FIELDS = new Set(['date', 'published', 'accessed', 'status_date', 'first_reported']);

export interface ResolvedFact {
  table: FactTable;
  id: string;
  field: string;
  /** Text as shown to readers. */
  text: string;
  /** Machine-readable value (ISO date for <time>, number as string). */
  value: string;
  isDate: boolean;
  sourceIds: string[];
}

export class FactError extends Error {}

/**
 * A name as prose uses it: without the trailing aside the data keeps for precision
 * ("Chen Zhi (Vincent)" -> "Chen Zhi"). `format="text"` shows the full name.
 */
export function shortName(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '') || name;
}

export function parseRef(ref: string): { table: FactTable; id: string } {
  const i = ref.indexOf(':');
  const table = ref.slice(0, i) as FactTable;
  const id = ref.slice(i + 1);
  if (i < 1 || !id) throw new FactError(`expected "table:id", like "events:kk-park-raid-2025-10", but found "${ref}"`);
  if (table !== 'stats' && !TABLE_NAMES.includes(table as TableName))
    throw new FactError(`"${table}" is not a table; expected one of ${[...TABLE_NAMES, 'stats'].join(', ')}`);
  return { table, id };
}

const indexCache = new WeakMap<DataPackage, Record<FactTable, Map<string, AnyRow>>>();
function indexFor(data: DataPackage) {
  let idx = indexCache.get(data);
  if (!idx) {
    idx = { ...rowIndex(data), stats: stats(data) };
    indexCache.set(data, idx);
  }
  return idx;
}

export function getRow(data: DataPackage, ref: string): { table: FactTable; id: string; row: AnyRow } {
  const { table, id } = parseRef(ref);
  const row = indexFor(data)[table].get(id);
  if (!row)
    throw new FactError(
      `there is no row with id "${id}" in ${table === 'stats' ? 'the derived stats' : `data/${table}.csv`}`,
    );
  return { table, id, row };
}

export function resolveFact(
  data: DataPackage,
  ref: string,
  locale: string,
  field?: string,
  format: FactFormat = 'auto',
): ResolvedFact {
  const { table, id, row } = getRow(data, ref);
  const f = field ?? DEFAULT_FIELD[table];
  if (!(f in row)) throw new FactError(`${ref} has no field "${f}"; it has ${Object.keys(row).join(', ')}`);
  const raw = row[f];
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0))
    throw new FactError(`${ref} has no value in "${f}" (the cell is empty)`);
  const precision = (row.date_precision as DatePrecision | undefined) ?? undefined;
  const isDate =
    DATE_FIELDS.has(f) || (table === 'stats' && typeof raw === 'string' && /^\d{4}(-\d\d){0,2}$/.test(raw));
  let text: string;
  if (format === 'text' || (!isDate && typeof raw === 'string'))
    text = String(Array.isArray(raw) ? raw.join(', ') : raw);
  else if (isDate) {
    const s = String(raw);
    if (format === 'year') text = s.slice(0, 4);
    else if (format === 'month') text = formatDate(s.slice(0, 7), locale, s.length >= 7 ? 'month' : 'year');
    else text = formatDate(s, locale, precision);
  } else if (typeof raw === 'number') text = format === 'large' ? formatLarge(raw, locale) : formatNumber(raw, locale);
  else text = String(raw);
  return { table, id, field: f, text, value: String(raw), isDate, sourceIds: row.source_ids ?? [] };
}
