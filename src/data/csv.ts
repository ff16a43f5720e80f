/**
 * A small RFC 4180 CSV reader that keeps the physical line number of every record,
 * so that validation errors can point a reporter at the exact line of the file
 * (a quoted cell may span several lines, so "record index + 2" would be wrong).
 */

export interface CsvRecord {
  /** 1-based line in the file on which the record starts. */
  line: number;
  /** Cells keyed by header name. Missing trailing cells are `''`. */
  cells: Record<string, string>;
  /** Number of cells actually present on the record (to report ragged rows). */
  width: number;
  /** The cells in the order written (quotes removed), including any beyond the header's columns. */
  raw: string[];
  /** 1-based line on which each cell of `raw` starts. */
  lines: number[];
}

export interface CsvProblem {
  line: number;
  message: string;
  /** 0-based index of the cell the problem is in, when it is in one. */
  cell?: number;
  /** The offending text, when it is not the whole cell. */
  value?: string;
  /** For a ragged row: how many cells it has. */
  cells?: number;
}

export interface CsvTable {
  header: string[];
  /** 1-based line of the header. */
  headerLine: number;
  records: CsvRecord[];
  /** Structural problems (unterminated quote, text after a closing quote, ragged rows) with their line. */
  problems: CsvProblem[];
}

/** Shortens a cell quoted in a message to its last 40 characters. */
const tail = (s: string) => (s.length > 40 ? '…' + s.slice(-39) : s);

export function parseCsv(text: string): CsvTable {
  // Strip a UTF-8 byte-order mark that spreadsheet programs like to add.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: { line: number; cells: string[]; lines: number[] }[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let rowStart = 1;
  let cell = '';
  let cells: string[] = [];
  let cellLine = 1;
  let lines: number[] = [];
  let inQuotes = false;
  let quoteStart = 0;
  let sawAny = false;
  /** Text found after the closing quote of the current cell, reported when the cell ends. */
  let junk: { line: number; cell: number; start: number; quoted: string } | undefined;

  const endCell = (end: number) => {
    if (junk) {
      const value = text.slice(junk.start, end).replace(/\r$/, '');
      problems.push({
        line: junk.line,
        cell: junk.cell,
        value,
        message: `found "${value}" after the closing quote of "${tail(junk.quoted)}"; expected a comma or the end of the line there (to keep quotes inside a cell, quote the whole cell and double each quote inside it: "say ""hi""")`,
      });
      junk = undefined;
    }
    cells.push(cell);
    lines.push(cellLine);
    cell = '';
    cellLine = line;
  };
  const endRow = (end: number) => {
    endCell(end);
    // A completely empty line is not a record.
    if (!(cells.length === 1 && cells[0] === '' && !sawAny)) rows.push({ line: rowStart, cells, lines });
    cells = [];
    lines = [];
    sawAny = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
          const next = text[i + 1];
          const lineEnd = next === '\n' || (next === '\r' && (text[i + 2] === '\n' || i + 2 === text.length));
          if (next !== undefined && next !== ',' && !lineEnd)
            junk = { line, cell: cells.length, start: i + 1, quoted: cell };
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      inQuotes = true;
      quoteStart = line;
      sawAny = true;
    } else if (ch === ',') {
      endCell(i);
      sawAny = true;
    } else if (ch === '\r' && (text[i + 1] === '\n' || i + 1 === text.length)) {
      // CRLF line ends: the \n that follows ends the row. A lone \r elsewhere stays in the cell.
    } else if (ch === '\n') {
      endRow(i);
      line++;
      rowStart = line;
      cellLine = line;
    } else {
      cell += ch;
      sawAny = true;
    }
  }
  if (inQuotes) {
    problems.push({
      line: quoteStart,
      message: 'a quoted cell opened here is never closed (add the closing " or remove the opening one)',
    });
  }
  if (cell !== '' || cells.length > 0 || sawAny) endRow(text.length);

  const [head, ...body] = rows;
  const header = (head?.cells ?? []).map((h) => h.trim());
  const records = body.map(({ line, cells, lines }) => {
    if (cells.length !== header.length) {
      problems.push({
        line,
        cells: cells.length,
        message: `this row has ${cells.length} cells but the header has ${header.length} columns (a comma inside a cell needs "double quotes" around the cell)`,
      });
    }
    const obj: Record<string, string> = {};
    header.forEach((h, i) => (obj[h] = cells[i] ?? ''));
    return { line, cells: obj, width: cells.length, raw: cells, lines };
  });
  return { header, headerLine: head?.line ?? 1, records, problems };
}

/** Writes rows as RFC 4180 CSV (quoting only where needed), with a trailing newline. */
export function toCsv(header: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const esc = (v: unknown) => {
    const s = v === undefined || v === null ? '' : Array.isArray(v) ? v.join(';') : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [header.map(esc).join(','), ...rows.map((r) => header.map((h) => esc(r[h])).join(','))].join('\n') + '\n';
}
