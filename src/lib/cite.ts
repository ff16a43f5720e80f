/**
 * Citations for anything the site lets readers share (a chapter, a chart, a map view): an APA-like
 * reference and a BibTeX entry that both name the data version, so a course reading list records
 * exactly which state of the facts a student saw (peers.md, idea 9), and the date it was read.
 *
 * The access date is the reader's, not the build's: the server writes ACCESS_DATE_PLACEHOLDER and the
 * share script (src/scripts/share.ts) replaces it with today's date; without JavaScript the reader fills it in.
 */
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

export const ACCESS_DATE_PLACEHOLDER = '[date accessed]';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026, November 25" (APA's date order). */
export function apaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}, ${MONTHS[(m ?? 1) - 1]} ${d}`;
}

/** "November 25, 2026" (APA's "Retrieved …" date). */
export function retrievedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

/**
 * APA-like: Authors. (Year, Month Day). Title [Medium]. Site, Organisation. Data version X.
 * Retrieved <accessed>, from URL. `accessed` is an ISO date, or left as the placeholder.
 */
export function citationText(c: CiteInput, accessed?: string): string {
  const medium = c.medium ? ` [${c.medium}]` : '';
  const when = accessed ? retrievedDate(accessed) : ACCESS_DATE_PLACEHOLDER;
  return `${c.authors.join(', ')}. (${apaDate(c.dataDate)}). ${c.title}${medium}. ${c.siteTitle}, ${c.organisation}. Data version ${c.dataVersion}. Retrieved ${when}, from ${c.url}`;
}

const bib = (s: string) => s.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (m) => `\\${m}`);

export function citationBibtex(c: CiteInput, accessed?: string): string {
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
    `  urldate = {${accessed ?? ACCESS_DATE_PLACEHOLDER}},`,
    `}`,
  ].join('\n');
}
