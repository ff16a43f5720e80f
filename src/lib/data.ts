/**
 * The validated data package, loaded once per build. Pages and components import from here;
 * nothing reads CSV anywhere else. Throws (and so fails the build) when data/ is invalid.
 */
import { resolve } from 'node:path';
import { validateDataPackage, DataValidationError } from '../data/validate.ts';
import type { DataPackage, TableName } from '../data/schema.ts';

const DATA_DIR = resolve(process.env.DATA_DIR ?? 'data');
let cache: DataPackage | undefined;

export function getData(): DataPackage {
  if (cache) return cache;
  const r = validateDataPackage(DATA_DIR);
  if (!r.ok) throw new DataValidationError(r.errors);
  cache = r.data;
  return cache;
}

export type AnyRow = { id: string; source_ids?: string[] } & Record<string, unknown>;

/** Index of every row by table and id. */
export function rowIndex(data = getData()): Record<TableName, Map<string, AnyRow>> {
  const tables: TableName[] = ['sources', 'places', 'events', 'people', 'organizations', 'routes', 'series'];
  return Object.fromEntries(
    tables.map((t) => [t, new Map((data[t] as unknown as AnyRow[]).map((r) => [r.id, r]))]),
  ) as Record<TableName, Map<string, AnyRow>>;
}

/**
 * Figures derived from the data rather than stored in it (counts, the as-of date), addressable
 * like any fact as `stats:<id>`. Each carries the sources of the rows it was derived from.
 */
export function stats(data = getData()): Map<string, AnyRow> {
  const latest = [...data.events].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  const rows: AnyRow[] = [
    {
      id: 'as-of',
      value: latest.date,
      date_precision: latest.date_precision,
      source_ids: latest.source_ids,
      from: `events:${latest.id}`,
    },
    // When the desk last looked for news (data/CHANGELOG.md "Checked on"), which may be later than the latest event.
    { id: 'checked-on', value: data.checkedOn, date_precision: 'day', source_ids: [] },
    { id: 'data-version', value: data.version, source_ids: [] },
    { id: 'data-date', value: data.versionDate, date_precision: 'day', source_ids: [] },
    { id: 'events', value: data.events.length, source_ids: [] },
    { id: 'sources', value: data.sources.length, source_ids: [] },
    { id: 'places', value: data.places.length, source_ids: [] },
    { id: 'routes', value: data.routes.length, source_ids: [] },
    { id: 'people', value: data.people.length, source_ids: [] },
  ];
  return new Map(rows.map((r) => [r.id, r]));
}
