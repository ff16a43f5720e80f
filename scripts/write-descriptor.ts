/**
 * `npm run data:descriptor [dir]`: regenerates datapackage.json and the column reference in README.md of a
 * data package (default: data/) from src/data/schema.ts and the package's CHANGELOG.md. Writes a README.md
 * when there is none, and appends the column reference to one that lacks it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDescriptor } from '../src/data/descriptor.ts';
import { readChangelog } from '../src/data/changelog.ts';
import { writeReadme } from '../src/data/docs.ts';

const dir = resolve(process.argv[2] ?? 'data');
const shown = (f: string) => relative(process.cwd(), join(dir, f));

const { entries } = readChangelog(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'));
const latest = entries[0];
if (!latest) throw new Error(`${shown('CHANGELOG.md')} has no version heading`);
writeFileSync(
  join(dir, 'datapackage.json'),
  JSON.stringify(buildDescriptor(latest.version, latest.date), null, 2) + '\n',
);
console.log(`Wrote ${shown('datapackage.json')} for data ${latest.version} (${latest.date}).`);

// The column reference in README.md comes from the same schema.
const readme = join(dir, 'README.md');
writeFileSync(readme, writeReadme(existsSync(readme) ? readFileSync(readme, 'utf8') : undefined));
console.log(`Updated the column reference in ${shown('README.md')}.`);
