/**
 * English words of the charts (src/charts/): titles, takeaways, descriptions, axis and panel labels, table headers,
 * notes and the small words inside marks. Functions take the figures, already formatted, so that a language orders
 * its own sentence. Country names and event-kind words come from `vocab` (countryName, listWords).
 */
export const charts = {
  /** The frame around every chart (src/components/charts/Chart.astro): source line, download, table toggle. */
  frame: {
    sources: (n: number) => (n === 1 ? 'Source:' : 'Sources:'),
    /** After the first publishers named: " and 3 more (listed with the table)". */
    more: (n: number) => ` and ${n} more (listed with the table)`,
    dataVersion: (version: string) => `Data version ${version}.`,
    download: 'Download data (CSV)',
    showTable: 'Show table',
    tableLabel: (title: string) => `Data table: ${title}`,
    allSources: 'All sources:',
  },
  /** How a figure is qualified (data `qualifier` / `figure_qualifier`), as words before the number. */
  qualifier: {
    'at-least': 'at least',
    'more-than': 'more than',
    'up-to': 'up to',
    about: 'about',
    'range-low': '',
    'range-high': '',
  },
  /** Region names in data `geo` columns, as charts write them; other values are shown as written. */
  regions: {
    'SE Asia': 'Southeast Asia',
    global: 'worldwide',
    'all countries': 'All countries',
  } as Record<string, string>,
  /** "per OHCHR" / "reported by CamboJA News". */
  per: (name: string) => `per ${name}`,
  reportedBy: (name: string) => `reported by ${name}`,
  held: {
    title: 'How many people are held in the compounds',
    takeaway: (first: string, firstList: string, firstDate: string, top?: { value: string; where: string }) =>
      `Nobody has counted the people held, only estimated them: ${first} put ${firstList} in ${firstDate}` +
      (top ? `, and later estimates reach ${top.value} (${top.where}).` : '.'),
    inPlace: (value: string, where: string) => `${value} in ${where}`,
    description: (count: number, from: string, floors: number) =>
      `Dot chart of ${count} published estimates of people held in scam compounds, by country or region, from ${from} onwards. ${floors} of them are floors ("at least" or "more than"), drawn with an arrow pointing right; none is a count, and they are not added together.`,
    tip: (where: string, value: string, unit: string, who: string, period: string) =>
      `${where}: ${value} people (${unit}); ${who}; period: ${period}.`,
    asStated: 'as stated',
    columns: ['Where', 'Estimate (people)', 'Estimated by', 'Published', 'Period'],
    note: 'Arrow: the estimate is a floor ("at least", "more than"). Ring: an approximate figure ("about"). Hollow dot: only a news report could be named as the source.',
  },
  money: {
    title: 'The money: estimated takings against what has been seized',
    headTaken: 'Estimated losses, revenue and profits (a year)',
    headSeized: 'Seized, frozen or claimed in forfeiture',
    takeaway: (lo: string, loBy: string, hi: string, hiBy: string, big?: string) =>
      `Estimates of what the scam industry takes in a year run from ${lo} (${loBy}) to ${hi} (${hiBy}), depending on who counts what` +
      (big ? `; the largest sum seized or claimed so far, ${big}, came in one US case.` : '.'),
    description: (estimates: number, seized: number) =>
      `Dot chart on one US-dollar scale from zero: ${estimates} estimates of yearly scam losses, revenue or profits, each with its estimator, and ${seized} sums seized, frozen or claimed in forfeiture. Ranges are drawn as a line between two dots; "at least" figures have an arrow pointing right.`,
    columns: ['What', 'Where', 'Period', 'Estimate or sum', 'Estimated by'],
    note: 'All figures in US dollars on one scale from zero. Estimates measure different things (victims’ losses, syndicates’ revenue, profits) and are not added. Sums in other currencies are shown at the conversion their source gives.',
  },
  moved: {
    title: 'Moved to China',
    notStated: 'Place not stated',
    annualTotal: 'annual total',
    person: (n: number, count: string) => `${count} ${n === 1 ? 'person' : 'people'}`,
    movements: (n: number) => `${n} ${n === 1 ? 'movement' : 'movements'}`,
    namedMore: (first: string, more: number) => `${first} +${more}`,
    tallyLabel: (from: string, what: string, to: string) => `${from}: ${what}, to ${to}`,
    seriesTallyLabel: (from: string, what: string) => `${from}: ${what}`,
    cellTip: (from: string, year: string, people: string, moves: number, named: string) =>
      `${from} to China, ${year}: ${people} people in ${moves} reported ${moves === 1 ? 'movement' : 'movements'}${named ? ` (incl. ${named})` : ''}.`,
    barTip: (label: string, count: string) => `${label}: ${count} people (official tally).`,
    tallyHeadPhone: 'Official tallies (separate scale)',
    tallyHead: 'Official running and yearly tallies, on their own scale: not added to the squares',
    takeaway: (from: string, sum: string, tally?: { count: string; to: string }) =>
      `Most people sent to China left from ${from}: the handovers and flights reported one by one add up to ${sum} people` +
      (tally ? `, a fraction of the ${tally.count} in China's own tally to ${tally.to}.` : '.'),
    description: (movements: number, tallies: number) =>
      `Grid of squares by country of departure and year: each square's area is the number of people in the ${movements} individually reported handovers, extraditions, deportations and repatriations to China. Below, on a separate scale, ${tallies} official running or yearly tallies, which overlap the movements and are not added to them.`,
    panelTally: 'official tally',
    panelMovement: 'movement',
    countedTally: 'official tally',
    countedMovement: 'one movement',
    columns: ['Date', 'From', 'Kind', 'People', 'Who', 'Counted as'],
    note: 'Square area shows people moved in individually reported movements. The tallies below come from China’s police and state media, cover overlapping periods, and are on a separate scale.',
  },
  chain: {
    title: 'The chain: who is alleged to run what, and where it has been cut',
    colPeople: 'People',
    colGroups: 'Groups',
    colPlaces: 'Compounds and places',
    /** Person statuses (people.csv `status_kind`), as the chart labels them. */
    status: {
      executed: 'executed',
      sentenced: 'sentenced',
      extradited: 'extradited',
      'handed-over': 'handed to China',
      detained: 'detained',
      dead: 'dead',
      sanctioned: 'sanctioned',
      wanted: 'wanted',
      none: 'no action known',
    },
    placeStatus: { 'raided-or-seized': 'raided or seized', sanctioned: 'sanctioned' },
    detail: (role: string, status: string | undefined, date: string | undefined) =>
      `${role}. ${status ? `Status: ${status}` : 'No status recorded'}${date ? ` (${date})` : ''}.`,
    takeaway: (people: string, groups: string, cut: string, executed: string) =>
      `Of the ${people} people the data links to ${groups} alleged scam groups, ${cut} are now out of the chain, in custody, sentenced or dead, ${executed} of them executed; the others are sanctioned or still free.`,
    description: (groups: string, people: string, places: string) =>
      `Network diagram: ${groups} groups alleged to run or protect scam operations in the middle, ${people} people linked to them and ${places} compounds or places they are said to run. A broken line marks a person in custody, sentenced, executed or dead, or a place raided or seized. Allegations are as reported; sentences are first-instance unless stated.`,
    columns: ['Group', 'Person or place', 'Kind', 'Status'],
    kind: { person: 'person', place: 'place' },
    noneRecorded: 'none recorded',
    note: 'Circles are people, squares are places. A line with a bar across it has been cut: the person is in custody, sentenced, executed or dead, or the place was raided or seized. Ties are as the sources allege them.',
  },
  crackdown: {
    title: 'The crackdown, event by event',
    /** Rows of the chart (src/charts/crackdown.ts KIND_GROUPS). */
    rows: {
      force: 'Raids, offensives, cut-offs',
      moved: 'Handovers, extraditions, repatriations',
      justice: 'Arrests, charges, sanctions, seizures, sentences',
      other: 'Talks, laws, reports and other',
    },
    events: (count: string) => `${count} events`,
    takeaway: (first: string, middle: string, and: boolean, last: string, upTo: string, busiest: string) =>
      `The pace quickened year after year: ${first}, ${middle}${and ? ' and' : ''} ${last} up to ${upTo}; ${busiest} was the busiest year.`,
    inYear: (count: number, year: string) => `${count} events in ${year}`,
    inYearShort: (count: number, year: string) => `${count} in ${year}`,
    description: (count: number, rows: string, fromYear: number) =>
      `Each of the ${count} events in the data is a dot, placed in its month (its quarter on narrow screens) and stacked, in four rows by kind of action (${rows}). Events before ${fromYear} share the first column.`,
    columns: ['Date', 'Kind', 'Event', 'Countries'],
    note: (fromYear: number) =>
      `One dot per event; a paler dot is dated only to the month or year. The first column gathers the events before ${fromYear}.`,
  },
};
