import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataPackage, formatError, type DataError } from '../../../src/data/validate.ts';
import { TABLE_NAMES } from '../../../src/data/schema.ts';

const VALID = join(import.meta.dirname, '../../fixtures/valid');

/** Copies the valid fixture, applies edits (file -> transform), validates, returns formatted errors. */
function errorsAfter(edits: Record<string, (text: string) => string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'stc-data-'));
  try {
    cpSync(VALID, dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, file);
      writeFileSync(path, edit(readFileSync(path, 'utf8')));
    }
    const r = validateDataPackage(dir);
    return r.ok ? [] : r.errors.map(formatError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const replace = (a: string, b: string) => (t: string) => {
  if (!t.includes(a)) throw new Error(`fixture does not contain ${a}`);
  return t.replace(a, b);
};

describe('the valid fixture', () => {
  it('passes and yields typed rows', () => {
    const r = validateDataPackage(VALID);
    if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
    expect(r.data.version).toBe('1.1.0');
    expect(r.data.versionDate).toBe('2026-02-01');
    const ev = r.data.events[0]!;
    expect(ev.figure).toBe(2198);
    expect(ev.countries).toEqual(['MM', 'CN']);
    expect(ev.source_ids).toEqual(['src-a', 'src-b']);
    expect(r.data.places.find((p) => p.id === 'china')!.lat).toBeUndefined();
    expect(r.data.places[0]!.lat).toBe(16.6222);
  });
  it('the real data package is valid too', () => {
    const r = validateDataPackage(join(import.meta.dirname, '../../../data'));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]);
  });
});

describe('typical reporter mistakes: exact messages', () => {
  it('a coordinate typed with a decimal comma', () => {
    expect(errorsAfter({ 'places.csv': replace('16.6222', '"16,78"') })).toEqual([
      'data/places.csv, line 2, column "lat": found "16,78"; expected a number between -90 and 90 with a dot for decimals and no thousands separators, like 16.6222 (use a dot, not a comma, for decimals)',
    ]);
  });
  it('a date written in words', () => {
    expect(errorsAfter({ 'events.csv': replace('2026-01-07,day', '7 Jan 2026,day') })).toEqual([
      'data/events.csv, line 2, column "date": found "7 Jan 2026"; expected a date written YYYY-MM-DD (or YYYY-MM, or YYYY, when only the month or year is known), like 2026-01-07',
    ]);
  });
  it('a source id that does not exist, with a suggestion', () => {
    expect(errorsAfter({ 'events.csv': replace('src-a;src-b', 'src-a;scr-b') })).toEqual([
      'data/events.csv, line 2, column "source_ids": found "scr-b"; expected the id of a row in data/sources.csv, but there is none with this id (did you mean "src-b"?)',
    ]);
  });
  it('a duplicated id', () => {
    expect(errorsAfter({ 'people.csv': (t) => t + 'boss-a,Boss A again,,Chairman,,,,,src-a,\n' })).toEqual([
      'data/people.csv, line 3, column "id": found "boss-a"; expected a unique id, but line 2 already uses it',
    ]);
  });
});

describe('every rule', () => {
  const one = (edits: Parameters<typeof errorsAfter>[0]) => {
    const e = errorsAfter(edits);
    expect(e).toHaveLength(1);
    return e[0]!;
  };
  it('required fields', () => {
    expect(one({ 'events.csv': replace('Raid on KK Park', '') })).toMatch(/line 2, column "title": found ""; expected a value/);
  });
  it('every fact row has at least one source', () => {
    expect(one({ 'people.csv': replace(',src-a,', ',,') })).toMatch(/people.csv, line 2, column "source_ids".*expected at least one value/);
  });
  it('enums, with a suggestion', () => {
    expect(one({ 'events.csv': replace(',raid,', ',raids,') })).toMatch(/column "kind": found "raids"; expected one of: raid, cutoff.*\(did you mean "raid"\?\)/);
  });
  it('impossible calendar dates', () => {
    expect(one({ 'events.csv': replace('2026-01-07', '2026-02-30') })).toMatch(/found "2026-02-30"; expected a real calendar date/);
  });
  it('coordinates in range', () => {
    expect(one({ 'places.csv': replace('98.5408', '198.5408') })).toMatch(/column "lon": found "198.5408"; expected a number from -180 to 180/);
  });
  it('integers', () => {
    expect(one({ 'routes.csv': replace(',600,', ',600.5,') })).toMatch(/column "count": found "600.5"; expected a whole number/);
    expect(one({ 'routes.csv': replace(',600,', ',"1,439",') })).toMatch(/remove the comma/);
  });
  it('country codes', () => {
    expect(one({ 'events.csv': replace('MM;CN', 'MM;China') })).toMatch(/column "countries": found "China"; expected a two-letter country code/);
  });
  it('urls', () => {
    expect(one({ 'sources.csv': replace('https://example.org/a', 'example.org/a') })).toMatch(/column "url": found "example.org\/a"; expected a web address/);
  });
  it('ids are lower-case slugs', () => {
    expect(errorsAfter({ 'sources.csv': replace('src-b,Court', 'Src B,Court') }).join('\n')).toMatch(/column "id": found "Src B"; expected a lower-case id/);
  });
  it('foreign keys in single columns (a route place)', () => {
    expect(one({ 'routes.csv': replace(',mae-sot,china,', ',mae-sott,china,') })).toMatch(/column "from_place_id": found "mae-sott".*data\/places.csv.*did you mean "mae-sot"/);
  });
  it('coordinates required unless precision is none', () => {
    expect(one({ 'places.csv': replace('16.7131,98.5747', ',') })).toMatch(/mae-sot|line 3, column "lat".*expected coordinates because coord_precision is "town"/);
  });
  it('a figure needs its unit', () => {
    expect(one({ 'events.csv': replace('people detained', '') })).toMatch(/column "figure_unit".*expected what the figure 2198 counts/);
  });
  it('a route goes somewhere else', () => {
    expect(one({ 'routes.csv': replace(',mae-sot,china,', ',china,china,') })).toMatch(/column "to_place_id".*different from from_place_id/);
  });
  it('a title in another language: its language tag and its English go together', () => {
    const chinese = (lang: string, en: string) =>
      replace('src-b,Court sentences,,,', `src-b,缅北白家案一审宣判,${lang},${en},`);
    expect(errorsAfter({ 'sources.csv': chinese('zh-Hans', 'Verdict in the Bai family case') })).toEqual([]);
    expect(one({ 'sources.csv': chinese('zh-Hans', '') })).toBe(
      'data/sources.csv, line 3, column "title_en": found ""; expected the title in English, because the title is in another language (title_lang zh-Hans)',
    );
    expect(one({ 'sources.csv': chinese('', 'Verdict in the Bai family case') })).toMatch(
      /line 3, column "title_lang": found ""; expected the language of the title \(like zh-Hans\)/,
    );
    expect(one({ 'sources.csv': chinese('Chinese', 'Verdict') })).toMatch(
      /column "title_lang": found "Chinese"; expected a BCP 47 language tag like zh-Hans/,
    );
    expect(one({ 'sources.csv': chinese('xx', 'Verdict') })).toBe(
      'data/sources.csv, line 3, column "title_lang": found "xx"; expected the tag of a known language, like zh-Hans, th or vi (this one names none)',
    );
    expect(one({ 'sources.csv': chinese('und', 'Verdict') })).toMatch(/found "und"; expected the tag of a known language/);
    expect(one({ 'sources.csv': replace('src-b,Court sentences,,', 'src-b,Court sentences,en,Court sentences') })).toMatch(
      /column "title_lang": .*expected an empty cell for an English title/,
    );
  });
  it('header problems: a misspelt column', () => {
    const e = errorsAfter({ 'events.csv': replace('figure_unit', 'figure_units') });
    expect(e[0]).toBe('data/events.csv, line 1, column "figure_unit": the header has no column "figure_unit" (is "figure_units" a misspelling of it?)');
  });
  it('ragged rows and unclosed quotes', () => {
    expect(errorsAfter({ 'organizations.csv': (t) => t + 'gang-b,Gang B,,x,MM,Too, many, cells,src-a,\n' }).join('\n')).toMatch(/line 3: this row has 10 cells but the header has 8 columns/);
    expect(errorsAfter({ 'organizations.csv': (t) => t + 'gang-b,Gang B,,x,MM,Too, many, cells,src-a,\n' })).toHaveLength(1);
    expect(errorsAfter({ 'organizations.csv': (t) => t + 'gang-c,"Gang C,,x,MM,d,src-a,\n' }).join('\n')).toMatch(/line 3: a quoted cell opened here is never closed/);
  });
  it('a missing file', () => {
    expect(errorsAfter({ 'series.csv': () => '' }).join('\n')).toMatch(/data\/series.csv, line 1, column "id": the header has no column "id"/);
  });
  it('changelog headings', () => {
    expect(one({ 'CHANGELOG.md': replace('## 1.1.0 - 2026-02-01', '## v1.1 - 1 Feb 2026') })).toMatch(/data\/CHANGELOG.md, line 3: found "## v1.1 - 1 Feb 2026"; expected a version heading like "## 1.2.0 - 2026-12-02"/);
  });
  it('lists every error, not just the first, ordered by file and line', () => {
    const e = errorsAfter({
      'events.csv': (t) => t.replace('2026-01-07', 'yesterday').replace(',raid,', ',rade,'),
      'places.csv': replace('16.6222', 'north'),
    });
    expect(e).toHaveLength(3);
    expect(e[0]).toMatch(/^data\/places.csv/);
    expect(e.slice(1).every((x) => x.startsWith('data/events.csv, line 2'))).toBe(true);
  });
});

describe('formatError', () => {
  it('names file, line, column, value and expectation', () => {
    const e: DataError = { file: 'data/x.csv', line: 4, column: 'lat', value: 'a', message: 'expected b' };
    expect(formatError(e)).toBe('data/x.csv, line 4, column "lat": found "a"; expected b');
  });
});

it('covers every table', () => {
  expect(TABLE_NAMES).toEqual(['sources', 'places', 'events', 'people', 'organizations', 'routes', 'series']);
});
