/**
 * Validates the CSV tables of a data package against `schema.ts` and returns typed rows.
 *
 * It never stops at the first problem: every error in every file is collected, each naming
 * the file, the line, the column, the value found and what was expected, so that a reporter
 * can fix a typo from the message alone. Callers (the build, `npm run data:check`) refuse to
 * publish anything when the list is not empty.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, type CsvRecord } from './csv.ts';
import { knownLanguage } from '../lib/lang.ts';
import { tables, TABLE_NAMES, type DataPackage, type FieldSpec, type TableName } from './schema.ts';
import { readChangelog } from './changelog.ts';

export interface DataError {
  file: string;
  line?: number;
  column?: string;
  value?: string;
  message: string;
}

export function formatError(e: DataError): string {
  const where = [e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.column ? `column "${e.column}"` : undefined]
    .filter(Boolean)
    .join(', ');
  const found = e.value !== undefined ? `found "${e.value}"; ` : '';
  return `${where}: ${found}${e.message}`;
}

export class DataValidationError extends Error {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    super(
      `The data package has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was published.\n` +
        errors.map((e) => '  - ' + formatError(e)).join('\n'),
    );
    this.name = 'DataValidationError';
    this.errors = errors;
  }
}

export type ValidationResult = { ok: true; data: DataPackage } | { ok: false; errors: DataError[] };

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/** Explains what a cell should look like, in a reporter's words. */
function expected(spec: FieldSpec): string {
  if (spec.enum) return `one of: ${spec.enum.join(', ')}`;
  if (spec.patternHint) return spec.patternHint;
  if (spec.type === 'integer') return 'a whole number without separators, like 1439';
  if (spec.type === 'number') {
    const range = spec.minimum !== undefined && spec.maximum !== undefined ? ` between ${spec.minimum} and ${spec.maximum}` : '';
    return `a number${range} with a dot for decimals and no thousands separators, like ${spec.example}`;
  }
  if (spec.type === 'url') return 'a web address starting with http:// or https://';
  return 'text';
}

/** Parses one scalar value; returns the typed value or an error message. */
function parseScalar(raw: string, spec: FieldSpec): { value: unknown } | { error: string } {
  const v = raw.trim();
  if (v !== raw) return { error: `expected no spaces at the start or end of the cell` };
  if (spec.enum && !spec.enum.includes(v)) {
    const near = closest(v, spec.enum);
    return { error: `expected ${expected(spec)}${near ? ` (did you mean "${near}"?)` : ''}` };
  }
  if (spec.pattern && !spec.pattern.test(v)) return { error: `expected ${expected(spec)}` };
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const ok = spec.type === 'integer' ? INTEGER.test(v) : NUMBER.test(v);
      if (!ok) {
        const hint = /^-?\d+,\d+$/.test(v)
          ? spec.type === 'number' && !/^-?\d{1,3},\d{3}$/.test(v)
            ? ' (use a dot, not a comma, for decimals)'
            : ' (remove the comma: write numbers without thousands separators)'
          : '';
        return { error: `expected ${expected(spec)}${hint}` };
      }
      const n = Number(v);
      if ((spec.minimum !== undefined && n < spec.minimum) || (spec.maximum !== undefined && n > spec.maximum)) {
        return {
          error: `expected a number${spec.minimum !== undefined ? ` from ${spec.minimum}` : ''}${spec.maximum !== undefined ? ` to ${spec.maximum}` : ''}`,
        };
      }
      return { value: n };
    }
    case 'date': {
      // The pattern admits 2025-02-30; check the day exists.
      if (v.length === 10) {
        const d = new Date(v + 'T00:00:00Z');
        if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return { error: `expected a real calendar date (${v} does not exist)` };
      }
      return { value: v };
    }
    case 'url':
      try {
        const u = new URL(v);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
      } catch {
        return { error: `expected ${expected(spec)}` };
      }
      return { value: v };
    default:
      return { value: v };
  }
}

/** Levenshtein-closest candidate within a small distance, for "did you mean" hints. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(3, Math.floor(value.length / 4)) + 1;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

interface Loaded {
  file: string;
  records: CsvRecord[];
  rows: Record<string, unknown>[];
}

/** Reads and validates every table in `dir`. Pure apart from reading files. */
export function validateDataPackage(dir: string): ValidationResult {
  const errors: DataError[] = [];
  const loaded = {} as Record<TableName, Loaded>;

  let version = '';
  let versionDate = '';
  const changelogFile = join(dir, 'CHANGELOG.md');
  if (!existsSync(changelogFile)) errors.push({ file: 'data/CHANGELOG.md', message: 'file is missing; it records every data version (## 1.0.0 - 2026-11-25)' });
  else {
    const log = readChangelog(readFileSync(changelogFile, 'utf8'));
    if (log.errors.length) errors.push(...log.errors.map((e) => ({ file: 'data/CHANGELOG.md', line: e.line, message: e.message })));
    else ({ version, date: versionDate } = log.entries[0]!);
  }

  for (const name of TABLE_NAMES) {
    const file = `data/${name}.csv`;
    const path = join(dir, `${name}.csv`);
    const table = tables[name];
    const specs = table.fields as Record<string, FieldSpec>;
    if (!existsSync(path)) {
      errors.push({ file, message: `file is missing; expected a CSV with the columns ${Object.keys(specs).join(', ')}` });
      loaded[name] = { file, records: [], rows: [] };
      continue;
    }
    const csv = parseCsv(readFileSync(path, 'utf8'));
    for (const p of csv.problems) errors.push({ file, line: p.line, message: p.message });

    const columns = Object.keys(specs);
    const missing = columns.filter((c) => !csv.header.includes(c));
    const unknown = csv.header.filter((c) => !columns.includes(c));
    for (const c of missing) {
      const near = closest(c, unknown);
      errors.push({ file, line: 1, column: c, message: `the header has no column "${c}"${near ? ` (is "${near}" a misspelling of it?)` : ''}` });
    }
    for (const c of unknown) if (!closest(c, missing)) errors.push({ file, line: 1, column: c, message: `unknown column; expected only the columns ${columns.join(', ')}` });

    const seen = new Map<string, number>();
    const rows: Record<string, unknown>[] = [];
    for (const rec of csv.records) {
      const row: Record<string, unknown> = {};
      // A ragged row (reported above) has its cells shifted; checking them would only add noise.
      if (rec.width !== csv.header.length) {
        rows.push(row);
        continue;
      }
      for (const [col, spec] of Object.entries(specs)) {
        const raw = rec.cells[col] ?? '';
        const err = (message: string, value = raw) => errors.push({ file, line: rec.line, column: col, value, message });
        if (raw.trim() === '') {
          if (spec.required && !missing.includes(col)) err(spec.list ? `expected at least one value (${expected(spec)}${spec.ref ? `: an id from data/${spec.ref}.csv` : ''})` : `expected a value (${spec.ref ? `an id from data/${spec.ref}.csv` : expected(spec)}); this column may not be empty`);
          row[col] = spec.list ? [] : undefined;
          continue;
        }
        if (spec.list) {
          const out: unknown[] = [];
          for (const part of raw.split(';')) {
            const item = part.trim();
            if (item === '') {
              err('expected values separated by single ";" with nothing empty between them');
              continue;
            }
            const r = parseScalar(item, spec);
            if ('error' in r) err(r.error, item);
            else out.push(r.value);
          }
          row[col] = out;
        } else {
          const r = parseScalar(raw, spec);
          if ('error' in r) err(r.error);
          else row[col] = r.value;
        }
      }
      const id = row.id as string | undefined;
      if (id !== undefined) {
        const first = seen.get(id);
        if (first !== undefined) errors.push({ file, line: rec.line, column: 'id', value: id, message: `expected a unique id, but line ${first} already uses it` });
        else seen.set(id, rec.line);
      }
      rows.push(row);
    }
    loaded[name] = { file, records: csv.records, rows };
  }

  // Foreign keys: every reference resolves.
  const ids = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Set(loaded[n].rows.map((r) => r.id as string | undefined).filter((id): id is string => id !== undefined))])) as Record<TableName, Set<string>>;
  for (const name of TABLE_NAMES) {
    const { file, records, rows } = loaded[name];
    const specs = tables[name].fields as Record<string, FieldSpec>;
    rows.forEach((row, i) => {
      const line = records[i]!.line;
      for (const [col, spec] of Object.entries(specs)) {
        if (!spec.ref) continue;
        const values = (spec.list ? (row[col] ?? []) : [row[col]]) as (string | undefined)[];
        for (const v of values) {
          if (v === undefined || ids[spec.ref].has(v)) continue;
          const near = closest(v, ids[spec.ref]);
          errors.push({
            file,
            line,
            column: col,
            value: v,
            message: `expected the id of a row in data/${spec.ref}.csv, but there is none with this id${near ? ` (did you mean "${near}"?)` : '; add that row first'}`,
          });
        }
      }
      // Cross-field rules (documented in schema.ts CROSS_FIELD_RULES).
      if (name === 'places') {
        const none = row.coord_precision === 'none';
        const hasBoth = row.lat !== undefined && row.lon !== undefined;
        const typeError = errors.some((e) => e.file === file && e.line === line && (e.column === 'lat' || e.column === 'lon'));
        if (!none && !hasBoth && row.coord_precision !== undefined && !typeError)
          errors.push({ file, line, column: row.lat === undefined ? 'lat' : 'lon', value: '', message: `expected coordinates because coord_precision is "${String(row.coord_precision)}" (or set coord_precision to none)` });
        if (none && (row.lat !== undefined || row.lon !== undefined))
          errors.push({ file, line, column: 'coord_precision', value: 'none', message: 'expected site, town or approx because the row has coordinates (or empty lat and lon)' });
      }
      if (name === 'sources') {
        if (row.title_lang !== undefined && row.title_en === undefined)
          errors.push({ file, line, column: 'title_en', value: '', message: `expected the title in English, because the title is in another language (title_lang ${String(row.title_lang)})` });
        const langError = errors.some((e) => e.file === file && e.line === line && e.column === 'title_lang');
        if (row.title_en !== undefined && row.title_lang === undefined && !langError)
          errors.push({ file, line, column: 'title_lang', value: '', message: 'expected the language of the title (like zh-Hans), because title_en translates it (or leave title_en empty for an English title)' });
        if (typeof row.title_lang === 'string' && !knownLanguage(row.title_lang))
          errors.push({ file, line, column: 'title_lang', value: row.title_lang, message: 'expected the tag of a known language, like zh-Hans, th or vi (this one names none)' });
        if (typeof row.title_lang === 'string' && /^en(-|$)/.test(row.title_lang))
          errors.push({ file, line, column: 'title_lang', value: row.title_lang, message: 'expected an empty cell for an English title (title_lang is for titles in other languages)' });
      }
      if (name === 'events' && row.figure !== undefined && !row.figure_unit)
        errors.push({ file, line, column: 'figure_unit', value: '', message: `expected what the figure ${String(row.figure)} counts (for example "people detained")` });
      if (name === 'routes' && row.from_place_id !== undefined && row.from_place_id === row.to_place_id)
        errors.push({ file, line, column: 'to_place_id', value: String(row.to_place_id), message: 'expected a place different from from_place_id' });
    });
  }

  if (errors.length) {
    // Report file by file, top to bottom, as a reporter would fix them.
    const order = (f: string) => ['data/CHANGELOG.md', ...TABLE_NAMES.map((n) => `data/${n}.csv`)].indexOf(f);
    errors.sort((a, b) => order(a.file) - order(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors };
  }
  const data = { version, versionDate } as DataPackage;
  for (const name of TABLE_NAMES) (data as unknown as Record<string, unknown>)[name] = loaded[name].rows;
  return { ok: true, data };
}
