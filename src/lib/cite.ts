/**
 * Citations for anything the site lets readers share (a chapter, a chart, a map view): an APA-like
 * reference and a BibTeX entry that both name the data version, so a course reading list records
 * exactly which state of the facts a student saw (peers.md, idea 9), and the date it was read.
 *
 * The access date is the reader's, not the build's: the server writes the table's placeholder (`t.share.citation
 * .accessed`) and the share script (src/scripts/share.ts) replaces it with today's date; without JavaScript the reader
 * fills it in. Pure and free of the table itself (the share script imports this module into the browser).
 */
import type { Translation } from '../i18n/index.ts';

export interface CiteInput {
  title: string;
  /** Authors (the site byline). */
  authors: readonly string[];
  siteTitle: string;
  organisation: string;
  /** Absolute URL of the item in the full story. */
  url: string;
  dataVersion: string;
  /** Date of the data version, YYYY-MM-DD. */
  dataDate: string;
  /** A stable id for the BibTeX key, e.g. the chapter slug or "charts/held". */
  slug: string;
  /** APA's bracketed description: "Interactive chapter", "Interactive chart", "Interactive map". */
  medium?: string;
}

/** The words of a citation, from the translation table (`t.share.citation`); the order here is APA's. */
export type CiteWords = Translation['share']['citation'];

/** A month's name in a language, from CLDR ("November" in en): no hand-typed list of months. */
function monthName(month: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1)));
}

/** "2026, November 25" (APA's date order). */
export function apaDate(iso: string, lang = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}, ${monthName(m ?? 1, lang)} ${d}`;
}

/** "November 25, 2026" (APA's "Retrieved …" date). */
export function retrievedDate(iso: string, lang = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${monthName(m ?? 1, lang)} ${d}, ${y}`;
}

/**
 * APA-like: Authors. (Year, Month Day). Title [Medium]. Site, Organisation. Data version X.
 * Retrieved <accessed>, from URL. `accessed` is an ISO date, or left as the placeholder (`words.accessed`).
 */
export function citationText(c: CiteInput, words: CiteWords, accessed?: string, lang = 'en'): string {
  const medium = c.medium ? ` [${c.medium}]` : '';
  const when = accessed ? retrievedDate(accessed, lang) : words.accessed;
  return `${c.authors.join(', ')}. (${apaDate(c.dataDate, lang)}). ${c.title}${medium}. ${c.siteTitle}, ${c.organisation}. ${words.dataVersion(c.dataVersion)} ${words.retrieved(when, c.url)}`;
}

const bib = (s: string) => s.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (m) => `\\${m}`);

/** A BibTeX @online entry; `urldate` is the ISO access date, or the placeholder (`words.accessed`). */
export function citationBibtex(c: CiteInput, words: CiteWords, accessed?: string): string {
  const key = `${c.slug.replace(/[^a-z0-9]+/gi, '')}${c.dataDate.slice(0, 4)}v${c.dataVersion.replace(/\D+/g, '')}`;
  return [
    `@online{${key},`,
    `  author = {${c.authors.map((a) => `{${bib(a)}}`).join(' and ')}},`,
    `  title = {${bib(c.title)}},`,
    `  organization = {${bib(c.organisation)}},`,
    `  howpublished = {${bib(c.siteTitle)}},`,
    `  version = {${bib(c.dataVersion)}},`,
    `  date = {${c.dataDate}},`,
    `  url = {${c.url}},`,
    `  urldate = {${accessed ?? words.accessed}},`,
    `}`,
  ].join('\n');
}
