/**
 * `npm run data:check [dir]`: validates the data package (default: data/) and prints every
 * error with file, line, column, the value found and what was expected. Exit code 1 on errors.
 */
import { resolve } from 'node:path';
import { validateDataPackage, formatError } from '../src/data/validate.ts';
import { TABLE_NAMES } from '../src/data/schema.ts';

const dir = resolve(process.argv[2] ?? 'data');
const result = validateDataPackage(dir);
if (!result.ok) {
  console.error(`✗ ${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${dir}:\n`);
  for (const e of result.errors) console.error('  ' + formatError(e));
  console.error('\nFix these and run `npm run data:check` again. Nothing is published until the data is valid.');
  process.exit(1);
}
const counts = TABLE_NAMES.map((t) => `${result.data[t].length} ${t}`).join(', ');
console.log(`✓ data ${result.data.version} (${result.data.versionDate}) is valid: ${counts}.`);
