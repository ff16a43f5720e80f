/**
 * Which rows of the data package cite which source: the "cited by" lists of the sources page.
 * Pure: takes the tables, returns a map from source id to the rows that list it in source_ids.
 */
import type { DataPackage } from '../data/schema.ts';

/** Tables whose rows carry source_ids, in the order the sources page lists them. */
export const CITING_TABLES = ['events', 'places', 'people', 'organizations', 'routes', 'series'] as const;
export type CitingTable = (typeof CITING_TABLES)[number];

/** One row that cites a source. */
export interface CitingRow {
  table: CitingTable;
  id: string;
  /** Human label of the row (event title, place name, route subject, series title and period…). */
  label: string;
}

/** Readable label for a row of any citing table. */
function labelOf(table: CitingTable, row: Record<string, unknown>): string {
  switch (table) {
    case 'events':
      return String(row.title);
    case 'routes':
      return `${row.subject} (${row.kind})`;
    case 'series':
      return `${row.series_title}, ${row.geo}, ${row.period}`;
    default:
      return String(row.name);
  }
}

/** Map from source id to every row citing it, in table order then the row order of the CSV. */
export function citingRows(data: Pick<DataPackage, CitingTable>): Map<string, CitingRow[]> {
  const index = new Map<string, CitingRow[]>();
  for (const table of CITING_TABLES) {
    for (const row of data[table] as unknown as ({ id: string; source_ids: string[] } & Record<string, unknown>)[]) {
      for (const sid of new Set(row.source_ids)) {
        const list = index.get(sid) ?? [];
        list.push({ table, id: row.id, label: labelOf(table, row) });
        index.set(sid, list);
      }
    }
  }
  return index;
}

/** Map from source id to the chapters that cite it, from each chapter's per-note source ids. */
export function citingChapters<C>(
  chapters: readonly { chapter: C; citations: readonly (readonly string[])[] }[],
): Map<string, C[]> {
  const index = new Map<string, C[]>();
  for (const { chapter, citations } of chapters) {
    for (const sid of new Set(citations.flat())) {
      const list = index.get(sid) ?? [];
      list.push(chapter);
      index.set(sid, list);
    }
  }
  return index;
}
