/**
 * `npm run data:check [dir]`: validates the data package (default: data/) and prints every
 * error with file, line, column, the value found and what was expected. Exit code 1 on errors.
 *
 * On a valid package it then runs the release checks (src/data/release/): every <Fact> and <Cite> in content/
 * names a row that exists (file, line and column of the element), no event's title or summary still quotes a
 * figure the row had in an earlier version, and the tables are those recorded for the newest CHANGELOG version
 * (data/releases/<version>.json; data changed without a new heading fail here). A stale datapackage.json is
 * refused by the validator itself.
 */
import { resolve } from 'node:path';
import { validateDataPackage, formatError, type DataError } from '../src/data/validate.ts';
import { TABLE_NAMES } from '../src/data/schema.ts';
import { checkRelease } from '../src/data/release/index.ts';
import { loadSiteConfig } from '../src/config/site.ts';

const dir = resolve(process.argv[2] ?? 'data');
const result = validateDataPackage(dir);
const fail = (errors: DataError[]) => {
  console.error(`✗ ${errors.length} error${errors.length === 1 ? '' : 's'} in ${dir}:\n`);
  for (const e of errors) console.error('  ' + formatError(e));
  console.error('\nFix these and run `npm run data:check` again. Nothing is published until the data is valid.');
  process.exit(1);
};
if (!result.ok) fail(result.errors);
else {
  const release = checkRelease(dir, result.data, { locale: loadSiteConfig().locale });
  if (release.length) fail(release);
  const counts = TABLE_NAMES.map((t) => `${result.data[t].length} ${t}`).join(', ');
  console.log(`✓ data ${result.data.version} (${result.data.versionDate}) is valid: ${counts}.`);
  console.log('✓ every <Fact> and <Cite> in content/ names a row; no corrected figure is still quoted by its row;');
  console.log(`  the tables are data ${result.data.version} as recorded in data/releases/${result.data.version}.json.`);
}
