/**
 * English words of the "Share or embed" box (src/components/share/Share.astro and its script) and of citations
 * (src/lib/cite.ts). The citation's order and punctuation are APA's, in src/lib/cite.ts; its words are here.
 */
export const share = {
  summary: 'Share or embed',
  /** What is shared, after the summary: "Share or embed this chapter". */
  what: {
    page: 'this page',
    chapter: 'this chapter',
    timeline: 'this timeline',
    map: 'this map',
    chart: 'this chart',
    mapView: 'this map view',
  },
  link: 'Link',
  code: 'Embed code for a course page, blog or article',
  /** Caption of the embed code on the /embed/ index. */
  codeShort: 'Embed code',
  cite: 'Cite',
  bibtex: 'BibTeX',
  /** The copy buttons, and the status each announces once it has copied. */
  copy: {
    link: { button: 'Copy link', done: 'Copied: link.' },
    code: { button: 'Copy embed code', done: 'Copied: embed code.' },
    cite: { button: 'Copy citation', done: 'Copied: citation.' },
    bibtex: { button: 'Copy BibTeX', done: 'Copied: BibTeX.' },
    failed: 'Could not copy; the text is selected, press Ctrl+C or ⌘C.',
  },
  /** Under the embed code: "… (<a>how embeds age</a>; <a>everything embeddable</a>)." */
  hint: {
    before:
      'The frame sizes itself where the page allows scripts, and scrolls at a fixed height where it does not. It always shows the current data and says when that has changed since you embedded it (',
    ageing: 'how embeds age',
    between: '; ',
    all: 'everything embeddable',
    after: ').',
  },
  /** Words of a citation (the order is APA's, src/lib/cite.ts). */
  citation: {
    /** Stands for the reader's access date until the share script fills it in (or the reader does, without it). */
    accessed: '[date accessed]',
    dataVersion: (version: string) => `Data version ${version}.`,
    retrieved: (when: string, url: string) => `Retrieved ${when}, from ${url}`,
  },
};
