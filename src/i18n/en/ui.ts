/**
 * English words of the site's frame and shared components: the masthead and footer, links and labels that recur on
 * many pages, notes and fact tooltips. Page furniture is in pages.ts, the share box in share.ts.
 */
export const ui = {
  /** Punctuation between the items of a run-in list of sources ("Reuters, 2 May 2025; AP"). */
  itemSeparator: '; ',
  /** Between a source's publisher and its date, or a name and its detail. */
  detailSeparator: ', ',
  /** The browser tab's title: the page's, then the site's. */
  pageTitle: (page: string, site: string) => `${page} · ${site}`,
  skipLink: 'Skip to content',
  /** aria-label of the masthead's navigation. */
  siteNav: 'Site',
  /** The pages around the story, by path (masthead and footer; the footer adds corrections). */
  nav: {
    timeline: 'Timeline',
    map: 'Map',
    charts: 'Charts',
    sources: 'Sources',
    methods: 'Methods',
    corrections: 'Corrections',
    /** The changes page (src/pages/changes.astro), linked from the footer and the corrections page. */
    changes: 'What changed',
    /** The about page (content/pages/about.mdx). */
    about: 'About',
  },
  /** Before the data version's number, in the footer and an embed's credit. */
  /** In place of a source's headline that names a victim (data/sources.csv `title_withheld` gives the reason). */
  titleWithheld: (reason: string) => `Headline withheld: ${reason}`,
  dataVersion: 'Data version',
  footer: {
    download: 'Download the data package',
    /** After the download link. */
    downloadFormat: ' (CSV, CC BY 4.0).',
    offline: 'This site loads nothing from other servers: fonts, data and maps ship with it.',
  },
  /** "Current to 7 January 2026": the date of the latest event, before a <Fact>. */
  currentTo: 'Current to',
  /** "checked on 3 December 2026": when the desk last looked for news, before a <Fact>. */
  checkedOn: 'checked on',
  minRead: (n: number) => `${n} min read`,
  /** A <Fact>'s tooltip. */
  fact: {
    sources: (n: number) => (n > 1 ? 'Sources:' : 'Source:'),
    derived: 'Derived from the data package (see methods)',
  },
  /** A chapter's numbered notes. */
  notes: {
    heading: 'Notes',
    /** aria-label of a note number in the text, with the first source's publisher when there is one. */
    note: (n: string, publisher?: string) => `Note ${n}${publisher ? `: ${publisher}` : ''}`,
    back: (n: number) => `Back to note ${n} in the text`,
  },
  /** A title in another language, given in English on notes and maps: "… (in Chinese)". */
  inLanguage: (title: string, language: string) => `${title} (in ${language})`,
  /** The frame of an embed (src/layouts/Embed.astro). */
  embed: {
    byline: (organisation: string, version: string) => ` · ${organisation} · data version ${version}`,
    /** "From <a>Sever the Chain, the full story</a>, by …": the link's text after the site title, and after the link. */
    fromBefore: 'From ',
    fromLink: ', the full story',
    by: (organisation: string) => `, by ${organisation}.`,
    credit: (role: string, names: string) => ` ${role}: ${names}.`,
  },
};
