/**
 * Validates a data package against `schema.ts` and returns typed rows: its CSV tables, its
 * CHANGELOG.md, and the generated datapackage.json and README.md that the build publishes with them.
 *
 * It never stops at the first problem: every error in every file is collected, each naming
 * the file, the line, the column, the value found and what was expected, so that a reporter
 * can fix a typo from the message alone. Callers (the build, `npm run data:check`) refuse to
 * publish anything when the list is not empty. Where one problem causes many (a header missing
 * a column shifts every row), the cause is reported and its consequences summarised, not listed.
 */
import { nearMiss } from '../lib/near-miss.ts';
import { readFileSync, existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { parseCsv, type CsvRecord, type CsvTable } from './csv.ts';
import { knownLanguage } from '../lib/lang.ts';
import { tables, TABLE_NAMES, ID, WEAK_TIERS, type DataPackage, type FieldSpec, type TableName } from './schema.ts';
import { readChangelog } from './changelog.ts';
import { BORDERS_OSM, countryAt, covers, kmToCountry, type BordersExtract } from '../map/data/borders.ts';
import { vocab } from '../i18n/en/vocab.ts';
import { buildDescriptor } from './descriptor.ts';
import { START, END, readmeMarkers, writeReadme } from './docs.ts';
import {
  controlCharacters,
  controlName,
  decodeUtf8,
  describeBadBytes,
  hasBadBytes,
  hasCrOnlyLineEnds,
  jsonErrorIndex,
  lineAndColumn,
  list,
  printable,
  withReplacement,
} from './text.ts';

export interface DataError {
  file: string;
  line?: number;
  /** Last line of a range of lines that the error is about (`lines 2–160`). */
  lastLine?: number;
  /** CSV column (header name) of the cell. */
  column?: string;
  /** 1-based character column, for files that are not tables (`line 3, column 14`). */
  char?: number;
  value?: string;
  message: string;
}

/** Values longer than this are shortened to their first SHOWN characters when printed. */
const LONG_VALUE = 200;
const SHOWN = 100;

export function formatError(e: DataError): string {
  const lines =
    e.line === undefined
      ? undefined
      : e.lastLine !== undefined && e.lastLine !== e.line
        ? `lines ${e.line}–${e.lastLine}`
        : `line ${e.line}`;
  const column = e.column ? `column "${printable(e.column)}"` : e.char !== undefined ? `column ${e.char}` : undefined;
  const where = [e.file, lines, column].filter(Boolean).join(', ');
  let found = '';
  if (e.value !== undefined) {
    const long = e.value.length > LONG_VALUE;
    found = `found "${printable(long ? e.value.slice(0, SHOWN) + '…' : e.value)}"${long ? ` (${e.value.length} characters)` : ''}; `;
  }
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

export interface ValidationOptions {
  /** The build date (YYYY-MM-DD): no date in the data may be later. Default: the current date in UTC. */
  today?: string;
  /** The borders every place is checked against (each lies in its own country). Default: the committed extract. */
  borders?: BordersExtract;
}

/**
 * How far (km) a place may lie outside its own country's border, by coord_precision: a geolocated site may sit on a
 * river that is the border, and the extract's polygons are simplified by up to about 0.2 km; a town's centre is
 * within a few km of where a source puts it; an approximate point stands for an area "within a few kilometres"
 * (data/README.md), so up to 15 km. Beyond these a point on the wrong side is a wrong point, not a rounding.
 */
export const BORDER_TOLERANCE_KM: Record<string, number> = { site: 0.5, town: 3, approx: 15 };

const BORDERS_FILE = 'src/map/data/borders-osm.json';
const countryName = (code: string) =>
  vocab.countries[code] ?? new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

/**
 * Every place with coordinates lies in its own country, within its precision's tolerance, and inside what the
 * committed borders extract covers (a place outside it would be drawn on a map without true borders).
 */
function checkPlacesInCountries(loaded: Loaded, borders: BordersExtract, errors: DataError[]) {
  const file = 'data/places.csv';
  loaded.rows.forEach((row, i) => {
    const { lat, lon, country, coord_precision: precision } = row;
    if (typeof lat !== 'number' || typeof lon !== 'number' || typeof country !== 'string') return;
    const tolerance = BORDER_TOLERANCE_KM[String(precision)];
    if (tolerance === undefined) return;
    const line = loaded.records[i]!.line;
    const at: [number, number] = [lon, lat];
    const value = `${lat}, ${lon}`;
    if (!covers(borders, at)) {
      errors.push({
        file,
        line,
        column: 'lat',
        value,
        message: `expected a point the map's borders cover, but ${String(row.id)} lies outside every box of ${BORDERS_FILE} (cut around the places it was made for): run \`npm run map:borders\` to cut the borders again with this place (how: src/map/data/borders-osm.md)`,
      });
      return;
    }
    const km = kmToCountry(borders, at, country);
    if (km <= tolerance) return;
    const inside = countryAt(borders, at);
    const where = inside ? `in ${countryName(inside)} (${inside})` : 'in the sea or a lake, in no country';
    errors.push({
      file,
      line,
      column: 'lon',
      value,
      message: `expected a point in ${countryName(country)} (${country}), the row's country, but ${String(row.id)} lies ${where}, ${km < 10 ? km.toFixed(1) : Math.round(km)} km from ${countryName(country)}'s border (coord_precision ${String(precision)} allows ${tolerance} km): check the coordinates and the country against the row's sources`,
    });
  });
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;
/** Decimal digits a double always stores exactly (DBL_DIG): longer numbers may come back different. */
const MAX_DIGITS = 15;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const RUN_DESCRIPTOR = 'run `npm run data:descriptor`';

/** Explains what a cell should look like, in a reporter's words. */
function expected(spec: FieldSpec): string {
  if (spec.enum) return `one of: ${spec.enum.join(', ')}`;
  if (spec.patternHint) return spec.patternHint;
  if (spec.type === 'integer') return 'a whole number without separators, like 1439';
  if (spec.type === 'number') {
    const range =
      spec.minimum !== undefined && spec.maximum !== undefined ? ` between ${spec.minimum} and ${spec.maximum}` : '';
    return `a number${range} with a dot for decimals and no thousands separators, like ${spec.example}`;
  }
  if (spec.type === 'url') return 'a web address starting with http:// or https://';
  return 'text';
}

/** Significant digits of a plain decimal number: without sign, leading zeros and trailing decimal zeros. */
function significantDigits(v: string): number {
  return v
    .replace(/^-/, '')
    .replace(/\.(\d*?)0*$/, '.$1')
    .replace('.', '')
    .replace(/^0+/, '').length;
}

/** Parses one scalar value; returns the typed value or an error message (and how to show the value). */
function parseScalar(
  raw: string,
  spec: FieldSpec,
  today: string,
): { value: unknown } | { error: string; shown?: string } {
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
      // Fifteen digits always survive the trip into a double and back; more may not (an integer above
      // 2^53 has sixteen or more), and 309 or more overflow to Infinity.
      const digits = significantDigits(v);
      if (digits > MAX_DIGITS || !Number.isFinite(n)) {
        const becomes = !Number.isFinite(n)
          ? ', and this one is too large to store at all (it would become ∞)'
          : String(n) !== v
            ? `, and this one would become ${String(n)}`
            : '';
        return {
          error: `expected a number of at most ${MAX_DIGITS} significant digits (this one has ${digits}): longer numbers cannot be stored exactly${becomes}`,
        };
      }
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
        if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
          return { error: `expected a real calendar date (${v} does not exist)` };
      }
      // A month or a year is in the future only when it starts after today.
      const start = v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
      if (start > today)
        return {
          error: `expected a date no later than today (${today}): the data cannot report what has not happened yet (a typo in the year?)`,
        };
      return { value: v };
    }
    case 'url': {
      let u: URL;
      try {
        u = new URL(v);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
      } catch {
        return { error: `expected ${expected(spec)}` };
      }
      if (u.username || u.password) {
        return {
          error: `expected a web address without a user name or password in it (delete "${u.username}${u.password ? ':…' : ''}@"): the address is published as a link`,
          // Do not print the password in build logs.
          shown: u.password ? v.replace(/^([^:]+:\/\/[^:@/]*):[^@/]*@/, '$1:***@') : v,
        };
      }
      return { value: v };
    }
    default:
      return { value: v };
  }
}

/**
 * The candidate closest to `value`, for "did you mean" hints: more lenient than the config's and the chapters'
 * (up to three edits, or one per four letters), since a column or an id is long and a reporter types it by hand.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  return nearMiss(value, candidates, (length) => Math.max(3, Math.floor(length / 4)));
}

interface Loaded {
  file: string;
  records: CsvRecord[];
  rows: Record<string, unknown>[];
  /** Ids of rows that could not be read (ragged, or a bad cell): references to them are not reported. */
  looseIds: Set<string>;
  /** No rows to refer to (missing file, no rows, no id column; reported): references to it are not checked. */
  unusable: boolean;
  /** Columns missing from the header (reported): the table's rules across columns are not checked. */
  missing: string[];
}

const crOnly = (file: string): DataError => ({
  file,
  message:
    'the lines end with a carriage return alone (CR, the line end of old Mac programs), so the file reads as one long line; expected lines that end with LF or CRLF: save the file again with LF or CRLF line ends',
});

/** At most ten errors of one kind per file, then one that counts the rest. */
function capped(found: DataError[], what: string): DataError[] {
  if (found.length <= 10) return found;
  const rest = found.slice(10);
  return [
    ...found.slice(0, 10),
    {
      file: found[0]!.file,
      line: rest[0]!.line,
      lastLine: rest.at(-1)!.line,
      message: `and ${rest.length} more ${what}`,
    },
  ];
}

/**
 * Reads a file that is not a table as UTF-8 and returns its text (bad bytes as U+FFFD, lone-CR line
 * ends as LF), reporting each byte that is not UTF-8 by line and column, and lone-CR line ends.
 */
function readTextFile(path: string, file: string, errors: DataError[], lines = true): string {
  let { text } = decodeUtf8(readFileSync(path));
  if (lines && hasCrOnlyLineEnds(text)) {
    errors.push(crOnly(file));
    text = text.replace(/\r(?!\n)/g, '\n');
  }
  if (hasBadBytes(text)) {
    const found: DataError[] = [];
    for (const m of text.matchAll(/[\udc80-\udcff]+/g)) {
      const { line, column } = lineAndColumn(text, m.index);
      found.push({
        file,
        line,
        char: column,
        message: `expected text saved as UTF-8, but the file has ${describeBadBytes(m[0], ' here')}: save the file as UTF-8`,
      });
    }
    errors.push(...capped(found, 'places with bytes that are not UTF-8: save the file as UTF-8'));
    text = withReplacement(text);
  }
  return text;
}

/** Reads a CSV table: decodes it, reports bad bytes by cell and lone-CR line ends, and parses it. */
function readTable(path: string, file: string, errors: DataError[]) {
  const decoded = decodeUtf8(readFileSync(path));
  const valid = decoded.valid;
  let text = decoded.text;
  if (hasCrOnlyLineEnds(text)) {
    // One error for the file; read on as if the line ends were LF, so that its other errors are real ones.
    errors.push(crOnly(file));
    text = text.replace(/\r(?!\n)/g, '\n');
  }
  /** Cells (`record:cell`, header `-1:cell`) already reported for bytes that are not UTF-8. */
  const badCells = new Set<string>();
  if (!valid) {
    const escaped = parseCsv(text);
    const found: DataError[] = [];
    const message = (cell: string) =>
      `expected text saved as UTF-8, but this cell has ${describeBadBytes(cell)}: save the file as UTF-8 (a spreadsheet program calls it "CSV UTF-8")`;
    escaped.header.forEach((h, i) => {
      if (!hasBadBytes(h)) return;
      found.push({ file, line: escaped.headerLine, value: withReplacement(h), message: message(h) });
      badCells.add(`-1:${i}`);
    });
    escaped.records.forEach((rec, r) =>
      rec.raw.forEach((cell, i) => {
        const at = cell.search(/[\udc80-\udcff]/);
        if (at < 0) return;
        // The line the byte is on, which in a quoted cell that spans lines may be below the record's first.
        const line = rec.lines[i]! + (cell.slice(0, at).match(/\n/g)?.length ?? 0);
        found.push({ file, line, column: escaped.header[i], value: withReplacement(cell), message: message(cell) });
        badCells.add(`${r}:${i}`);
      }),
    );
    errors.push(...capped(found, 'cells with bytes that are not UTF-8: save the file as UTF-8'));
    text = withReplacement(text);
  }
  return { csv: parseCsv(text), valid, badCells };
}

/** Reports what is wrong with the cells of one table's header and records, as CSV structure. */
function checkStructure(csv: CsvTable, columns: string[], file: string, errors: DataError[]) {
  const missing = columns.filter((c) => !csv.header.includes(c));
  const unknown = csv.header.filter((c) => !columns.includes(c));
  for (const c of missing) {
    const near = closest(c, unknown);
    errors.push({
      file,
      line: csv.headerLine,
      column: c,
      message: `the header has no column "${c}"${near ? ` (is "${near}" a misspelling of it?)` : ''}`,
    });
  }
  for (const c of unknown)
    if (!closest(c, missing))
      errors.push({
        file,
        line: csv.headerLine,
        column: c,
        message: `unknown column; expected only the columns ${columns.join(', ')}`,
      });

  // A header with a column too few or too many shifts every row that has the right number of cells:
  // those rows are summarised in one error below the header's, which is the one to fix.
  const headerShifted = (missing.length > 0 || unknown.length > 0) && csv.header.length !== columns.length;
  const shifted = headerShifted ? csv.records.flatMap((r, i) => (r.width === columns.length ? [i] : [])) : [];
  for (const p of csv.problems) {
    if (p.cells !== undefined && headerShifted && p.cells === columns.length) continue;
    errors.push({
      file,
      line: p.line,
      column: p.cell !== undefined ? csv.header[p.cell] : undefined,
      message: p.message,
    });
  }
  if (shifted.length) {
    const first = csv.records[shifted[0]!]!;
    const last = csv.records[shifted.at(-1)!]!;
    const n = shifted.length;
    const together = shifted.at(-1)! - shifted[0]! + 1 === n;
    const rows = n === 1 ? 'this row has' : together ? `these ${n} rows have` : `${n} rows in these lines have`;
    errors.push({
      file,
      line: first.line,
      lastLine: last.line,
      message: `${rows} ${columns.length} cells against the header's ${csv.header.length} columns, because of the header problem above; ${n === 1 ? 'it is' : 'they are'} checked once the header is fixed`,
    });
  }
  if (csv.header.length > 0 && csv.records.length === 0)
    errors.push({ file, message: 'has a header but no rows; expected at least one row' });
  return missing;
}

/** The calendar date in the time zone that is furthest ahead (UTC+14), as YYYY-MM-DD. */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Reads and validates every file of the data package in `dir`. Pure apart from reading files. */
export function validateDataPackage(dir: string, options: ValidationOptions = {}): ValidationResult {
  // Today where it is latest on Earth (UTC+14): a desk anywhere may enter an event of its own today.
  const today = options.today ?? latestToday();
  if (!DAY.test(today)) throw new Error(`validateDataPackage: today must be a date written YYYY-MM-DD, not "${today}"`);
  const errors: DataError[] = [];
  const loaded = {} as Record<TableName, Loaded>;

  const rangeEnds: { line: number; key: string; end: string }[] = [];
  let version = '';
  let versionDate = '';
  let checkedOn = '';
  const changelogFile = join(dir, 'CHANGELOG.md');
  if (!existsSync(changelogFile))
    errors.push({
      file: 'data/CHANGELOG.md',
      message: 'file is missing; it records every data version (## 1.0.0 - 2026-11-25)',
    });
  else {
    const log = readChangelog(readTextFile(changelogFile, 'data/CHANGELOG.md', errors));
    if (log.errors.length)
      errors.push(...log.errors.map((e) => ({ file: 'data/CHANGELOG.md', line: e.line, message: e.message })));
    else {
      ({ version, date: versionDate } = log.entries[0]!);
      const checked = log.entries.find((e) => e.checked !== undefined);
      checkedOn = checked?.checked ?? versionDate;
      if (checked && checkedOn > today)
        errors.push({
          file: 'data/CHANGELOG.md',
          line: checked.line,
          value: checkedOn,
          message: `expected a "Checked on" date no later than today (${today})`,
        });
    }
  }

  for (const name of TABLE_NAMES) {
    const file = `data/${name}.csv`;
    const path = join(dir, `${name}.csv`);
    const table = tables[name];
    const specs = table.fields as Record<string, FieldSpec>;
    const columns = Object.keys(specs);
    if (!existsSync(path)) {
      errors.push({ file, message: `file is missing; expected a CSV with the columns ${columns.join(', ')}` });
      loaded[name] = { file, records: [], rows: [], looseIds: new Set(), unusable: true, missing: columns };
      continue;
    }
    const { csv, valid, badCells } = readTable(path, file, errors);
    const missing = checkStructure(csv, columns, file, errors);

    const seen = new Map<string, number>();
    const rows: Record<string, unknown>[] = [];
    const looseIds = new Set<string>();
    csv.records.forEach((rec, r) => {
      const row: Record<string, unknown> = {};
      rows.push(row);
      const rawId = rec.cells.id?.trim();
      // A ragged row (reported above) has its cells shifted; checking them would only add noise.
      if (rec.width !== csv.header.length) {
        if (rawId && ID.test(rawId)) looseIds.add(rawId);
        return;
      }
      for (const [col, spec] of Object.entries(specs)) {
        const raw = rec.cells[col] ?? '';
        const err = (message: string, value = raw) =>
          errors.push({ file, line: rec.line, column: col, value, message });
        if (badCells.has(`${r}:${csv.header.indexOf(col)}`)) continue; // reported as not UTF-8
        const controls = controlCharacters(raw);
        if (controls.length) {
          const them = controls.length === 1 ? 'it' : 'them';
          err(
            `expected no control characters, but the cell holds ${list(controls.map(controlName))}, invisible or blank in most editors: delete ${them}`,
          );
          continue;
        }
        if (valid && raw.includes('\ufffd')) {
          err(
            'expected the character that was typed here: U+FFFD (\ufffd) stands for a character lost when the text was once read in the wrong encoding; type it again',
          );
          continue;
        }
        if (raw.trim() === '') {
          if (spec.required && !missing.includes(col))
            err(
              spec.list
                ? `expected at least one value (${expected(spec)}${spec.ref ? `: an id from data/${spec.ref}.csv` : ''})`
                : `expected a value (${spec.ref ? `an id from data/${spec.ref}.csv` : expected(spec)}); this column may not be empty`,
            );
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
            const s = parseScalar(item, spec, today);
            if ('error' in s) err(s.error, s.shown ?? item);
            else out.push(s.value);
          }
          row[col] = out;
        } else {
          const s = parseScalar(raw, spec, today);
          if ('error' in s) err(s.error, s.shown ?? raw);
          else row[col] = s.value;
        }
      }
      const id = row.id as string | undefined;
      if (id !== undefined) {
        const first = seen.get(id);
        if (first !== undefined)
          errors.push({
            file,
            line: rec.line,
            column: 'id',
            value: id,
            message: `expected a unique id, but line ${first} already uses it`,
          });
        else seen.set(id, rec.line);
      } else if (rawId) looseIds.add(rawId); // its id is reported; do not report every reference to it too
    });
    loaded[name] = {
      file,
      records: csv.records,
      rows,
      looseIds,
      unusable: csv.records.length === 0 || missing.includes('id'),
      missing,
    };
  }

  // Foreign keys: every reference resolves.
  const ids = Object.fromEntries(
    TABLE_NAMES.map((n) => [
      n,
      new Set(loaded[n].rows.map((r) => r.id as string | undefined).filter((id): id is string => id !== undefined)),
    ]),
  ) as Record<TableName, Set<string>>;
  for (const name of TABLE_NAMES) {
    const { file, records, rows, missing } = loaded[name];
    const specs = tables[name].fields as Record<string, FieldSpec>;
    /** The first row of each series: its title and line. */
    const seriesTitles = new Map<string, { title: string; line: number }>();
    rows.forEach((row, i) => {
      const line = records[i]!.line;
      for (const [col, spec] of Object.entries(specs)) {
        if (!spec.ref) continue;
        // A table that could not be read at all has its own error; every reference to it failing adds nothing.
        if (loaded[spec.ref].unusable) continue;
        const values = (spec.list ? (row[col] ?? []) : [row[col]]) as (string | undefined)[];
        for (const v of values) {
          if (v === undefined || ids[spec.ref].has(v) || loaded[spec.ref].looseIds.has(v)) continue;
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
      // Cross-field rules (documented in schema.ts CROSS_FIELD_RULES). A header without one of the
      // columns has its own error; the rules would only repeat it row by row.
      if (missing.length) return;
      if (name === 'places') {
        const none = row.coord_precision === 'none';
        const hasBoth = row.lat !== undefined && row.lon !== undefined;
        const typeError = errors.some(
          (e) => e.file === file && e.line === line && (e.column === 'lat' || e.column === 'lon'),
        );
        if (!none && !hasBoth && row.coord_precision !== undefined && !typeError)
          errors.push({
            file,
            line,
            column: row.lat === undefined ? 'lat' : 'lon',
            value: '',
            message: `expected coordinates because coord_precision is "${String(row.coord_precision)}" (or set coord_precision to none)`,
          });
        if (none && (row.lat !== undefined || row.lon !== undefined))
          errors.push({
            file,
            line,
            column: 'coord_precision',
            value: 'none',
            message: 'expected site, town or approx because the row has coordinates (or empty lat and lon)',
          });
      }
      if (name === 'sources') {
        if (row.title_lang !== undefined && row.title_en === undefined)
          errors.push({
            file,
            line,
            column: 'title_en',
            value: '',
            message: `expected the title in English, because the title is in another language (title_lang ${String(row.title_lang)})`,
          });
        const langError = errors.some((e) => e.file === file && e.line === line && e.column === 'title_lang');
        if (row.title_en !== undefined && row.title_lang === undefined && !langError)
          errors.push({
            file,
            line,
            column: 'title_lang',
            value: '',
            message:
              'expected the language of the title (like zh-Hans), because title_en translates it (or leave title_en empty for an English title)',
          });
        if (typeof row.title_lang === 'string' && !knownLanguage(row.title_lang))
          errors.push({
            file,
            line,
            column: 'title_lang',
            value: row.title_lang,
            message: 'expected the tag of a known language, like zh-Hans, th or vi (this one names none)',
          });
        if (typeof row.title_lang === 'string' && /^en(-|$)/.test(row.title_lang))
          errors.push({
            file,
            line,
            column: 'title_lang',
            value: row.title_lang,
            message: 'expected an empty cell for an English title (title_lang is for titles in other languages)',
          });
      }
      if (name === 'events' && row.figure !== undefined && !row.figure_unit)
        errors.push({
          file,
          line,
          column: 'figure_unit',
          value: '',
          message: `expected what the figure ${String(row.figure)} counts (for example "people detained")`,
        });
      if (name === 'events' && row.figure === undefined)
        for (const col of ['figure_usd', 'figure_qualifier'] as const)
          if (row[col] !== undefined)
            errors.push({
              file,
              line,
              column: col,
              value: String(row[col]),
              message: 'expected an empty cell, because the row has no figure (or give the figure it qualifies)',
            });
      if (
        name === 'people' &&
        (row.status_kind === 'extradited' || row.status_kind === 'handed-over') &&
        !row.handover_date
      )
        errors.push({
          file,
          line,
          column: 'handover_date',
          value: '',
          message: `expected the date the person was moved to China, because status_kind is "${String(row.status_kind)}"`,
        });
      if (name === 'series' && (row.chart === 'held' || row.chart === 'money-taken' || row.chart === 'money-seized')) {
        const both = row.estimated_by !== undefined && row.reported_by !== undefined;
        if (both || (row.estimated_by === undefined && row.reported_by === undefined))
          errors.push({
            file,
            line,
            column: 'estimated_by',
            value: String(row.estimated_by ?? ''),
            message: both
              ? 'expected estimated_by or reported_by, not both (reported_by is for a figure whose estimator no source names)'
              : `expected who made the estimate (or, if no source names one, the outlet in reported_by), because chart is "${row.chart}"`,
          });
        if (row.chart !== 'held' && typeof row.unit === 'string' && !/^USD\b/.test(row.unit))
          errors.push({
            file,
            line,
            column: 'unit',
            value: row.unit,
            message: `expected a unit starting USD, because chart is "${row.chart}" (the money chart plots US dollars only)`,
          });
      }
      if (name === 'series' && (row.qualifier === 'range-low' || row.qualifier === 'range-high'))
        rangeEnds.push({
          line,
          key: `${String(row.series_id)}|${String(row.geo)}|${String(row.date ?? '')}`,
          end: row.qualifier,
        });
      if (name === 'routes' && row.from_place_id !== undefined && row.from_place_id === row.to_place_id)
        errors.push({
          file,
          line,
          column: 'to_place_id',
          value: String(row.to_place_id),
          message: 'expected a place different from from_place_id',
        });
      if (
        (name === 'events' || name === 'routes') &&
        typeof row.date === 'string' &&
        typeof row.date_precision === 'string'
      ) {
        const shapes = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' } as const;
        const written = ({ 10: 'day', 7: 'month', 4: 'year' } as const)[row.date.length as 10 | 7 | 4];
        const precision = row.date_precision as keyof typeof shapes;
        // Less detail than the precision claims is an error (a "day" date without its day). More is allowed: a
        // year-precision figure may carry the day it was counted to ("by the end of 2025": 2025-12-31).
        const rank = { year: 0, month: 1, day: 2 } as const;
        if (written === undefined || rank[written] < rank[precision])
          errors.push({
            file,
            line,
            column: 'date',
            value: row.date,
            message: `expected a date written ${shapes[precision]}, because date_precision is "${precision}" (or set date_precision to ${written})`,
          });
      }
      if (name === 'series' && typeof row.series_id === 'string' && typeof row.series_title === 'string') {
        const first = seriesTitles.get(row.series_id);
        if (!first) seriesTitles.set(row.series_id, { title: row.series_title, line });
        else if (first.title !== row.series_title)
          errors.push({
            file,
            line,
            column: 'series_title',
            value: row.series_title,
            message: `expected "${first.title}", the title of series "${row.series_id}" as first given on line ${first.line} (every row of a series has the same title)`,
          });
      }
    });
  }

  // Sourcing: no fact rests on weak sources alone, and a figure only states speak for is attributed in the row.
  if (!loaded.sources.missing.length && !loaded.sources.unusable) {
    const source = new Map(loaded.sources.rows.map((s) => [s.id as string, s]));
    for (const name of TABLE_NAMES) {
      if (name === 'sources') continue;
      const { file, records, rows, missing } = loaded[name];
      if (missing.length) continue;
      rows.forEach((row, i) => {
        const ids = (row.source_ids ?? []) as string[];
        const known = ids.map((id) => source.get(id)).filter((s) => s !== undefined);
        if (!known.length || known.length !== ids.length) return; // no sources, or an unknown id: reported above
        const line = records[i]!.line;
        if (known.every((s) => WEAK_TIERS.includes(String(s.tier))))
          errors.push({
            file,
            line,
            column: 'source_ids',
            value: ids.join(';'),
            message: `expected at least one source that is not an aggregator, mirror or encyclopedia (these are tiered ${[...new Set(known.map((s) => String(s.tier)))].join(' and ')} in data/sources.csv): cite the original, a wire or a newspaper, or remove the row`,
          });
        if (
          name === 'events' &&
          row.figure !== undefined &&
          row.figure_by === undefined &&
          known.every((s) => s.state !== undefined)
        )
          errors.push({
            file,
            line,
            column: 'figure_by',
            value: '',
            message: `expected who gives the figure ${String(row.figure)} (like "China's Ministry of Public Security"), because every source of the row speaks for a state (sources.csv state: ${[...new Set(known.map((s) => String(s.state)))].join(', ')})`,
          });
      });
    }
  }

  // A range is two rows, its low and its high end, of one series, place and date.
  for (const r of rangeEnds) {
    const other = r.end === 'range-low' ? 'range-high' : 'range-low';
    if (!rangeEnds.some((x) => x.key === r.key && x.end === other))
      errors.push({
        file: 'data/series.csv',
        line: r.line,
        column: 'qualifier',
        value: r.end,
        message: `expected a row with qualifier ${other} and the same series_id, geo and date (the other end of the range)`,
      });
  }
  // Rules across tables: a handover date is the date of the route that moved the person to China.
  if (!loaded.people.missing.length && !loaded.routes.missing.length && !loaded.places.unusable) {
    const country = new Map(loaded.places.rows.map((p) => [p.id, p.country]));
    const movedOn = new Map<string, string>();
    for (const r of loaded.routes.rows)
      if (country.get(r.to_place_id) === 'CN' && Array.isArray(r.person_ids))
        for (const p of r.person_ids as string[]) if (!movedOn.has(p)) movedOn.set(p, String(r.date));
    loaded.people.rows.forEach((p, i) => {
      const route = movedOn.get(String(p.id));
      if (route === undefined || p.handover_date === route) return;
      errors.push({
        file: 'data/people.csv',
        line: loaded.people.records[i]!.line,
        column: 'handover_date',
        value: String(p.handover_date ?? ''),
        message: `expected ${route}, the date of the first route to China in data/routes.csv that names the person`,
      });
    });
  }

  if (!loaded.places.missing.length) checkPlacesInCountries(loaded.places, options.borders ?? BORDERS_OSM, errors);

  // The generated files that the build publishes with the tables.
  checkDescriptor(dir, version, versionDate, errors);
  checkReadme(dir, errors);

  if (errors.length) {
    // Report file by file, top to bottom, as a reporter would fix them (whole-file errors first).
    const files = [
      'data/CHANGELOG.md',
      ...TABLE_NAMES.map((n) => `data/${n}.csv`),
      'data/datapackage.json',
      'data/README.md',
    ];
    const order = (f: string) => files.indexOf(f);
    errors.sort((a, b) => order(a.file) - order(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors };
  }
  const data = { version, versionDate, checkedOn } as DataPackage;
  for (const name of TABLE_NAMES) (data as unknown as Record<string, unknown>)[name] = loaded[name].rows;
  return { ok: true, data };
}

/** data/datapackage.json exists, is JSON, and is what `npm run data:descriptor` would write now. */
function checkDescriptor(dir: string, version: string, versionDate: string, errors: DataError[]) {
  const file = 'data/datapackage.json';
  const path = join(dir, 'datapackage.json');
  if (!existsSync(path)) {
    errors.push({
      file,
      message: `file is missing; ${RUN_DESCRIPTOR} to write it (the build publishes it with the tables)`,
    });
    return;
  }
  const text = readTextFile(path, file, errors, false);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const v8 = e instanceof Error ? e.message : String(e);
    const at = jsonErrorIndex(text) ?? Number(/at position (\d+)/.exec(v8)?.[1] ?? text.length);
    const { line, column } = lineAndColumn(text, at);
    const reason = v8.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    errors.push({
      file,
      line,
      char: column,
      message: `expected valid JSON (the parser stopped here: ${reason}); do not edit this file by hand: ${RUN_DESCRIPTOR} to write it again`,
    });
    return;
  }
  if (!version) return; // without a version from the changelog (its error is reported), there is nothing to compare with
  const diff = firstDifference(json, buildDescriptor(version, versionDate));
  if (diff) errors.push({ file, message: `is out of date: ${diff}; ${RUN_DESCRIPTOR} to write it again` });
}

/** The first place where two JSON values differ, in words. */
function firstDifference(got: unknown, want: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(got, want)) return undefined;
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(got) && Array.isArray(want)) {
    for (let i = 0; i < Math.max(got.length, want.length); i++) {
      const d = firstDifference(got[i], want[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (isObject(got) && isObject(want)) {
    for (const k of new Set([...Object.keys(want), ...Object.keys(got)])) {
      const d = firstDifference(got[k], want[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  const show = (v: unknown) => {
    const s = JSON.stringify(v);
    return s.length > 80 ? s.slice(0, 79) + '…' : s;
  };
  const where = path ? `"${path}"` : 'the file';
  if (got === undefined) return `${where} is missing where src/data/schema.ts and data/CHANGELOG.md give ${show(want)}`;
  if (want === undefined) return `${where} is ${show(got)} where src/data/schema.ts and data/CHANGELOG.md give nothing`;
  return `${where} is ${show(got)} where src/data/schema.ts and data/CHANGELOG.md give ${show(want)}`;
}

/** data/README.md exists and its generated column reference is what `npm run data:descriptor` would write now. */
function checkReadme(dir: string, errors: DataError[]) {
  const file = 'data/README.md';
  const path = join(dir, 'README.md');
  if (!existsSync(path)) {
    errors.push({
      file,
      message: `file is missing; ${RUN_DESCRIPTOR} to write it with the column reference (the build publishes it with the tables)`,
    });
    return;
  }
  // Line ends are the checkout's business (git may write CRLF); the text is what counts.
  const text = readTextFile(path, file, errors).replaceAll('\r\n', '\n');
  const markers = readmeMarkers(text);
  if (markers === 'none') {
    errors.push({
      file,
      message: `has no generated column reference (between the lines ${START} and ${END}); ${RUN_DESCRIPTOR} to add it at the end`,
    });
    return;
  }
  if (markers === 'broken') {
    errors.push({
      file,
      message: `expected the lines ${START} and ${END} once each, in this order, around the generated column reference; fix them by hand, then ${RUN_DESCRIPTOR}`,
    });
    return;
  }
  const want = writeReadme(text);
  if (want === text) return;
  const have = text.split('\n');
  const should = want.split('\n');
  let i = 0;
  while (i < have.length && have[i] === should[i]) i++;
  errors.push({
    file,
    line: i + 1,
    message: `the generated column reference is out of date from this line on (it no longer matches src/data/schema.ts); ${RUN_DESCRIPTOR} to write it again`,
  });
}
