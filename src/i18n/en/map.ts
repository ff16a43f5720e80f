/**
 * English words of the maps: the legend, the locator's key, and the text alternatives of a map step
 * (src/map/describe.ts) and of a feature's popup (src/map/details.ts). Dates and numbers come in formatted (the
 * formatting locale is a separate setting); lists are joined with `listWords` and counted with vocab.eventKinds.
 */
const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const map = {
  /** The toggle over a map's text alternative (MapFigure, StoryMap). */
  describe: 'Describe this map',
  /** The scale bar's label; `km` is the distance formatted. */
  scale: (km: string) => `${km} km`,
  /** The legend under every map (src/components/map/MapLegend.astro). */
  legend: {
    label: 'Legend',
    compoundSite: 'Compound, exact site',
    compoundArea: 'Compound, approximate position',
    event: 'Crackdown or other event',
    route: 'Route of people moved, with direction',
    place: 'Town or landmark',
    highlight: 'Emphasised: what this step is about',
  },
  /** The scrolly locator (src/components/scrolly/Locator.astro): its default title and its key. */
  locator: {
    title: 'Locator map',
    site: 'exact site',
    area: 'town-level or approximate',
    /** The region every locator shows. */
    region: 'mainland Southeast Asia',
    /** Its text alternative: "Locator map of mainland Southeast Asia marking KK Park (…) and Mae Sot (…)." */
    marking: (region: string, places: string) => `Locator map of ${region} marking ${places}.`,
    none: (region: string) => `Locator map of ${region}, with no places marked.`,
    /** One place: "KK Park (scam compound, Myanmar; exact site)". */
    place: (name: string, kind: string, country: string, precision: string) =>
      `${name} (${kind}, ${country}; ${precision})`,
  },
  /** A count of people moved; `n` is the number formatted, `count` the number. */
  people: (n: string, count: number) => `${n} ${count === 1 ? 'person' : 'people'}`,
  /** A step on its own (describeState), sentence by sentence. */
  step: {
    /** "Map of Myanmar and Thailand, showing what happened from 1 January 2025 to 30 June 2025." */
    map: (countries: string, from?: string, to?: string) =>
      `Map${countries ? ` of ${countries}` : ''}${from && to ? `, showing what happened from ${from} to ${to}` : ''}.`,
    compounds: (n: number, list: string) => `${count(n, 'compound or scam hub', 'compounds or scam hubs')}: ${list}.`,
    noCompounds: 'No compounds in this view.',
    /** A compound in the list: "KK Park (exact site)". */
    compound: (name: string, precision: string) => `${name} (${precision})`,
    events: (n: number, kinds: string) => `${count(n, 'dated event', 'dated events')}: ${kinds}.`,
    noEvents: 'No events in this view and period.',
    /** One kind of event counted: "3 raids" (words from vocab.eventKinds). */
    eventCount: (n: number, one: string, other: string) => count(n, one, other),
    routes: (n: number, list: string) => `${count(n, 'route', 'routes')}: ${list}.`,
    /** A route in the list: "She Zhijiang, extradition from Bangkok to Nanjing on 12 November 2025 (1 person)". */
    route: (name: string, kind: string, from: string, to: string, date: string, people: string) =>
      `${name}, ${kind} from ${from} to ${to} on ${date} (${people})`,
    noRoutes: 'No routes in this view and period.',
    unplacedRoutes: (n: number) =>
      `${count(n, 'further route in this period is', 'further routes in this period are')} not drawn because an end has no coordinates (for example a destination given only as “China”).`,
    places: (list: string) => `Labelled places: ${list}.`,
    highlighted: (list: string) => `Highlighted: ${list}.`,
  },
  /** What changed since the previous step (describeChange), announced by the live map. */
  change: {
    /** The announcement: its parts, the first starting in lower case. */
    sentence: (parts: readonly string[]) => `Changed since the previous step: ${parts.join('; ')}.`,
    zoomedIn: 'Zoomed in',
    zoomedOut: 'Zoomed out',
    moved: 'Moved',
    more: (n: number, one: string, other: string) => `${n} more ${n === 1 ? one : other}`,
    fewer: (n: number, one: string, other: string) => `${n} fewer ${n === 1 ? one : other}`,
    compounds: { one: 'compound', other: 'compounds' },
    events: { one: 'event', other: 'events' },
    routes: { one: 'route', other: 'routes' },
    period: (from: string, to: string) => `period now ${from} to ${to}`,
    allDates: 'all dates shown',
  },
  /** A feature's popup and list entry (src/map/details.ts). */
  details: {
    firstReported: (date: string) => `first reported ${date}`,
    moved: (people: string, via?: string) => `${people} moved${via ? ` (${via})` : ''}.`,
  },
};
