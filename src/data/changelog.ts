/**
 * Reads data/CHANGELOG.md, the record of every data version. Its newest entry gives the
 * version and date shown in the footer; the corrections page renders every entry.
 *
 * Format: a level-2 heading per version, newest first: `## 1.1.0 - 2026-12-02`,
 * followed by Markdown bullet points. An entry may say when the desk last checked its sources for news, on a
 * line of its own: `Checked on 2026-12-03.` (the site's "checked on" date; "current to" is the latest event).
 */
export interface ChangelogEntry {
  version: string;
  date: string;
  /** Markdown body of the entry (bullets). */
  body: string;
  line: number;
  /** The day the desk last searched its sources for news, from a line `Checked on YYYY-MM-DD.` in the entry. */
  checked?: string;
}

const CHECKED = /^Checked on (\d{4}-\d{2}-\d{2})\.?\s*$/;

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
    } else if (current) {
      const c = CHECKED.exec(l);
      if (c) {
        if (current.checked !== undefined)
          errors.push({ line: i + 1, message: `found a second "Checked on" line; expected at most one per version` });
        else if (
          Number.isNaN(Date.parse(c[1]! + 'T00:00:00Z')) ||
          new Date(c[1]! + 'T00:00:00Z').toISOString().slice(0, 10) !== c[1]
        )
          errors.push({ line: i + 1, message: `found "${l}"; expected a real calendar date` });
        else current.checked = c[1];
      }
      current.body += l + '\n';
    }
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
