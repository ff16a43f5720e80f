// House style (content/README.md), checked where a machine can check it, over the chapters' MDX source:
// no typed digits in prose, no single-digit count printed as a numeral by a <Fact>, no raw data strings printed
// into a sentence, no phrasing the desk has found to state an allegation as fact, no chronicle openings
// ("On <date>, X."), and every chapter opens on a headline figure. Each failure names file and line.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getData } from '../../src/lib/data.ts';
import { DEFAULT_FIELD, getRow, parseRef } from '../../src/lib/facts.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const chapters = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(CONTENT, file), 'utf8') }));

/** 1-based line of an offset. */
const lineOf = (text: string, i: number) => text.slice(0, i).split('\n').length;

/**
 * The end of a JSX tag that starts at `i` ("<"), skipping braces (state={{…}}) and quoted attribute values,
 * or -1 when the "<" does not start a tag.
 */
function tagEnd(s: string, i: number): number {
  if (!/[A-Za-z/]/.test(s[i + 1] ?? '')) return -1;
  let depth = 0;
  let quote = '';
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || (c === "'" && depth > 0)) quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth === 0) return j;
  }
  return -1;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
  start: number;
  end: number;
}

/** Every JSX tag of a text, with its plain string attributes. */
function tags(s: string): Tag[] {
  const out: Tag[] = [];
  for (let i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
    const end = tagEnd(s, i);
    if (end < 0) continue;
    const raw = s.slice(i + 1, end);
    const name = /^\/?([A-Za-z.]+)/.exec(raw)?.[1] ?? '';
    const attrs: Record<string, string> = {};
    for (const m of raw.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) attrs[m[1]!] = m[2]!;
    out.push({ name, attrs, start: i, end: end + 1 });
    i = end;
  }
  return out;
}

/** The body after the front matter, with its offset in the file. */
function body(text: string): { body: string; offset: number } {
  const m = /^---\n[\s\S]*?\n---\n/.exec(text);
  return { body: m ? text.slice(m[0].length) : text, offset: m ? m[0].length : 0 };
}

/**
 * The prose a reader sees, position for position: every tag, markdown link target and import/export line
 * blanked with spaces (so offsets and lines stay those of the file), front matter kept except `order:`.
 */
function prose(text: string): string {
  let s = text;
  const blank = (a: number, b: number) => (s = s.slice(0, a) + s.slice(a, b).replace(/[^\n]/g, ' ') + s.slice(b));
  for (const t of tags(text)) blank(t.start, t.end);
  for (const m of text.matchAll(/\]\(([^)]*)\)/g)) blank(m.index! + 1, m.index! + m[0].length);
  for (const m of text.matchAll(/^(order|import|export)\b.*$/gm)) blank(m.index!, m.index! + m[0].length);
  return s;
}

/** The field a <Fact> prints. */
function factField(t: Tag): string {
  return t.attrs.field ?? DEFAULT_FIELD[parseRef(t.attrs.id!).table];
}
/** The value a <Fact> prints before formatting. */
function factValue(t: Tag): unknown {
  return getRow(getData(), t.attrs.id!).row[factField(t)];
}

/** Paragraphs of the body (blank-line separated), with their offsets; headings, tags-only lines and lists excluded. */
function paragraphs(text: string, { outsideScrolly = false } = {}) {
  const { body: b, offset } = body(text);
  const out: { text: string; start: number }[] = [];
  let inScrolly = false;
  let pos = 0;
  for (const chunk of b.split(/\n\s*\n/)) {
    const start = b.indexOf(chunk, pos);
    pos = start + chunk.length;
    const trimmed = chunk.trim();
    if (/^<Scrolly\b/.test(trimmed)) inScrolly = true;
    const skip =
      !trimmed ||
      /^#/.test(trimmed) ||
      /^(import|export)\b/.test(trimmed) ||
      /^<\/?(Scrolly|Step|Chart)\b[^]*>$/.test(trimmed) ||
      (outsideScrolly && inScrolly);
    if (/<\/Scrolly>/.test(trimmed)) inScrolly = false;
    if (!skip) out.push({ text: chunk, start: offset + start });
  }
  return out;
}

/**
 * Phrasings that state an allegation as fact, found by the desk (issue 23), with why. Each is matched
 * case-insensitively over the prose and the front matter; "alleged"/"accused" just before a match excuses it.
 */
const FORBIDDEN: { re: RegExp; why: string }[] = [
  { re: /\bscam (bosses|boss|kingpins?)\b/i, why: 'untried people: "alleged scam bosses", or name the accuser' },
  { re: /\bhad built scam (hubs|compounds)\b/i, why: 'neither Chen Zhi nor She Zhijiang has been tried' },
  { re: /\bwho runs what\b/i, why: 'states alleged ties as fact' },
  { re: /\bcrime (boss|bosses|lord|lords)\b/i, why: 'untried people: say who accuses them' },
  { re: /\bwarlords?\b/i, why: 'a label, not a finding: name the role and who accuses him' },
  {
    re: /\btorture in at least\b/i,
    why: "Amnesty's compound count is where scamming is likely; the abuses come from survivors' accounts",
  },
  {
    re: /\b(ran|runs|running) (the )?(forced-labour )?scam (compounds|hubs|centres)\b/i,
    why: 'who says so? "accused of running", "US prosecutors allege"',
  },
];
const EXCUSED =
  /\b(alleged|allegedly|accused|accuses|accusing|allege|alleges|alleging|charged|says|said)\b[^.]{0,40}$/i;

/** A paragraph that opens on a date <Fact> ("On 14 November 2025, …"): the chronicle opening. */
const CHRONICLE = /^(On|In|By|From) (<Fact\b[^>]*\/>)/;
function opensOnDate(paragraph: string): boolean {
  const m = CHRONICLE.exec(paragraph.trim());
  if (!m) return false;
  const t = tags(m[2]!)[0]!;
  return (
    /^(date|published|status_date|first_reported)$/.test(factField(t)) ||
    /^(date|month|year)$/.test(t.attrs.format ?? '')
  );
}

describe('house style (content/README.md)', () => {
  it('the detectors work (a planted sentence fails each one)', () => {
    expect(/\d/.test(prose('They rewarded 4 leaders <Fact id="events:x" field="figure" />.'))).toBe(true);
    expect(/\d/.test(prose('<Fact id="events:ev-2023-11-12-wenzhou-reward-ming-family" field="figure" />'))).toBe(
      false,
    );
    expect(FORBIDDEN.some((f) => f.re.test('two businessmen who had built scam hubs'))).toBe(true);
    expect(opensOnDate('On <Fact id="events:ohchr-report-2023-08-29" />, police met.')).toBe(true);
    expect(opensOnDate('In <Fact id="places:laukkaing" />, the clans ruled.')).toBe(false);
  });

  for (const { file, text } of chapters) {
    describe(file, () => {
      it('has no typed digit in prose (figures come from <Fact>)', () => {
        const p = prose(text);
        const found = [...p.matchAll(/[^\s]*\d[^\s]*/g)].map((m) => `${file}:${lineOf(p, m.index!)} "${m[0]}"`);
        expect(found, 'use <Fact id="table:row" /> for every number').toEqual([]);
      });

      it('prints no single-digit count as a numeral (the style wants one to nine in words: reword or name them)', () => {
        const found = tags(text)
          .filter((t) => t.name === 'Fact' && t.attrs.id)
          .filter((t) => {
            const v = factValue(t);
            return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10;
          })
          .map((t) => `${file}:${lineOf(text, t.start)} ${text.slice(t.start, t.end)} prints "${factValue(t)}"`);
        expect(found).toEqual([]);
      });

      it('prints no raw data string into a sentence (a period or unit with brackets or quotes)', () => {
        const found = tags(text)
          .filter((t) => t.name === 'Fact' && t.attrs.id && t.attrs.format !== 'text')
          .filter((t) => {
            const v = factValue(t);
            // Names keep an alias in brackets that <Fact> drops ("Chen Zhi (Vincent)" prints "Chen Zhi").
            return typeof v === 'string' && /[()'"]/.test(v) && !/^(name|title)$/.test(factField(t));
          })
          .map((t) => `${file}:${lineOf(text, t.start)} ${text.slice(t.start, t.end)} prints "${factValue(t)}"`);
        expect(found).toEqual([]);
      });

      it('uses none of the phrasings that state an allegation as fact', () => {
        const p = prose(text);
        const found: string[] = [];
        for (const { re, why } of FORBIDDEN)
          for (const m of p.matchAll(new RegExp(re.source, 'gi'))) {
            const before = p.slice(Math.max(0, m.index! - 60), m.index!).replace(/\s+/g, ' ');
            if (!EXCUSED.test(before)) found.push(`${file}:${lineOf(p, m.index!)} "${m[0]}": ${why}`);
          }
        expect(found).toEqual([]);
      });

      it('opens on a headline figure: the first paragraph has a <Fact> that prints a number', () => {
        const first = paragraphs(text)[0]!;
        const figures = tags(first.text).filter(
          (t) => t.name === 'Fact' && t.attrs.id && typeof factValue(t) === 'number',
        );
        expect(
          figures.length,
          `${file}:${lineOf(text, first.start)} first paragraph: "${first.text.trim().slice(0, 80)}…"`,
        ).toBeGreaterThan(0);
      });

      it('tells no paragraph outside the scrollytelling as a chronicle ("On <date>, …")', () => {
        const found = paragraphs(text, { outsideScrolly: true })
          .filter((p) => opensOnDate(p.text))
          .map((p) => `${file}:${lineOf(text, p.start)} "${p.text.trim().slice(0, 70)}…"`);
        expect(found).toEqual([]);
      });
    });
  }
});
