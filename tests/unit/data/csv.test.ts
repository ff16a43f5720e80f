import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/data/csv.ts';

describe('parseCsv', () => {
  it('keeps the physical line of records whose quoted cells span lines', () => {
    const t = parseCsv('id,text\na,"one\ntwo"\nb,"say ""hi"""\r\nc,\n');
    expect(t.records.map((r) => [r.line, r.cells.id, r.cells.text])).toEqual([
      [2, 'a', 'one\ntwo'],
      [4, 'b', 'say "hi"'],
      [5, 'c', ''],
    ]);
    expect(t.problems).toEqual([]);
  });
  it('strips a byte-order mark and skips blank lines', () => {
    expect(parseCsv('\uFEFFid\n\nx\n').records.map((r) => r.cells.id)).toEqual(['x']);
  });
  it('round-trips through toCsv', () => {
    const rows = [{ id: 'a', text: 'comma, "quote"\nline', list: ['x', 'y'] }];
    const back = parseCsv(toCsv(['id', 'text', 'list'], rows)).records[0]!.cells;
    expect(back).toEqual({ id: 'a', text: 'comma, "quote"\nline', list: 'x;y' });
  });
});
