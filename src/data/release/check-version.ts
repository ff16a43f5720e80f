/**
 * Data that differ from the newest version without a new CHANGELOG heading. The newest heading names a version;
 * its record (data/releases/<version>.json, src/data/release/record.ts) holds the hash of each table as
 * `npm run data:descriptor` saw it. Tables that no longer match were edited after that: either a new version is
 * being prepared and its heading is missing, or the record was never written. Without git history (CI clones may
 * be shallow) the record is the one witness of what a version contained.
 *
 * `npm run data:descriptor` rewrites the newest version's record only on the day of that version's heading (a
 * version is prepared and released the day its heading is dated); on a later day it refuses, so that a released
 * version is never silently redefined: add a heading instead, or pass --amend for a version not yet published.
 */
import { TABLE_NAMES, type TableName } from '../schema.ts';
import type { DataError } from '../validate.ts';
import { recordFile, type ReleaseRecord } from './record.ts';

export interface Latest {
  version: string;
  date: string;
}

/** The tables whose hash differs from the record's. */
export function changedTables(record: ReleaseRecord, hashes: Record<TableName, string>): TableName[] {
  return TABLE_NAMES.filter((t) => record.tables[t]?.hash !== hashes[t]);
}

/** Errors when the tables are not the newest version's as recorded. */
export function checkVersionRecorded(
  latest: Latest,
  records: readonly ReleaseRecord[],
  hashes: Record<TableName, string>,
): DataError[] {
  const file = `data/${recordFile(latest.version)}`;
  const record = records.find((r) => r.version === latest.version);
  if (!record)
    return [
      {
        file,
        message: `is missing: data ${latest.version} (the newest heading of data/CHANGELOG.md) has no record of its tables; run \`npm run data:descriptor\` to write it (the changes page and this check compare versions with it)`,
      },
    ];
  const errors: DataError[] = [];
  if (record.date !== latest.date)
    errors.push({
      file,
      message: `records data ${latest.version} of ${record.date}, but data/CHANGELOG.md dates it ${latest.date}; run \`npm run data:descriptor\``,
    });
  for (const t of changedTables(record, hashes))
    errors.push({
      file: `data/${t}.csv`,
      message: `differs from data ${latest.version} as recorded in ${file}, and data/CHANGELOG.md has no newer heading: if ${latest.version} is published, describe your change under a new heading (like "## ${nextPatch(latest.version)} - <today>") and run \`npm run data:descriptor\`; if ${latest.version} is still being prepared and not published, run \`npm run data:descriptor\` (on a later day than ${latest.date}: \`npm run data:descriptor -- --amend\`)`,
    });
  return errors;
}

/** The next patch version: 1.2.1 -> 1.2.2. */
export function nextPatch(version: string): string {
  const [a, b, c] = version.split('.').map(Number);
  return `${a}.${b}.${(c ?? 0) + 1}`;
}

/**
 * Whether `npm run data:descriptor` may write the record of `latest` over `existing`: always when the tables are
 * the same or there is none; when they differ, only on the version's own day or with --amend.
 */
export function mayRewrite(
  latest: Latest,
  existing: ReleaseRecord | undefined,
  hashes: Record<TableName, string>,
  today: string,
  amend: boolean,
): { ok: true } | { ok: false; message: string } {
  if (!existing || !changedTables(existing, hashes).length || amend || latest.date >= today) return { ok: true };
  return {
    ok: false,
    message:
      `data ${latest.version} is dated ${latest.date} in data/CHANGELOG.md and was recorded with other tables ` +
      `(data/${recordFile(latest.version)}). A released version must not change: describe your change under a new ` +
      `heading (like "## ${nextPatch(latest.version)} - ${today}") and run \`npm run data:descriptor\` again. If ` +
      `${latest.version} was never published, run \`npm run data:descriptor -- --amend\`.`,
  };
}
