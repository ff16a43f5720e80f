/**
 * What changed between two release records (src/data/release/record.ts), for readers: the changes page
 * (src/pages/changes.astro) lists, version by version, the figures that changed from what to what, the rows added
 * and removed, and the rows whose wording alone changed. Pure; the page adds which chapters show each row.
 */
import { TABLE_NAMES, type TableName } from '../schema.ts';
import type { RecordedRow, ReleaseRecord } from './record.ts';

/** The cells a reader sees as a figure of a row: what "from … to …" is about. Titles and names are labels. */
export const FIGURE_FIELDS: Record<TableName, readonly string[]> = {
  sources: [],
  places: ['country', 'lat', 'lon'],
  events: ['date', 'figure', 'figure_unit', 'figure_usd'],
  people: ['status'],
  organizations: [],
  routes: ['date', 'count'],
  series: ['date', 'period', 'value', 'unit'],
};

/** How a row is named on the page, from its recorded cells. */
export function rowLabel(table: TableName, id: string, row: RecordedRow | undefined): string {
  if (!row) return id;
  if (table === 'series') return [row.series_title, row.geo, row.period].filter(Boolean).join(', ') || id;
  return row.title || row.name || row.subject || id;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface RowChangeSummary {
  table: TableName;
  id: string;
  /** The row's label in the newer version (in the older one for a removed row). */
  label: string;
}

export interface FigureChange extends RowChangeSummary {
  changes: FieldChange[];
}

export interface VersionChanges {
  version: string;
  date: string;
  /** The version compared with, or undefined for the first recorded version. */
  since?: string;
  figures: FigureChange[];
  added: RowChangeSummary[];
  removed: RowChangeSummary[];
  /** Rows whose figures are the same but whose other cells (wording, sources, notes) changed. */
  reworded: RowChangeSummary[];
}

/** The changes from `older` to `newer`, table by table in schema order, rows by id. */
export function compareRecords(older: ReleaseRecord, newer: ReleaseRecord): VersionChanges {
  const out: VersionChanges = {
    version: newer.version,
    date: newer.date,
    since: older.version,
    figures: [],
    added: [],
    removed: [],
    reworded: [],
  };
  for (const table of TABLE_NAMES) {
    const before = older.tables[table]?.rows ?? {};
    const after = newer.tables[table]?.rows ?? {};
    for (const id of Object.keys(after).sort()) {
      const a = before[id];
      const b = after[id]!;
      const label = rowLabel(table, id, b);
      if (!a) {
        out.added.push({ table, id, label });
        continue;
      }
      const changes = FIGURE_FIELDS[table]
        .filter((f) => (a[f] ?? '') !== (b[f] ?? ''))
        .map((field) => ({ field, before: a[field] ?? '', after: b[field] ?? '' }));
      if (changes.length) out.figures.push({ table, id, label, changes });
      else if (a['#'] !== b['#']) out.reworded.push({ table, id, label });
    }
    for (const id of Object.keys(before).sort())
      if (!(id in after)) out.removed.push({ table, id, label: rowLabel(table, id, before[id]) });
  }
  return out;
}

/** Every version's changes, newest first; the oldest record is the first version, compared with nothing. */
export function releaseHistory(records: readonly ReleaseRecord[]): VersionChanges[] {
  const out: VersionChanges[] = [];
  records.forEach((r, i) => {
    const prev = records[i - 1];
    out.push(
      prev
        ? compareRecords(prev, r)
        : { version: r.version, date: r.date, figures: [], added: [], removed: [], reworded: [] },
    );
  });
  return out.reverse();
}
