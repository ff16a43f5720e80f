/**
 * `npm run data:descriptor [dir] [--amend]`: regenerates datapackage.json and the column reference in README.md of
 * a data package (default: data/) from src/data/schema.ts, the site config's `dataPackage` (name, title, description,
 * licence) and the package's CHANGELOG.md, and records the tables of the newest version in
 * releases/<version>.json (src/data/release/record.ts), which the changes page and `npm run data:check` compare
 * versions with. Writes a README.md when there is none, and appends the column reference to one that lacks it.
 *
 * A released version's record is not rewritten with other tables on a later day than its heading's date: add a new
 * heading for the change, or pass --amend when that version was never published (src/data/release/check-version.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildDescriptor } from '../src/data/descriptor.ts';
import { readChangelog } from '../src/data/changelog.ts';
import { writeReadme } from '../src/data/docs.ts';
import { mayRewrite } from '../src/data/release/check-version.ts';
import {
  makeRecord,
  readRecords,
  readTables,
  recordFile,
  recordText,
  tableHashes,
} from '../src/data/release/record.ts';

const args = process.argv.slice(2);
const amend = args.includes('--amend');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'data');
const shown = (f: string) => relative(process.cwd(), join(dir, f));

const { entries } = readChangelog(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'));
const latest = entries[0];
if (!latest) throw new Error(`${shown('CHANGELOG.md')} has no version heading`);

// The record first: when it is refused, nothing else is written either.
const existing = readRecords(dir).find((r) => r.version === latest.version);
const today = new Date().toISOString().slice(0, 10);
const allowed = mayRewrite(latest, existing, tableHashes(dir), today, amend);
if (!allowed.ok) {
  console.error(`✗ ${allowed.message}`);
  process.exit(1);
}
const record = join(dir, recordFile(latest.version));
mkdirSync(dirname(record), { recursive: true });
writeFileSync(record, recordText(makeRecord(latest.version, latest.date, readTables(dir))));
console.log(`Recorded the tables of data ${latest.version} in ${shown(recordFile(latest.version))}.`);

writeFileSync(
  join(dir, 'datapackage.json'),
  JSON.stringify(buildDescriptor(latest.version, latest.date), null, 2) + '\n',
);
console.log(`Wrote ${shown('datapackage.json')} for data ${latest.version} (${latest.date}).`);

// The column reference in README.md comes from the same schema.
const readme = join(dir, 'README.md');
writeFileSync(readme, writeReadme(existsSync(readme) ? readFileSync(readme, 'utf8') : undefined));
console.log(`Updated the column reference in ${shown('README.md')}.`);
