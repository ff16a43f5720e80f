/** `npm run data:descriptor`: regenerates data/datapackage.json from src/data/schema.ts and the changelog. */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDescriptor } from '../src/data/descriptor.ts';
import { readChangelog } from '../src/data/changelog.ts';

const { entries } = readChangelog(readFileSync('data/CHANGELOG.md', 'utf8'));
const latest = entries[0];
if (!latest) throw new Error('data/CHANGELOG.md has no version heading');
writeFileSync('data/datapackage.json', JSON.stringify(buildDescriptor(latest.version, latest.date), null, 2) + '\n');
console.log(`Wrote data/datapackage.json for data ${latest.version} (${latest.date}).`);

// The column reference in data/README.md comes from the same schema.
import { updateReadme } from '../src/data/docs.ts';
writeFileSync('data/README.md', updateReadme(readFileSync('data/README.md', 'utf8')));
console.log('Updated the column reference in data/README.md.');
