import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDescriptor } from '../../../src/data/descriptor.ts';
import { readChangelog } from '../../../src/data/changelog.ts';
import { updateReadme } from '../../../src/data/docs.ts';
import { tables, TABLE_NAMES } from '../../../src/data/schema.ts';
import { parseCsv } from '../../../src/data/csv.ts';

const DATA = join(import.meta.dirname, '../../../data');
const read = (f: string) => readFileSync(join(DATA, f), 'utf8');

describe('generated files are current (run `npm run data:descriptor` when this fails)', () => {
  it('data/datapackage.json matches src/data/schema.ts and the changelog', () => {
    const latest = readChangelog(read('CHANGELOG.md')).entries[0]!;
    expect(JSON.parse(read('datapackage.json'))).toEqual(buildDescriptor(latest.version, latest.date));
  });
  it('the column reference in data/README.md matches the schema', () => {
    const readme = read('README.md');
    expect(updateReadme(readme)).toBe(readme);
  });
});

describe('the descriptor', () => {
  const d = buildDescriptor('1.2.3', '2026-01-02');
  it('is a tabular data package with a semver version and a licence', () => {
    expect(d.profile).toBe('tabular-data-package');
    expect(d.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(d.licenses[0]!.name).toBe('CC-BY-4.0');
  });
  it('describes every table and column, with keys', () => {
    expect(d.resources.map((r) => r.name)).toEqual(TABLE_NAMES);
    for (const r of d.resources) {
      expect(r.schema.fields.map((f) => f.name)).toEqual(Object.keys(tables[r.name as keyof typeof tables].fields));
      expect(r.schema.primaryKey).toBe('id');
      for (const f of r.schema.fields) expect(f.description.length).toBeGreaterThan(0);
    }
    const events = d.resources.find((r) => r.name === 'events')!;
    expect(events.schema.foreignKeys).toEqual([
      { fields: 'place_id', reference: { resource: 'places', fields: 'id' } },
    ]);
    const kind = events.schema.fields.find((f) => f.name === 'kind')!;
    expect(kind.constraints).toMatchObject({ required: true, enum: expect.arrayContaining(['raid', 'extradition']) });
  });
  it('every CSV header equals its table schema', () => {
    for (const name of TABLE_NAMES)
      expect(parseCsv(read(`${name}.csv`)).header).toEqual(Object.keys(tables[name].fields));
  });
});
