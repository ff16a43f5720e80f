/**
 * One-off importer: turns the research desk's fact base (../shared/research/facts, or the
 * folder given as the first argument) into the data package in data/.
 *
 * - keeps only rows marked verified=yes, drops the `quote` and `verified` columns;
 * - renames columns for clarity (people -> person_ids, operator -> operator_ids, …);
 * - gives every series observation an id, and splits a route's subject into words and ids.
 *
 * It was run once to seed data/ (see data/CHANGELOG.md 1.0.0). Afterwards data/ is edited by hand;
 * do not re-run it over a newsroom's edits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, toCsv } from '../src/data/csv.ts';
import { tables, type TableName } from '../src/data/schema.ts';

const from = resolve(process.argv[2] ?? '../shared/research/facts');
const to = resolve('data');
const read = (name: string) => parseCsv(readFileSync(join(from, `${name}.csv`), 'utf8')).records.map((r) => r.cells);
const verified = (rows: Record<string, string>[]) =>
  rows.filter((r) => r.verified === undefined || r.verified === 'yes');
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function write(name: TableName, rows: Record<string, unknown>[]) {
  const header = Object.keys(tables[name].fields);
  writeFileSync(join(to, `${name}.csv`), toCsv(header, rows));
  console.log(`data/${name}.csv: ${rows.length} rows`);
}

const people = verified(read('people'));
const personIds = new Set(people.map((p) => p.id));
const byId = new Map(people.map((p) => [p.id, p]));

write(
  'sources',
  read('sources').map((r) => ({ ...r, kind: r.kind })),
);

write(
  'places',
  verified(read('places')).map((r) => ({
    ...r,
    operator_ids: r.operator,
    coord_precision: r.lat === '' ? 'none' : r.coord_precision,
  })),
);

write(
  'events',
  verified(read('events')).map((r) => ({
    ...r,
    countries: r.country,
    person_ids: r.people,
    organization_ids: r.organizations,
  })),
);

write(
  'people',
  people.map((r) => ({ ...r, organization_ids: r.organizations })),
);
write('organizations', verified(read('organizations')));

write(
  'routes',
  verified(read('routes')).map((r) => {
    // A subject is either a list of person ids ("chen-zhi;xu-ji-liang") or words.
    const m = /^(.*?)(?:\s*\(\+(\d+) others\))?$/.exec(r.subject ?? '')!;
    const tokens = m[1]!.split(';').map((t) => t.trim());
    if (tokens.every((t) => personIds.has(t))) {
      const names = tokens.map((t) => (byId.get(t)!.name ?? t).replace(/\s*\(.*\)$/, ''));
      const others = m[2] ? ` and ${m[2]} others` : '';
      return { ...r, subject: names.join(', ') + others, person_ids: tokens.join(';') };
    }
    return { ...r, person_ids: '' };
  }),
);

const seen = new Set<string>();
write(
  'series',
  verified(read('series')).map((r) => {
    let id = slug(`${r.series_id} ${r.geo} ${r.date || r.period}`);
    if (seen.has(id)) id = slug(`${id} ${r.unit}`);
    for (let n = 2; seen.has(id); n++) id = slug(`${r.series_id} ${r.geo} ${r.date || r.period} ${n}`);
    seen.add(id);
    return { ...r, id };
  }),
);
