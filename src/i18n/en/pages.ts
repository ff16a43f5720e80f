/**
 * English page furniture: titles, descriptions, deks, headings and labels of the pages around the story (home,
 * chapters, timeline, sources, methods, corrections, charts, map, embed index, 404). Long explanatory prose with
 * figures in it stays in the page that holds it. A sentence around a link or a <Fact> is split into the text
 * before and after it (`before`/`after`), so the markup stays in the component and the words stay here.
 */
export const pages = {
  home: {
    kicker: (chapters: number) => `An explainer in ${chapters} chapters`,
    byline: (names: string) => `By ${names}`,
    /** After "Current to <date>". */
    readingTime: (minutes: number) => `About ${minutes} minutes`,
    chapters: 'Chapters',
    more: 'Read around the story',
    /** The pages around the story, each after its link (the link's text is ui.nav). */
    moreItems: {
      timeline: ': every event in the data, by year, with its sources.',
      sources: ': the public pages every fact rests on.',
      methods: ': how the data was gathered and checked, and what is unknown.',
      corrections: ': every change to the data, version by version.',
    },
    credits: 'Credits',
    published: (version: string, organisation: string) => `Data version ${version}. Published by ${organisation}.`,
  },
  chapter: {
    kicker: (n: number, total: number) => `Chapter ${n} of ${total}`,
    summary: 'In this chapter',
    /** aria-label of the previous/next navigation. */
    nav: 'Chapters',
    previous: 'Previous',
    next: 'Next',
    backTo: 'Back to',
    allChapters: 'All chapters',
    theTimeline: 'The timeline',
  },
  timeline: {
    title: 'Timeline',
    /** "All <Fact> events in the data, …". */
    dek: {
      before: 'All ',
      after: ' events in the data, oldest first, each with the public pages it rests on.',
    },
    /** After "Current to <Fact>". */
    key:
      '. A filled dot and a coloured label mark events in which a state acts against the industry: raids, arrests, ' +
      'handovers, sanctions, sentences. Accusations are the authorities’ until a court rules.',
    download: 'Download the events (CSV)',
    filter: {
      heading: 'Filter the events',
      country: 'Country',
      allCountries: 'All countries',
      kind: 'Kind',
      allKinds: 'All kinds',
      reset: 'Show all',
    },
    /**
     * The filter's live status line for a page of `total` events, with `shown` where the count of shown events goes
     * (the browser fills it in: "12 of 156 events").
     */
    status: (shown: string, total: number) => `${shown} of ${total} event${total === 1 ? '' : 's'}`,
    /** The labels of an event's facts. */
    place: 'Place',
    countries: (n: number) => (n > 1 ? 'Countries' : 'Country'),
    figure: 'Figure',
    sources: (n: number) => (n > 1 ? 'Sources' : 'Source'),
  },
  sources: {
    title: 'Sources',
    description: 'Every public page that a fact in this story rests on, with what cites it.',
    /** "…cites at least one of these <Fact> public pages." */
    dek: {
      before:
        'Every figure, date and name in the story comes from the data package, and every row of it cites at least one of these ',
      after: ' public pages.',
    },
    kinds: 'Tiers of source',
    citedIn: 'Cited in',
    /** The headings of the list, one per tier (data/sources.csv `tier`), strongest first. */
    tiers: {
      primary: 'Primary documents and official statements',
      wire: 'News agencies',
      news: 'Newspapers and broadcasters',
      ngo: 'NGOs, the UN and research',
      aggregator: 'Aggregators and mirrors, each beside a stronger source',
      encyclopedia: 'Encyclopedias',
    } as Record<string, string>,
    /** Where a faithful copy of the story was read (`via`): "read on Namibia Daily News". */
    readOn: (site: string) => `read on ${site}`,
    archived: 'archived copy',
    supports: (rows: number) => `Supports ${rows} ${rows === 1 ? 'row' : 'rows'} of data`,
    /** Label of a citing row by its table. */
    tables: {
      events: 'Event',
      places: 'Place',
      people: 'Person',
      organizations: 'Organisation',
      routes: 'Route',
      series: 'Series',
    },
  },
  /** The methods page's furniture; its text, title and headings are in content/pages/methods.mdx. */
  methods: {
    /** Hidden heading of the contents list. */
    toc: 'On this page',
  },
  corrections: {
    title: 'Corrections',
    description: 'Every change to the data behind the story, version by version, and how to report an error.',
    /** "…recorded in the downloadable <a>changelog</a>." */
    dek: {
      before:
        'Every change to the data behind the story, newest first. Each version is also recorded in the downloadable ',
      link: 'changelog',
      after: '.',
    },
    writeTo: 'Write to',
    version: (version: string) => `Version ${version}`,
    /** "…figure by figure: <a>what changed</a>." */
    changes: {
      before: 'The same versions, figure by figure, with the chapters that show them: ',
      link: 'what changed',
      after: '.',
    },
  },
  /** The changes page (src/pages/changes.astro): each version's figures from what to what, and where they are shown. */
  changes: {
    title: 'What changed',
    description:
      'Every version of the data behind the story, figure by figure: what changed from what to what, and which chapters show it.',
    dek:
      'Each time the desk corrects or adds to the data, the story changes with it. Here is every version, newest first: ' +
      'the figures, dates and places that changed, from what to what, and the chapters that show them.',
    /** "Why each change was made is on the <a>corrections page</a>." */
    why: { before: 'Why each change was made is on the ', link: 'corrections page', after: '.' },
    version: (version: string) => `Version ${version}`,
    since: (version: string) => `Compared with version ${version}`,
    first: 'The first published version.',
    /** Link to the version's entry on the corrections page. */
    reasons: (version: string) => `Why: the corrections for version ${version}`,
    figures: 'Figures that changed',
    noFigures: 'No figure changed in this version.',
    /** A change of one field: "date: from 9 November 2025 to November 2025". */
    from: 'from',
    to: 'to',
    empty: 'none',
    shownIn: 'Shown in',
    notShown: 'No chapter quotes it in its text.',
    added: 'Added',
    removed: 'Removed',
    /** "Wording, sources or notes changed in 12 events and 3 places." */
    reworded: (parts: string) => `Wording, sources or notes changed in ${parts}.`,
    /** A count of rows of a table: "12 events". */
    rows: {
      sources: (n: number) => `${n} ${n === 1 ? 'source' : 'sources'}`,
      places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
      events: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
      people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
      organizations: (n: number) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`,
      routes: (n: number) => `${n} ${n === 1 ? 'movement of people' : 'movements of people'}`,
      series: (n: number) => `${n} ${n === 1 ? 'chart figure' : 'chart figures'}`,
    },
    /** What kind of row a change is about. */
    tables: {
      sources: 'Source',
      places: 'Place',
      events: 'Event',
      people: 'Person',
      organizations: 'Organisation',
      routes: 'Movement of people',
      series: 'Statistic',
    },
    /** The fields a change can be about, in words. */
    fields: {
      date: 'date',
      figure: 'figure',
      figure_unit: 'what the figure counts',
      figure_usd: 'value in US dollars',
      country: 'country',
      lat: 'latitude',
      lon: 'longitude',
      status: 'status',
      count: 'number of people',
      period: 'period',
      value: 'value',
      unit: 'unit',
    } as Record<string, string>,
  },
  charts: {
    title: 'Charts',
    description: 'Every chart in the story, with its data table and a download of the data it plots.',
    intro:
      'Every chart in the story, with its sources, a table of the data it shows and a download of exactly those rows. ' +
      'Each title leads to the chart on a page of its own.',
    all: 'All charts',
    inChapter: 'In the chapter',
  },
  map: {
    title: 'Explore the map',
    description:
      'Every compound, crackdown and route in the data on one map you can pan, zoom and filter, with a list of every feature and its sources.',
    dek:
      'Every compound, dated event and route in the data, on one map. Switch layers, move the date slider, or browse ' +
      'the list below: each entry links to its sources.',
    /** "…The data behind the map is on the <a>sources page</a>." */
    key: {
      before:
        'A ring marks a place known only to the town or approximately; a solid dot a geolocated site. Accusations are ' +
        'the authorities’ until a court rules. The data behind the map is on the ',
      link: 'sources page',
      after: '.',
    },
    /** A map view's embed: "From the chapter <a>…</a>". */
    fromChapter: 'From the chapter',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may have moved when the story was updated.',
    /** "<a>Go to the start of the story</a> or browse the <a>timeline</a>." */
    start: 'Go to the start of the story',
    browse: ' or browse the ',
    timeline: 'timeline',
    end: '.',
  },
  /** /embed/: everything embeddable. The "How to embed" and "How embeds age" prose stays in the page. */
  embed: {
    title: 'Embed',
    description:
      'Every chapter, chart and map view of the story, its front page and its timeline, ready to embed in a course page or an article: live previews, embed codes and oEmbed.',
    heading: 'Embed the story',
    dek: (items: number) =>
      'Every chapter, chart and map view, the front page and the timeline can go into a course page, a school blog ' +
      `or an article. There are ${items} of them below, each with a preview and the code to paste.`,
    how: 'How to embed',
    versions: 'How embeds age',
    /** aria-label of the groups' contents list. */
    nav: 'Embeddable items',
    /** The groups of items, by id. */
    groups: {
      pages: {
        title: 'Front page and timeline',
        intro:
          'The front page (the story’s title and its chapters, each linked to the full story) and the timeline of every event in the data, with its filter.',
      },
      chapters: {
        title: 'Chapters',
        intro:
          'A whole chapter, with its maps and charts as still pictures and its notes; it reads from top to bottom.',
      },
      charts: {
        title: 'Charts',
        intro: 'One chart with its takeaway, sources, data table and a download of the plotted rows.',
      },
      'map-views': {
        title: 'Map views',
        intro:
          'One view of a story map, as the chapter shows it at that step: the live map where the browser can draw it, the still map and its description everywhere. The previews here show the still map.',
      },
      explore: {
        title: 'Explore map',
        intro:
          'The whole map with layers, a date slider and a list of every feature. The preview shows the still map and the list; the embed is live.',
      },
    },
    fromChapter: (title: string) => `From the chapter “${title}”.`,
    preview: 'Preview',
    /** title of a preview's iframe. */
    previewOf: (title: string) => `Preview: ${title}`,
    embedPage: 'Embed page',
    inStory: 'In the story',
    oembed: 'oEmbed',
    /** Hidden after the links, for screen readers: " for The human cost". */
    linksFor: (name: string) => ` for ${name}`,
  },
};
