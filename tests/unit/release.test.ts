import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataPackage } from '../../src/data/schema.ts';
import { compareRecords, releaseHistory } from '../../src/data/release/changes.ts';
import { checkVersionRecorded, mayRewrite, nextPatch } from '../../src/data/release/check-version.ts';
import { checkOldFigures, quotes } from '../../src/data/release/old-figures.ts';
import { compareVersions, makeRecord, readRecords, recordText, textHash } from '../../src/data/release/record.ts';
import { checkReferencesIn } from '../../src/data/release/references.ts';
import { formatError } from '../../src/data/validate.ts';
import { sectionsOf } from '../../src/lib/page-sections.ts';

/** A tiny package: one source, one event, one place. */
const data = {
  version: '1.0.0',
  versionDate: '2026-01-01',
  sources: [
    { id: 'src-a', title: 'A', publisher: 'P', url: 'https://a.example', accessed: '2026-01-01', kind: 'news' },
  ],
  events: [
    {
      id: 'ev-raid',
      date: '2025-10-20',
      date_precision: 'day',
      kind: 'raid',
      title: 'Raid: 2,241 detained',
      summary: 'The army said it detained 2,241 people.',
      figure: 2241,
      figure_unit: 'people detained',
      source_ids: ['src-a'],
    },
  ],
  places: [{ id: 'kk-park', name: 'KK Park', source_ids: ['src-a'] }],
  people: [],
  organizations: [],
  routes: [],
  series: [],
} as unknown as DataPackage;

const EVENTS_HEADER = 'id,date,title,summary,figure,source_ids\n';
const eventsCsv = (title: string, figure: number) =>
  `${EVENTS_HEADER}ev-raid,2025-10-20,"${title}",Summary.,${figure},src-a\n`;

describe('release check: references from content to rows', () => {
  const mdx = [
    '---',
    'title: T',
    '---',
    '',
    'The raid on <Fact id="places:kk-park" /> detained <Fact id="events:ev-raid" field="figure" /> people.',
    '',
    'Removed: <Fact id="events:ev-gone" />, a typo <Cite of="events:ev-raid;places:kk-prak" /> and',
    '<Cite sources="src-a;src-missing" />.',
  ].join('\n');
  it('accepts rows that exist', () => {
    expect(checkReferencesIn(mdx.split('\n').slice(0, 5).join('\n'), 'content/x.mdx', data, 'en-GB')).toEqual([]);
  });
  it('names the .mdx file, line and column of each element that names a missing row', () => {
    const errors = checkReferencesIn(mdx, 'content/01-x.mdx', data, 'en-GB');
    expect(errors.map((e) => [e.file, e.line, e.char, e.value])).toEqual([
      ['content/01-x.mdx', 7, 10, 'events:ev-gone'],
      ['content/01-x.mdx', 7, 47, 'places:kk-prak'],
      ['content/01-x.mdx', 8, 1, 'src-missing'],
    ]);
    expect(formatError(errors[0]!)).toBe(
      'content/01-x.mdx, line 7, column 10: found "events:ev-gone"; there is no row with id "ev-gone" in data/events.csv, so <Fact> cannot show it: restore the row, or change the text to name another',
    );
  });
  it('refuses a field without a value, as the build would', () => {
    const errors = checkReferencesIn('<Fact id="places:kk-park" field="lat" />', 'content/p.mdx', data, 'en-GB');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/has no field "lat"/);
  });
});

describe('release check: a corrected figure still quoted by its own row', () => {
  const before = makeRecord('1.0.0', '2026-01-01', { events: eventsCsv('Raid: 2,198 detained', 2198) });
  const row = { ...data.events[0]!, line: 2 };
  it('flags a title that still quotes the figure of an earlier version', () => {
    const errors = checkOldFigures([{ ...row, title: 'Raid: 2,198 detained' }], [before]);
    expect(errors).toHaveLength(1);
    expect(formatError(errors[0]!)).toBe(
      'data/events.csv, line 2, column "title": found "Raid: 2,198 detained"; quotes 2,198, the figure of ev-raid in data 1.0.0 (data/releases/1.0.0.json), but its figure is now 2241: write the new figure here too, or, if the old one is quoted on purpose, say "quotes 2,198 on purpose" in the row\'s note',
    );
    expect(checkOldFigures([{ ...row, summary: 'About 2198 people.' }], [before])[0]!.column).toBe('summary');
  });
  it('passes the corrected row, other numbers of the same size, and an old figure quoted on purpose', () => {
    expect(checkOldFigures([row], [before])).toEqual([]);
    expect(checkOldFigures([{ ...row, summary: 'Of 2,241 people, 1,998 were foreign.' }], [before])).toEqual([]);
    const onPurpose = { ...row, title: 'Raid: 2,241 detained (revised from 2,198)', note: 'quotes 2,198 on purpose' };
    expect(checkOldFigures([onPurpose], [before])).toEqual([]);
  });
  it('matches whole numbers only', () => {
    expect(quotes('12,198 people', 2198)).toBeUndefined();
    expect(quotes('2,198.5 km', 2198)).toBeUndefined();
    expect(quotes('(2,198)', 2198)).toBe('2,198');
    expect(quotes('2 198 people', 2198)).toBe('2 198');
  });
});

describe('release check: changed data without a new CHANGELOG heading', () => {
  const csv = { events: eventsCsv('Raid: 2,198 detained', 2198) };
  const record = makeRecord('1.2.1', '2026-12-01', csv);
  const same = Object.fromEntries(Object.entries(record.tables).map(([t, v]) => [t, v.hash])) as never;
  const edited = { ...(same as Record<string, string>), events: textHash(eventsCsv('Raid: 2,241 detained', 2241)) };
  it('passes tables that are the newest version as recorded', () => {
    expect(checkVersionRecorded({ version: '1.2.1', date: '2026-12-01' }, [record], same)).toEqual([]);
  });
  it('names the changed table and says to add a heading when the heading was not bumped', () => {
    const errors = checkVersionRecorded({ version: '1.2.1', date: '2026-12-01' }, [record], edited as never);
    expect(errors.map((e) => e.file)).toEqual(['data/events.csv']);
    expect(errors[0]!.message).toMatch(/differs from data 1\.2\.1 as recorded in data\/releases\/1\.2\.1\.json/);
    expect(errors[0]!.message).toContain('"## 1.2.2 - <today>"');
  });
  it('asks for a record when the newest heading has none (a new heading, data:descriptor not run)', () => {
    const errors = checkVersionRecorded({ version: '1.3.0', date: '2026-12-03' }, [record], edited as never);
    expect(errors).toEqual([expect.objectContaining({ file: 'data/releases/1.3.0.json' })]);
    expect(errors[0]!.message).toMatch(/run `npm run data:descriptor`/);
  });
  it('data:descriptor rewrites a record on its own day, never a released one without --amend', () => {
    const latest = { version: '1.2.1', date: '2026-12-01' };
    expect(mayRewrite(latest, record, edited as never, '2026-12-01', false).ok).toBe(true);
    expect(mayRewrite(latest, record, same, '2026-12-09', false).ok).toBe(true);
    expect(mayRewrite(latest, undefined, edited as never, '2026-12-09', false).ok).toBe(true);
    const refused = mayRewrite(latest, record, edited as never, '2026-12-09', false);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/A released version must not change.*## 1\.2\.2 - 2026-12-09/);
    expect(mayRewrite(latest, record, edited as never, '2026-12-09', true).ok).toBe(true);
    expect(nextPatch('1.9.9')).toBe('1.9.10');
  });
});

describe('release records', () => {
  it('keep the figures of each row and a hash of all its cells, whatever the line ends', () => {
    const a = makeRecord('1.0.0', '2026-01-01', { events: eventsCsv('Raid', 2198) });
    const b = makeRecord('1.0.0', '2026-01-01', { events: eventsCsv('Raid', 2198).replaceAll('\n', '\r\n') });
    expect(a.tables.events.rows['ev-raid']).toEqual({
      date: '2025-10-20',
      title: 'Raid',
      figure: '2198',
      '#': expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    expect(b.tables.events.hash).toBe(a.tables.events.hash);
    expect(JSON.parse(recordText(a))).toEqual(a);
  });
  it('are read oldest version first, by number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stc-releases-'));
    try {
      mkdirSync(join(dir, 'releases'));
      for (const v of ['1.10.0', '1.9.2', '1.2.0'])
        writeFileSync(join(dir, 'releases', `${v}.json`), recordText(makeRecord(v, '2026-01-01', {})));
      writeFileSync(join(dir, 'releases', 'README.md'), 'not a record');
      expect(readRecords(dir).map((r) => r.version)).toEqual(['1.2.0', '1.9.2', '1.10.0']);
      expect(compareVersions('1.10.0', '1.9.2')).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('changes between release records (the changes page)', () => {
  const v1 = makeRecord('1.0.0', '2026-01-01', {
    events: eventsCsv('Raid: 2,198 detained', 2198),
    places: 'id,name,lat,lon\nkk-park,KK Park,16.6,98.5\nold,Old place,1,1\n',
  });
  const v2 = makeRecord('1.0.1', '2026-01-02', {
    events: eventsCsv('Raid: 2,241 detained', 2241),
    places: 'id,name,lat,lon\nkk-park,KK Park (Zone A),16.6,98.5\nnew,New place,2,2\n',
  });
  it('lists changed figures from what to what, rows added and removed, and rows only reworded', () => {
    const c = compareRecords(v1, v2);
    expect(c.figures).toEqual([
      {
        table: 'events',
        id: 'ev-raid',
        label: 'Raid: 2,241 detained',
        changes: [{ field: 'figure', before: '2198', after: '2241' }],
      },
    ]);
    expect(c.added).toEqual([{ table: 'places', id: 'new', label: 'New place' }]);
    expect(c.removed).toEqual([{ table: 'places', id: 'old', label: 'Old place' }]);
    expect(c.reworded).toEqual([{ table: 'places', id: 'kk-park', label: 'KK Park (Zone A)' }]);
  });
  it('gives every version newest first, the oldest compared with nothing', () => {
    expect(releaseHistory([v1, v2]).map((v) => [v.version, v.since])).toEqual([
      ['1.0.1', '1.0.0'],
      ['1.0.0', undefined],
    ]);
  });
});

describe('pages in content/pages/', () => {
  it('the methods page keeps the section ids that links use, in order', () => {
    const body = readFileSync(join(import.meta.dirname, '../../content/pages/methods.mdx'), 'utf8');
    expect(sectionsOf(body).map((s) => s.id)).toEqual([
      'gathered',
      'checked',
      'places',
      'conflicts',
      'alleged',
      'errors',
      'update',
    ]);
    expect(sectionsOf('<h2 id="a">One <em>two</em></h2>\n\n## Not a section\n')).toEqual([
      { id: 'a', heading: 'One two' },
    ]);
  });
});
