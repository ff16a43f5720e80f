/**
 * `npm run data:diff [git-ref]`: what changed in data/ since a git ref (default: HEAD, i.e. your uncommitted
 * edits; use a tag or `origin/main` to compare with what is published), and which chapters show the changed
 * rows, so that a newsroom can re-read those sentences before publishing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../src/data/csv.ts';
import { TABLE_NAMES } from '../src/data/schema.ts';
import { chaptersUsing, diffData, type Tables } from '../src/data/diff.ts';

const ref = process.argv[2] ?? 'HEAD';
const read = (text: string) => parseCsv(text).records.map((r) => ({ ...r.cells, id: r.cells.id ?? '' }));

const before = {} as Record<string, ReturnType<typeof read>>;
const after = {} as Record<string, ReturnType<typeof read>>;
const tmp = mkdtempSync(join(tmpdir(), 'stc-diff-'));
try {
  for (const t of TABLE_NAMES) {
    let old = '';
    try {
      old = execFileSync('git', ['show', `${ref}:data/${t}.csv`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    } catch {
      console.warn(`(data/${t}.csv does not exist at ${ref}; every row counts as added)`);
    }
    writeFileSync(join(tmp, `${t}.csv`), old);
    before[t] = read(old);
    after[t] = read(readFileSync(join('data', `${t}.csv`), 'utf8'));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const chapters = Object.fromEntries(
  readdirSync('content')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [`content/${f}`, readFileSync(join('content', f), 'utf8')]),
);
const changes = diffData(before as unknown as Tables, after as unknown as Tables);
if (!changes.length) {
  console.log(`No data changes since ${ref}.`);
  process.exit(0);
}
console.log(`${changes.length} row change(s) in data/ since ${ref}:\n`);
for (const c of changes) {
  const used = chaptersUsing(c, chapters);
  console.log(
    `${c.kind.toUpperCase().padEnd(8)} ${c.table}:${c.id}${used.length ? `   shown in ${used.join(', ')}` : ''}`,
  );
  for (const [field, [a, b]] of Object.entries(c.fields ?? {})) console.log(`           ${field}: "${a}" -> "${b}"`);
}
const affected = [...new Set(changes.flatMap((c) => chaptersUsing(c, chapters)))];
console.log(
  affected.length
    ? `\nRe-read these chapters before publishing: ${affected.join(', ')}.`
    : '\nNo chapter cites the changed rows directly (charts, maps and the timeline still update).',
);
console.log('Record the change in data/CHANGELOG.md under a new version, then run npm run data:descriptor.');
