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
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Structural problems (unterminated quote, ragged rows) with their line. */
  problems: { line: number; message: string }[];
}

export function parseCsv(text: string): CsvTable {
  // Strip a UTF-8 byte-order mark that spreadsheet programs like to add.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: { line: number; cells: string[] }[] = [];
  const problems: CsvTable['problems'] = [];
  let line = 1;
  let rowStart = 1;
  let cell = '';
  let cells: string[] = [];
  let inQuotes = false;
  let quoteStart = 0;
  let sawAny = false;

  const endRow = () => {
    cells.push(cell);
    // A completely empty line is not a record.
    if (!(cells.length === 1 && cells[0] === '' && !sawAny)) rows.push({ line: rowStart, cells });
    cells = [];
    cell = '';
    sawAny = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
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
      cells.push(cell);
      cell = '';
      sawAny = true;
    } else if (ch === '\r') {
      // CRLF line ends: the \n that follows ends the row.
    } else if (ch === '\n') {
      endRow();
      line++;
      rowStart = line;
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
  if (cell !== '' || cells.length > 0 || sawAny) endRow();

  const [head, ...body] = rows;
  const header = (head?.cells ?? []).map((h) => h.trim());
  const records = body.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      problems.push({
        line,
        message: `this row has ${cells.length} cells but the header has ${header.length} columns (a comma inside a cell needs "double quotes" around the cell)`,
      });
    }
    const obj: Record<string, string> = {};
    header.forEach((h, i) => (obj[h] = cells[i] ?? ''));
    return { line, cells: obj, width: cells.length };
  });
  return { header, records, problems };
}

/** Writes rows as RFC 4180 CSV (quoting only where needed), with a trailing newline. */
export function toCsv(header: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const esc = (v: unknown) => {
    const s = v === undefined || v === null ? '' : Array.isArray(v) ? v.join(';') : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [header.map(esc).join(','), ...rows.map((r) => header.map((h) => esc(r[h])).join(','))].join('\n') + '\n';
}
