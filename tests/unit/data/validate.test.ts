import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataPackage, formatError, type DataError } from '../../../src/data/validate.ts';
import { TABLE_NAMES } from '../../../src/data/schema.ts';

const VALID = join(import.meta.dirname, '../../fixtures/valid');

/** An edit of one file: its new text or bytes, or `null` to delete the file. */
type Edit = (text: string) => string | Uint8Array | null;

/** Copies the valid fixture, applies edits (file -> transform), validates, returns formatted errors. */
function errorsAfter(edits: Record<string, Edit>, options: { today?: string } = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'stc-data-'));
  try {
    cpSync(VALID, dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, file);
      const out = edit(readFileSync(path, 'utf8'));
      if (out === null) rmSync(path);
      else writeFileSync(path, out);
    }
    const r = validateDataPackage(dir, options);
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
    expect(errorsAfter({ 'people.csv': (t) => t + 'boss-a,Boss A again,,Chairman,,,,,,,,src-a,\n' })).toEqual([
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
    expect(one({ 'events.csv': replace('Raid on KK Park', '') })).toMatch(
      /line 2, column "title": found ""; expected a value/,
    );
  });
  it('every fact row has at least one source', () => {
    expect(one({ 'people.csv': replace(',src-a,', ',,') })).toMatch(
      /people.csv, line 2, column "source_ids".*expected at least one value/,
    );
  });
  it('enums, with a suggestion', () => {
    expect(one({ 'events.csv': replace(',raid,', ',raids,') })).toMatch(
      /column "kind": found "raids"; expected one of: raid, cutoff.*\(did you mean "raid"\?\)/,
    );
  });
  it('impossible calendar dates', () => {
    expect(one({ 'events.csv': replace('2026-01-07', '2026-02-30') })).toMatch(
      /found "2026-02-30"; expected a real calendar date/,
    );
  });
  it('coordinates in range', () => {
    expect(one({ 'places.csv': replace('98.5408', '198.5408') })).toMatch(
      /column "lon": found "198.5408"; expected a number from -180 to 180/,
    );
  });
  it('integers', () => {
    expect(one({ 'routes.csv': replace(',600,', ',600.5,') })).toMatch(
      /column "count": found "600.5"; expected a whole number/,
    );
    expect(one({ 'routes.csv': replace(',600,', ',"1,439",') })).toMatch(/remove the comma/);
  });
  it('country codes', () => {
    expect(one({ 'events.csv': replace('MM;CN', 'MM;China') })).toMatch(
      /column "countries": found "China"; expected a two-letter country code/,
    );
  });
  it('urls', () => {
    expect(one({ 'sources.csv': replace('https://example.org/a', 'example.org/a') })).toMatch(
      /column "url": found "example.org\/a"; expected a web address/,
    );
  });
  it('ids are lower-case slugs', () => {
    expect(errorsAfter({ 'sources.csv': replace('src-b,Court', 'Src B,Court') }).join('\n')).toMatch(
      /column "id": found "Src B"; expected a lower-case id/,
    );
  });
  it('foreign keys in single columns (a route place)', () => {
    expect(one({ 'routes.csv': replace(',mae-sot,china,', ',mae-sott,china,') })).toMatch(
      /column "from_place_id": found "mae-sott".*data\/places.csv.*did you mean "mae-sot"/,
    );
  });
  it('coordinates required unless precision is none', () => {
    expect(one({ 'places.csv': replace('16.7131,98.5747', ',') })).toMatch(
      /mae-sot|line 3, column "lat".*expected coordinates because coord_precision is "town"/,
    );
  });
  it('a figure needs its unit', () => {
    expect(one({ 'events.csv': replace('people detained', '') })).toMatch(
      /column "figure_unit".*expected what the figure 2198 counts/,
    );
  });
  it('the chart columns: a handover needs its date, and it is the date of the route that moved the person', () => {
    expect(one({ 'people.csv': replace('2026-01-07,,,,', '2026-01-07,,handed-over,,') })).toMatch(
      /people.csv, line 2, column "handover_date".*because status_kind is "handed-over"/,
    );
    // The route to China (rt-a, 2026-01-08) names boss-a: the person's handover_date must be that day.
    const routeNames = replace('Chinese nationals,,600', 'Chinese nationals,boss-a,600');
    expect(one({ 'routes.csv': routeNames })).toMatch(
      /people.csv, line 2, column "handover_date": found ""; expected 2026-01-08, the date of the first route/,
    );
    expect(
      one({ 'routes.csv': routeNames, 'people.csv': replace('2026-01-07,,,,', '2026-01-07,,,2026-01-07,') }),
    ).toMatch(/column "handover_date": found "2026-01-07"; expected 2026-01-08/);
    expect(
      errorsAfter({ 'routes.csv': routeNames, 'people.csv': replace('2026-01-07,,,,', '2026-01-07,,,2026-01-08,') }),
    ).toEqual([]);
  });
  it('the chart columns: a charted estimate names who made it, money is in dollars, a range has two ends', () => {
    const held = (cells: string) => replace('people (at least),MM,,,,,,', `people (at least),MM,${cells},`);
    expect(one({ 'series.csv': held('held,at-least,,,') })).toMatch(
      /series.csv, line 2, column "estimated_by".*expected who made the estimate.*because chart is "held"/,
    );
    expect(one({ 'series.csv': held('held,at-least,OHCHR,Example Post,') })).toMatch(/not both/);
    expect(errorsAfter({ 'series.csv': held('held,at-least,OHCHR,,') })).toEqual([]);
    expect(one({ 'series.csv': held('money-taken,,UNODC,,') })).toMatch(
      /column "unit": found "people \(at least\)"; expected a unit starting USD/,
    );
    expect(one({ 'series.csv': held('held,range-low,OHCHR,,') })).toMatch(
      /column "qualifier": found "range-low"; expected a row with qualifier range-high and the same series_id, geo and date/,
    );
    expect(one({ 'events.csv': replace(',,,,,,,,src-b,', ',,,,,,about,,src-b,') })).toMatch(
      /line 3, column "figure_qualifier": found "about"; expected an empty cell, because the row has no figure/,
    );
  });
  it('sourcing: no fact row rests only on aggregators, mirrors or encyclopedias', () => {
    // ev-talks cites src-b alone; ev-raid cites src-a and src-b, so a weak src-b leaves it standing on src-a.
    const weak = (tier: string) => replace('2026-01-10,court,primary,', `2026-01-10,court,${tier},`);
    expect(one({ 'sources.csv': weak('aggregator') })).toMatch(
      /^data\/events.csv, line 3, column "source_ids": found "src-b"; expected at least one source that is not an aggregator, mirror or encyclopedia \(these are tiered aggregator in data\/sources.csv\)/,
    );
    expect(one({ 'sources.csv': weak('encyclopedia') })).toMatch(/line 3, column "source_ids".*tiered encyclopedia/);
    // Every source of every table is checked, not only events'.
    expect(
      errorsAfter({ 'sources.csv': replace('2026-01-10,news,news,', '2026-01-10,news,aggregator,') }).filter((e) =>
        e.includes('expected at least one source that is not'),
      ),
    ).toHaveLength(7);
    // No exception for a row a chapter cites: the chapter changes, not the rule.
    expect(
      errorsAfter({
        'sources.csv': weak('aggregator'),
        'events.csv': replace('Police met.,,CN,,,,,,,,src-b,', 'Police met.,,CN,,,,,,,,src-b,Cited by a chapter.'),
      }).filter((e) => e.includes('expected at least one source that is not')),
    ).toHaveLength(1);
    expect(one({ 'sources.csv': weak('mirror') })).toMatch(
      /column "tier": found "mirror"; expected one of: primary, wire/,
    );
  });
  it('sourcing: a figure that only state voices give is attributed in figure_by', () => {
    // ev-raid's figure 2198 rests on src-a (news) and src-b (a court, state government): src-a as state media too.
    const stateA = replace('2026-01-10,news,news,,', '2026-01-10,news,news,state-media,');
    expect(one({ 'sources.csv': stateA })).toMatch(
      /^data\/events.csv, line 2, column "figure_by": found ""; expected who gives the figure 2198 .*sources.csv state: state-media, government\)/,
    );
    expect(
      errorsAfter({
        'sources.csv': stateA,
        'events.csv': replace('people detained,,,,', "people detained,,,China's Ministry of Public Security,"),
      }),
    ).toEqual([]);
    // One independent source is enough: as the fixture stands (src-a not a state voice), no figure_by is needed.
    expect(errorsAfter({})).toEqual([]);
  });
  it('the changelog may say when the desk last checked for news', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stc-data-'));
    try {
      cpSync(VALID, dir, { recursive: true });
      const r0 = validateDataPackage(dir);
      expect(r0.ok && r0.data.checkedOn).toBe('2026-02-01'); // no "Checked on" line: the version date
      const log = join(dir, 'CHANGELOG.md');
      const text = readFileSync(log, 'utf8');
      writeFileSync(log, text.replace('## 1.1.0 - 2026-02-01\n', '## 1.1.0 - 2026-02-01\nChecked on 2026-02-03.\n'));
      const r1 = validateDataPackage(dir, { today: '2026-02-05' });
      expect(r1.ok && r1.data.checkedOn).toBe('2026-02-03');
      expect(validateDataPackage(dir, { today: '2026-02-02' }).ok).toBe(false);
      writeFileSync(log, text.replace('## 1.1.0 - 2026-02-01\n', '## 1.1.0 - 2026-02-01\nChecked on 2026-02-30.\n'));
      const r2 = validateDataPackage(dir);
      expect(r2.ok ? [] : r2.errors.map(formatError)).toEqual([
        'data/CHANGELOG.md, line 4: found "Checked on 2026-02-30."; expected a real calendar date',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a route goes somewhere else', () => {
    expect(one({ 'routes.csv': replace(',mae-sot,china,', ',china,china,') })).toMatch(
      /column "to_place_id".*different from from_place_id/,
    );
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
    expect(one({ 'sources.csv': chinese('und', 'Verdict') })).toMatch(
      /found "und"; expected the tag of a known language/,
    );
    expect(
      one({ 'sources.csv': replace('src-b,Court sentences,,', 'src-b,Court sentences,en,Court sentences') }),
    ).toMatch(/column "title_lang": .*expected an empty cell for an English title/);
  });
  it('header problems: a misspelt column', () => {
    const e = errorsAfter({ 'events.csv': replace('figure_unit', 'figure_units') });
    expect(e[0]).toBe(
      'data/events.csv, line 1, column "figure_unit": the header has no column "figure_unit" (is "figure_units" a misspelling of it?)',
    );
  });
  it('ragged rows and unclosed quotes', () => {
    expect(
      errorsAfter({ 'organizations.csv': (t) => t + 'gang-b,Gang B,,x,MM,Too, many, cells,other,,src-a,\n' }).join(
        '\n',
      ),
    ).toMatch(/line 3: this row has 12 cells but the header has 10 columns/);
    expect(
      errorsAfter({ 'organizations.csv': (t) => t + 'gang-b,Gang B,,x,MM,Too, many, cells,other,,src-a,\n' }),
    ).toHaveLength(1);
    expect(errorsAfter({ 'organizations.csv': (t) => t + 'gang-c,"Gang C,,x,MM,d,src-a,\n' }).join('\n')).toMatch(
      /line 3: a quoted cell opened here is never closed/,
    );
  });
  it('a missing file', () => {
    expect(errorsAfter({ 'series.csv': () => '' }).join('\n')).toMatch(
      /data\/series.csv, line 1, column "id": the header has no column "id"/,
    );
  });
  it('changelog headings', () => {
    expect(one({ 'CHANGELOG.md': replace('## 1.1.0 - 2026-02-01', '## v1.1 - 1 Feb 2026') })).toMatch(
      /data\/CHANGELOG.md, line 3: found "## v1.1 - 1 Feb 2026"; expected a version heading like "## 1.2.0 - 2026-12-02"/,
    );
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
  it('names a range of lines, a character column, and prints control characters and long values safely', () => {
    expect(formatError({ file: 'data/x.csv', line: 2, lastLine: 9, message: 'm' })).toBe('data/x.csv, lines 2–9: m');
    expect(formatError({ file: 'data/x.json', line: 3, char: 14, message: 'm' })).toBe(
      'data/x.json, line 3, column 14: m',
    );
    expect(formatError({ file: 'f', line: 1, column: 'a\u001b[2Jb', value: 'x\ty\nz', message: 'm' })).toBe(
      'f, line 1, column "a<U+001B>[2Jb": found "x<U+0009>y\nz"; m',
    );
    expect(formatError({ file: 'f', value: 'x'.repeat(201), message: 'm' })).toBe(
      `f: found "${'x'.repeat(100)}…" (201 characters); m`,
    );
  });
});

it('covers every table', () => {
  expect(TABLE_NAMES).toEqual(['sources', 'places', 'events', 'people', 'organizations', 'routes', 'series']);
});

describe('bad data that used to get through', () => {
  const one = (edits: Parameters<typeof errorsAfter>[0], options?: Parameters<typeof errorsAfter>[1]) => {
    const e = errorsAfter(edits, options);
    expect(e).toHaveLength(1);
    return e[0]!;
  };
  /** The text with `find` replaced by raw bytes (as a Latin-1 editor would save them). */
  const withBytes = (find: string, bytes: number[]) => (t: string) => {
    const at = t.indexOf(find);
    if (at < 0) throw new Error(`fixture does not contain ${find}`);
    return Buffer.concat([Buffer.from(t.slice(0, at)), Buffer.from(bytes), Buffer.from(t.slice(at + find.length))]);
  };
  const cafe = [0x43, 0x61, 0x66, 0xe9]; // "Café" in Latin-1

  it('a byte that is not UTF-8 names its line and column and says to save as UTF-8', () => {
    expect(errorsAfter({ 'places.csv': withBytes('Mae Sot', cafe) })).toEqual([
      'data/places.csv, line 3, column "name": found "Caf\uFFFD"; expected text saved as UTF-8, but this cell has the byte 0xE9, which is not UTF-8 (in Latin-1 or Windows-1252 it is "é"): save the file as UTF-8 (a spreadsheet program calls it "CSV UTF-8")',
    ]);
    // In a quoted cell that spans lines, the line is the one the byte is on.
    expect(
      errorsAfter({ 'events.csv': withBytes('raided the compound', [0x0a, ...Buffer.from('raided the '), ...cafe]) }),
    ).toEqual([
      expect.stringMatching(
        /^data\/events.csv, line 3, column "summary": found "Troops \nraided the Caf\uFFFD, officials said."; expected text saved as UTF-8/,
      ),
    ]);
    expect(one({ 'CHANGELOG.md': withBytes('raid', cafe) })).toBe(
      'data/CHANGELOG.md, line 4, column 14: expected text saved as UTF-8, but the file has the byte 0xE9 here, which is not UTF-8 (in Latin-1 or Windows-1252 it is "é"): save the file as UTF-8',
    );
  });
  it('a replacement character left by an earlier wrong decoding', () => {
    expect(one({ 'places.csv': replace('Mae Sot', 'Caf\uFFFD') })).toBe(
      'data/places.csv, line 3, column "name": found "Caf\uFFFD"; expected the character that was typed here: U+FFFD (\uFFFD) stands for a character lost when the text was once read in the wrong encoding; type it again',
    );
  });

  it('datapackage.json and README.md must exist, parse and be current', () => {
    expect(errorsAfter({ 'datapackage.json': () => null })).toEqual([
      'data/datapackage.json: file is missing; run `npm run data:descriptor` to write it (the build publishes it with the tables)',
    ]);
    expect(errorsAfter({ 'README.md': () => null })).toEqual([
      'data/README.md: file is missing; run `npm run data:descriptor` to write it with the column reference (the build publishes it with the tables)',
    ]);
    expect(one({ 'datapackage.json': replace('"tabular-data-package",', '"tabular-data-package"') })).toMatch(
      /^data\/datapackage.json, line 3, column 3: expected valid JSON \(.+\); do not edit this file by hand: run `npm run data:descriptor` to write it again$/,
    );
    expect(errorsAfter({ 'CHANGELOG.md': replace('## 1.1.0 - 2026-02-01', '## 1.2.0 - 2026-02-01') })).toEqual([
      'data/datapackage.json: is out of date: "version" is "1.1.0" where src/data/schema.ts and data/CHANGELOG.md give "1.2.0"; run `npm run data:descriptor` to write it again',
    ]);
    expect(
      one({ 'datapackage.json': replace('"Date the page was last read by the desk."', '"Edited by hand."') }),
    ).toBe(
      'data/datapackage.json: is out of date: "resources[0].schema.fields[9].description" is "Edited by hand." where src/data/schema.ts and data/CHANGELOG.md give "Date the page was last read by the desk."; run `npm run data:descriptor` to write it again',
    );
    const readme = readFileSync(join(VALID, 'README.md'), 'utf8');
    const line = readme.split('\n').findIndex((l) => l.startsWith('| `title` | yes |')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(one({ 'README.md': replace('| `title` | yes |', '| `title` | no |') })).toBe(
      `data/README.md, line ${line}: the generated column reference is out of date from this line on (it no longer matches src/data/schema.ts); run \`npm run data:descriptor\` to write it again`,
    );
    expect(one({ 'README.md': (t) => t.replace(/<!-- (END )?GENERATED.*-->\n/g, '') })).toBe(
      'data/README.md: has no generated column reference (between the lines <!-- GENERATED: column reference (npm run data:descriptor) --> and <!-- END GENERATED -->); run `npm run data:descriptor` to add it at the end',
    );
  });

  it('what the messages advise works: `npm run data:descriptor` writes the missing or stale files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stc-data-'));
    try {
      cpSync(VALID, dir, { recursive: true });
      rmSync(join(dir, 'datapackage.json'));
      writeFileSync(join(dir, 'README.md'), '# Our data\n\nHand-written notes.\n'); // no column reference
      writeFileSync(
        join(dir, 'CHANGELOG.md'),
        readFileSync(join(dir, 'CHANGELOG.md'), 'utf8').replace('## 1.1.0', '## 1.1.1'),
      );
      expect(validateDataPackage(dir).ok).toBe(false);
      execFileSync(process.execPath, [join(import.meta.dirname, '../../../scripts/write-descriptor.ts'), dir], {
        stdio: 'pipe',
      });
      const r = validateDataPackage(dir);
      expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]);
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(
        /^# Our data\n\nHand-written notes.\n\n## Tables and columns\n/,
      );
      rmSync(join(dir, 'README.md'));
      execFileSync(process.execPath, [join(import.meta.dirname, '../../../scripts/write-descriptor.ts'), dir], {
        stdio: 'pipe',
      });
      expect(validateDataPackage(dir).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000); // two Node processes: over 5 s on a busy two-core machine

  it('a table with a header but no rows', () => {
    expect(errorsAfter({ 'events.csv': (t) => t.split('\n')[0]! + '\n' })).toEqual([
      'data/events.csv: has a header but no rows; expected at least one row',
    ]);
    // Without sources, every reference to them would fail too: the one error says why.
    expect(errorsAfter({ 'sources.csv': (t) => t.split('\n')[0]! + '\n' })).toEqual([
      'data/sources.csv: has a header but no rows; expected at least one row',
    ]);
  });

  it('numbers that cannot be stored exactly', () => {
    const huge = '1'.repeat(400);
    expect(one({ 'events.csv': replace(',2198,', `,${huge},`) })).toBe(
      `data/events.csv, line 2, column "figure": found "${'1'.repeat(100)}…" (400 characters); expected a number of at most 15 significant digits (this one has 400): longer numbers cannot be stored exactly, and this one is too large to store at all (it would become ∞)`,
    );
    expect(one({ 'routes.csv': replace(',600,', ',9007199254740993,') })).toBe(
      'data/routes.csv, line 2, column "count": found "9007199254740993"; expected a number of at most 15 significant digits (this one has 16): longer numbers cannot be stored exactly, and this one would become 9007199254740992',
    );
    expect(one({ 'places.csv': replace('16.6222', '16.62221234567890123') })).toMatch(
      /column "lat": found "16.62221234567890123"; expected a number of at most 15 significant digits \(this one has 19\).*would become 16.6222123456789/,
    );
    expect(one({ 'series.csv': replace(',120000,', `,1${'0'.repeat(300)},`) })).toMatch(
      /column "value": .*\(301 characters\); expected a number of at most 15 significant digits \(this one has 301\).*would become 1e\+300$/,
    );
    // Fifteen digits, leading zeros and trailing decimal zeros are fine.
    expect(
      errorsAfter({
        'events.csv': replace(',2198,', ',123456789012345,'),
        'places.csv': replace('16.6222', '16.622200000000000000'),
        'series.csv': replace(',120000,', ',0.000000000000000012,'),
      }),
    ).toEqual([]);
  });

  it('dates later than today, in every date column', () => {
    const today = { today: '2026-02-15' };
    expect(errorsAfter({}, today)).toEqual([]);
    expect(one({ 'events.csv': replace('2026-01-07,day', '2027-01-07,day') }, today)).toBe(
      'data/events.csv, line 2, column "date": found "2027-01-07"; expected a date no later than today (2026-02-15): the data cannot report what has not happened yet (a typo in the year?)',
    );
    // A month or a year is in the future only when it starts after today.
    expect(errorsAfter({ 'events.csv': replace('2026-01,month', '2026-02,month') }, today)).toEqual([]);
    expect(one({ 'events.csv': replace('2026-01,month', '2026-03,month') }, today)).toMatch(
      /line 3, column "date": found "2026-03"; expected a date no later than today \(2026-02-15\)/,
    );
    expect(errorsAfter({ 'places.csv': replace(',raided,2020,', ',raided,2026,') }, today)).toEqual([]);
    expect(one({ 'places.csv': replace(',raided,2020,', ',raided,2027,') }, today)).toMatch(
      /column "first_reported": found "2027"; expected a date no later than today/,
    );
    expect(one({ 'sources.csv': replace('2026-01-08,https', '2026-02-16,https') }, today)).toMatch(
      /line 2, column "published": found "2026-02-16"/,
    );
    expect(one({ 'people.csv': replace(',2026-01-07,', ',2026-03-01,') }, today)).toMatch(
      /column "status_date": found "2026-03-01"/,
    );
    expect(one({ 'series.csv': replace('2023-08-29', '2026-12-01') }, today)).toMatch(
      /column "date": found "2026-12-01"/,
    );
    // Without `today`, the real current date where it is latest (UTC+14).
    const now = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    expect(one({ 'routes.csv': replace('2026-01-08,day', '9999-01-08,day') })).toBe(
      `data/routes.csv, line 2, column "date": found "9999-01-08"; expected a date no later than today (${now}): the data cannot report what has not happened yet (a typo in the year?)`,
    );
  });

  it('a date written with less detail than its date_precision (more is allowed: the day a yearly count runs to)', () => {
    expect(errorsAfter({ 'events.csv': replace('2026-01,month', '2026-01-15,month') })).toEqual([]);
    expect(one({ 'events.csv': replace('2026-01,month', '2026,month') })).toBe(
      'data/events.csv, line 3, column "date": found "2026"; expected a date written YYYY-MM, because date_precision is "month" (or set date_precision to year)',
    );
    expect(one({ 'routes.csv': replace('2026-01-08,day', '2026-01,day') })).toBe(
      'data/routes.csv, line 2, column "date": found "2026-01"; expected a date written YYYY-MM-DD, because date_precision is "day" (or set date_precision to month)',
    );
  });

  it('control characters in a cell, named by code point', () => {
    const name = (c: string) => one({ 'organizations.csv': replace('Gang A', `Gang${c}A`) });
    expect(name('\u0000')).toBe(
      'data/organizations.csv, line 2, column "name": found "Gang<U+0000>A"; expected no control characters, but the cell holds U+0000 (NUL), invisible or blank in most editors: delete it',
    );
    expect(name('\t')).toMatch(/found "Gang<U\+0009>A"; .*holds U\+0009 \(tab\)/);
    expect(name('\u007f')).toMatch(/holds U\+007F \(DEL\)/);
    expect(name('\u0085')).toMatch(/found "Gang<U\+0085>A"; .*holds U\+0085 \(a C1 control character\)/);
    expect(one({ 'organizations.csv': replace('Gang A', '"Gang\rA"') })).toMatch(/holds U\+000D \(carriage return\)/);
    expect(one({ 'organizations.csv': replace('Gang A', 'Gang\u001b\u0007A') })).toMatch(
      /holds U\+001B \(escape\) and U\+0007 \(a C0 control character\)/,
    );
    // A line break inside a quoted cell is text, with LF or CRLF line ends.
    const multiline = replace(
      '"Troops raided the compound, officials said."',
      '"Troops raided the compound.\nOfficials said so."',
    );
    expect(errorsAfter({ 'events.csv': multiline })).toEqual([]);
    expect(errorsAfter({ 'events.csv': (t) => multiline(t).replaceAll('\n', '\r\n') })).toEqual([]);
  });

  it('web addresses with a user name or password', () => {
    expect(one({ 'sources.csv': replace('https://example.org/a', 'https://user:secret@example.org/a') })).toBe(
      'data/sources.csv, line 2, column "url": found "https://user:***@example.org/a"; expected a web address without a user name or password in it (delete "user:…@"): the address is published as a link',
    );
    expect(one({ 'sources.csv': replace('https://example.org/a', 'https://user@example.org/a') })).toMatch(
      /found "https:\/\/user@example.org\/a"; expected a web address without a user name/,
    );
  });

  it('text after the closing quote of a cell', () => {
    expect(
      errorsAfter({ 'organizations.csv': replace('Alleged scam operator.', '"Alleged scam operator."junk') }),
    ).toEqual([
      'data/organizations.csv, line 2, column "description": found "junk" after the closing quote of "Alleged scam operator."; expected a comma or the end of the line there (to keep quotes inside a cell, quote the whole cell and double each quote inside it: "say ""hi""")',
    ]);
  });

  it('a series whose rows give different titles', () => {
    const row = (id: string, title: string) =>
      `${id},held,${title},2023-08-29,2023,1000,people (at least),TH,,,,,,src-a,\n`;
    expect(
      errorsAfter({
        'series.csv': (t) =>
          t +
          row('held-th-2023', 'People held') +
          row('held-la-2023', 'People held (estimates)') +
          row('held-kh-2023', 'Held'),
      }),
    ).toEqual([
      'data/series.csv, line 3, column "series_title": found "People held"; expected "People held (estimates)", the title of series "held" as first given on line 2 (every row of a series has the same title)',
      'data/series.csv, line 5, column "series_title": found "Held"; expected "People held (estimates)", the title of series "held" as first given on line 2 (every row of a series has the same title)',
    ]);
  });

  it('a file with old Mac line ends (CR only) gets one whole-file error', () => {
    expect(errorsAfter({ 'places.csv': (t) => t.replaceAll('\n', '\r') })).toEqual([
      'data/places.csv: the lines end with a carriage return alone (CR, the line end of old Mac programs), so the file reads as one long line; expected lines that end with LF or CRLF: save the file again with LF or CRLF line ends',
    ]);
    expect(errorsAfter({ 'places.csv': (t) => t.replaceAll('\n', '\r\n') })).toEqual([]);
  });

  it('a header missing a column: the header error first, the rows it shifts summarised in one error', () => {
    expect(errorsAfter({ 'events.csv': replace(',source_ids,note\n', ',source_ids\n') })).toEqual([
      'data/events.csv, line 1, column "note": the header has no column "note"',
      "data/events.csv, lines 2–3: these 2 rows have 17 cells against the header's 16 columns, because of the header problem above; they are checked once the header is fixed",
    ]);
    // Rows of places.csv are referenced from other tables: those references are not reported as missing.
    expect(
      errorsAfter({
        'places.csv': (t) =>
          replace(',coord_precision,region,', ',coord_precision,')(t) +
          'bad-row,Bad,,town,TH,1,2,town,x,,,,,,src-a,,extra\n',
      }),
    ).toEqual([
      'data/places.csv, line 1, column "region": the header has no column "region"',
      "data/places.csv, lines 2–4: these 3 rows have 16 cells against the header's 15 columns, because of the header problem above; they are checked once the header is fixed",
      'data/places.csv, line 5: this row has 17 cells but the header has 15 columns (a comma inside a cell needs "double quotes" around the cell)',
    ]);
  });
});
