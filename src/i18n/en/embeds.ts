/**
 * English words of the embeddable items (src/lib/embeds.ts: their names, titles and descriptions, which the embed
 * pages, oEmbed files and share boxes show) and of the link-preview cards (src/lib/share.ts). The site's own title
 * and dek come from the site config; chapter, chart and map names from content and data.
 */
export const embeds = {
  home: {
    title: (site: string, chapters: number) => `${site}: the story in ${chapters} chapters`,
    medium: 'Interactive explainer',
  },
  chapter: {
    title: (chapter: string, site: string) => `${chapter}: a chapter of ${site}`,
    medium: 'Interactive chapter',
  },
  chart: {
    title: (chart: string, site: string) => `${chart} (chart, ${site})`,
    medium: 'Interactive chart',
  },
  map: {
    /** "Map of the Moei river border, view 2 of 5": a step of a map scrolly, named by its scrolly's label. */
    view: (label: string, n: number, count: number) => `${label}, view ${n} of ${count}`,
    medium: 'Interactive map',
  },
  explore: {
    name: 'Explore the map: compounds, crackdowns and routes',
    description:
      'Every compound, dated event and route in the data on one map, with layers, a date slider and a list of every feature.',
  },
  timeline: {
    name: 'Timeline',
    title: 'Timeline: every event in the data, year by year',
    description:
      'Every event in the data, year by year: raids, handovers, extraditions, sanctions and sentences, each with its sources.',
    medium: 'Interactive timeline',
  },
  /** An item's title where it is shown outside the site: "Timeline (Sever the Chain)". */
  withSite: (title: string, site: string) => `${title} (${site})`,
  /** The link-preview cards (share images). */
  card: {
    home: (chapters: number) => `An explainer in ${chapters} chapters`,
    chapter: (n: number, count: number) => `Chapter ${n} of ${count}`,
    chart: 'Chart',
    map: 'Map',
    mapView: (n: number, count: number) => `Map, view ${n} of ${count}`,
    fromChapter: (chapter: string) => `From the chapter “${chapter}”`,
    timelineTitle: 'Every event in the data, year by year',
    timeline: (events: number) => `All ${events} events, oldest first, each with the public pages it rests on.`,
    credit: (version: string, date: string) => `Data version ${version}, ${date}`,
  },
};
