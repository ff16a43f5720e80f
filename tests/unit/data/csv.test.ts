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

describe('parseCsv: structural problems', () => {
  it('reports text after the closing quote of a cell, with its line and cell', () => {
    const t = parseCsv('id,text\na,b\nc,"Quoted"junk,\n');
    expect(t.problems).toEqual([
      expect.objectContaining({ line: 3, cell: 1, value: 'junk' }),
      expect.objectContaining({ line: 3, cells: 3 }),
    ]);
    expect(t.problems[0]!.message).toBe(
      'found "junk" after the closing quote of "Quoted"; expected a comma or the end of the line there (to keep quotes inside a cell, quote the whole cell and double each quote inside it: "say ""hi""")',
    );
  });
  it('keeps a carriage return that does not end a line, so that the validator can report it', () => {
    expect(parseCsv('id,text\na,b\rc\r\n').records.map((r) => r.cells.text)).toEqual(['b\rc']);
  });
  it('gives every cell of a record as written, and the line each starts on', () => {
    const r = parseCsv('id,text,n\na,"one\ntwo",3\n').records[0]!;
    expect(r.raw).toEqual(['a', 'one\ntwo', '3']);
    expect(r.lines).toEqual([2, 2, 3]);
  });
});
