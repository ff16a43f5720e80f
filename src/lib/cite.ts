/**
 * "Cite this chapter": a plain-text reference and a BibTeX entry that name the data version, so a course
 * reading list records exactly which state of the facts a student read (peers.md, idea 9).
 */
export interface CiteInput {
  title: string;
  /** Chapter authors (the site byline). */
  authors: readonly string[];
  siteTitle: string;
  organisation: string;
  /** Absolute URL of the chapter. */
  url: string;
  dataVersion: string;
  /** Date of the data version, YYYY-MM-DD. */
  dataDate: string;
  /** Chapter slug, for the BibTeX key. */
  slug: string;
}

export function citationText(c: CiteInput): string {
  return `${c.authors.join(', ')}. “${c.title}.” ${c.siteTitle}, ${c.organisation}. Data version ${c.dataVersion} (${c.dataDate}). ${c.url}`;
}

const bib = (s: string) => s.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (m) => `\\${m}`);

export function citationBibtex(c: CiteInput): string {
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
    `}`,
  ].join('\n');
}
