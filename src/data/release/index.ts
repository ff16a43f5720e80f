/**
 * The release checks of `npm run data:check` beyond the tables' own rules (src/data/validate.ts): chapters and
 * pages name rows that exist, a corrected figure is not still quoted by its own row, and the tables are the newest
 * version's as recorded. Run on a valid package only, since each needs its rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChangelog } from '../changelog.ts';
import { parseCsv } from '../csv.ts';
import type { DataPackage } from '../schema.ts';
import type { DataError } from '../validate.ts';
import { checkVersionRecorded } from './check-version.ts';
import { checkOldFigures } from './old-figures.ts';
import { readRecords, tableHashes } from './record.ts';
import { checkReferences } from './references.ts';

export interface ReleaseCheckOptions {
  /** The MDX folder (chapters and pages). Default: content/ in the working directory. */
  contentDir?: string;
  /** Formatting locale for the facts (as the site config's `locale`). */
  locale: string;
}

export function checkRelease(dir: string, data: DataPackage, options: ReleaseCheckOptions): DataError[] {
  const records = readRecords(dir);
  const latest = readChangelog(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).entries[0]!;
  const lines = new Map(
    parseCsv(readFileSync(join(dir, 'events.csv'), 'utf8')).records.map((r) => [r.cells.id, r.line]),
  );
  return [
    ...checkReferences(options.contentDir ?? 'content', data, options.locale),
    ...checkOldFigures(
      data.events.map((e) => ({ ...e, line: lines.get(e.id) })),
      records,
    ),
    ...checkVersionRecorded(latest, records, tableHashes(dir)),
  ];
}
