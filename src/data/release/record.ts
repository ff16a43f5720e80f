/**
 * Release records: data/releases/<version>.json, one per released version of the data package, written by
 * `npm run data:descriptor` for the newest CHANGELOG heading. A record keeps what a reader could see change from
 * one version to the next (the figures, dates, names and coordinates of every row, as written in the CSV), a short
 * hash of each whole row (so that a change of wording shows too) and a hash of each table file.
 *
 * Why a committed record rather than git history: the build and CI clones may be shallow, and a fork may have no
 * history at all, yet the changes page (src/pages/changes.astro) diffs any two versions, and `npm run data:check`
 * refuses tables that differ from the newest version's record (src/data/release/check-version.ts). Records are
 * compact (tens of kB; no source text, no summaries) and never edited by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../csv.ts';
import { TABLE_NAMES, type TableName } from '../schema.ts';

/**
 * The columns a record keeps per table: what the changes page reports as "from … to …". Columns a version lacks
 * are left out of its rows, so a record can be made of any older version of the tables.
 */
export const RECORD_COLUMNS: Record<TableName, readonly string[]> = {
  sources: [],
  places: ['name', 'country', 'lat', 'lon'],
  events: ['date', 'title', 'figure', 'figure_unit', 'figure_usd'],
  people: ['name', 'status'],
  organizations: ['name'],
  routes: ['date', 'subject', 'count'],
  series: ['series_title', 'geo', 'period', 'date', 'value', 'unit'],
};

/** A row as recorded: the RECORD_COLUMNS cells it has, and `#`, a short hash of all its cells. */
export type RecordedRow = Record<string, string>;

export interface ReleaseRecord {
  /** The CHANGELOG version, like 1.2.1. */
  version: string;
  /** The CHANGELOG date of the version (YYYY-MM-DD). */
  date: string;
  tables: Record<TableName, { hash: string; rows: Record<string, RecordedRow> }>;
}

/** The hash of a table file's text: sha256 of its lines, whatever their line ends (git may write CRLF). */
export function textHash(text: string): string {
  const body = text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
  return 'sha256:' + createHash('sha256').update(body).digest('hex');
}

const rowHash = (cells: Record<string, string>) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(cells).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
    .digest('hex')
    .slice(0, 12);

/** A record of the tables given as CSV text (a missing table counts as empty). Pure. */
export function makeRecord(version: string, date: string, csv: Partial<Record<TableName, string>>): ReleaseRecord {
  const tables = {} as ReleaseRecord['tables'];
  for (const name of TABLE_NAMES) {
    const text = csv[name] ?? '';
    const rows: Record<string, RecordedRow> = {};
    for (const r of parseCsv(text).records) {
      const id = r.cells.id;
      if (!id) continue;
      const kept: RecordedRow = {};
      for (const col of RECORD_COLUMNS[name]) if (r.cells[col] !== undefined) kept[col] = r.cells[col]!;
      kept['#'] = rowHash(r.cells);
      rows[id] = kept;
    }
    tables[name] = { hash: textHash(text), rows };
  }
  return { version, date, tables };
}

/** The CSV text of each table of the package in `dir`. */
export function readTables(dir: string): Partial<Record<TableName, string>> {
  const out: Partial<Record<TableName, string>> = {};
  for (const name of TABLE_NAMES) {
    const path = join(dir, `${name}.csv`);
    if (existsSync(path)) out[name] = readFileSync(path, 'utf8');
  }
  return out;
}

/** The hash of each table file in `dir`. */
export function tableHashes(dir: string): Record<TableName, string> {
  const csv = readTables(dir);
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, textHash(csv[n] ?? '')])) as Record<TableName, string>;
}

/** Where a version's record lives, relative to the data package. */
export const recordFile = (version: string) => `releases/${version}.json`;

/** The record text as `npm run data:descriptor` writes it (sorted, stable, one row per line). */
export function recordText(record: ReleaseRecord): string {
  const lines = [`{`, `  "version": ${JSON.stringify(record.version)},`, `  "date": ${JSON.stringify(record.date)},`];
  lines.push(`  "tables": {`);
  TABLE_NAMES.forEach((name, i) => {
    const t = record.tables[name];
    const ids = Object.keys(t.rows).sort();
    lines.push(`    ${JSON.stringify(name)}: {`, `      "hash": ${JSON.stringify(t.hash)},`, `      "rows": {`);
    ids.forEach((id, j) => {
      lines.push(`        ${JSON.stringify(id)}: ${JSON.stringify(t.rows[id])}${j < ids.length - 1 ? ',' : ''}`);
    });
    lines.push(`      }`, `    }${i < TABLE_NAMES.length - 1 ? ',' : ''}`);
  });
  lines.push(`  }`, `}`);
  return lines.join('\n') + '\n';
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;
/** Compares two versions like 1.10.0 and 1.9.2 numerically. */
export function compareVersions(a: string, b: string): number {
  const x = SEMVER.exec(a)?.slice(1).map(Number) ?? [0, 0, 0];
  const y = SEMVER.exec(b)?.slice(1).map(Number) ?? [0, 0, 0];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
}

/** Every record in `<dir>/releases/`, oldest version first. */
export function readRecords(dir: string): ReleaseRecord[] {
  const folder = join(dir, 'releases');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => SEMVER.test(f.replace(/\.json$/, '')) && f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as ReleaseRecord)
    .sort((a, b) => compareVersions(a.version, b.version));
}
