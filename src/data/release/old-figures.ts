/**
 * A corrected figure whose own row still quotes the old one: an event's `figure` changed from 2198 to 2241 in a
 * new version, but its title still says "2,198 detained" (the timeline shows the title, the chapter the figure).
 * The old figures of a row are the ones its earlier release records hold (src/data/release/record.ts), so the rule
 * knows what changed and flags nothing else: titles and summaries rightly quote other numbers of the same size
 * ("1,219 … awaited repatriation; 1,041 were Chinese"), which a rule on magnitudes alone cannot tell from a stale
 * one (tried on data 1.2.1: 44 false alarms in 156 events).
 *
 * A row that quotes an old figure on purpose ("revised from 2,198") says so in its note: `quotes 2,198 on purpose`.
 */
import type { DataError } from '../validate.ts';
import type { ReleaseRecord } from './record.ts';

export interface FigureRow {
  id: string;
  title: string;
  summary: string;
  figure?: number | null;
  note?: string | null;
  /** The CSV line of the row, for the error. */
  line?: number;
}

/** The ways a number is written in the desk's English: 2198, 2,198 and 2 198 (a thin or plain space). */
function writings(n: number): string[] {
  const plain = String(n);
  const [int, frac] = plain.split('.') as [string, string | undefined];
  const group = (sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (frac ? `.${frac}` : '');
  return [...new Set([plain, group(','), group(' '), group('\u202f'), group('\u00a0')])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `n` is quoted in `text` as a whole number (not inside 12,198 or 2,198.5), or -1. */
export function quotes(text: string, n: number): string | undefined {
  for (const w of writings(n)) {
    const re = new RegExp(`(?<![\\d.,])${escape(w)}(?![\\d]|[.,]\\d)`);
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** Errors for events whose title or summary quotes a figure the row had in an earlier version. */
export function checkOldFigures(events: readonly FigureRow[], records: readonly ReleaseRecord[]): DataError[] {
  const errors: DataError[] = [];
  for (const e of events) {
    if (typeof e.figure !== 'number') continue;
    const old = new Map<number, string>();
    for (const r of records) {
      const cell = r.tables.events?.rows[e.id]?.figure;
      const n = cell === undefined || cell === '' ? NaN : Number(cell);
      if (Number.isFinite(n) && n !== e.figure && !old.has(n)) old.set(n, r.version);
    }
    for (const [n, version] of old) {
      for (const column of ['title', 'summary'] as const) {
        const found = quotes(e[column] ?? '', n);
        if (!found) continue;
        if (e.note && quotes(e.note, n) && /on purpose/i.test(e.note)) continue;
        errors.push({
          file: 'data/events.csv',
          line: e.line,
          column,
          value: e[column],
          message: `quotes ${found}, the figure of ${e.id} in data ${version} (data/releases/${version}.json), but its figure is now ${e.figure}: write the new figure here too, or, if the old one is quoted on purpose, say "quotes ${found} on purpose" in the row's note`,
        });
      }
    }
  }
  return errors;
}
