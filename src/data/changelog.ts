/**
 * Reads data/CHANGELOG.md, the record of every data version. Its newest entry gives the
 * version and date shown in the footer; the corrections page renders every entry.
 *
 * Format: a level-2 heading per version, newest first: `## 1.1.0 - 2026-12-02`,
 * followed by Markdown bullet points.
 */
export interface ChangelogEntry {
  version: string;
  date: string;
  /** Markdown body of the entry (bullets). */
  body: string;
  line: number;
}

const HEADING = /^##\s+(\S+)\s+[-–—]\s+(\S+)\s*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readChangelog(text: string): {
  entries: ChangelogEntry[];
  errors: { line: number; message: string }[];
} {
  const entries: ChangelogEntry[] = [];
  const errors: { line: number; message: string }[] = [];
  const lines = text.split(/\r?\n/);
  let current: ChangelogEntry | undefined;
  lines.forEach((l, i) => {
    if (l.startsWith('## ')) {
      const m = HEADING.exec(l);
      if (!m || !SEMVER.test(m[1]!) || !DAY.test(m[2]!)) {
        errors.push({
          line: i + 1,
          message: `found "${l}"; expected a version heading like "## 1.2.0 - 2026-12-02" (semver, then the date YYYY-MM-DD)`,
        });
        current = undefined;
        return;
      }
      current = { version: m[1]!, date: m[2]!, body: '', line: i + 1 };
      entries.push(current);
    } else if (current) current.body += l + '\n';
  });
  if (!entries.length && !errors.length)
    errors.push({ line: 1, message: 'expected at least one version heading like "## 1.0.0 - 2026-11-25"' });
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.date > entries[i - 1]!.date)
      errors.push({
        line: entries[i]!.line,
        message: `found ${entries[i]!.date} below ${entries[i - 1]!.date}; expected the newest version first`,
      });
  }
  entries.forEach((e) => (e.body = e.body.trim()));
  return { entries, errors };
}
