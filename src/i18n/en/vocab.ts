/**
 * English vocabulary of the data: the words for codes and enums in data/ (countries, event kinds, precision).
 * One place for each term, so the charts, the map, the timeline and the text alternatives say the same thing.
 */
export const vocab = {
  /** Lists: "a, b and c" (no serial comma, the house style), and "… and 4 more" past a list's limit. */
  listSeparator: ', ',
  listLast: ' and ',
  more: (n: number) => `${n} more`,
  /** Country names by ISO 3166-1 alpha-2 code, as the story writes them; a code missing here falls back to CLDR. */
  countries: {
    CN: 'China',
    IN: 'India',
    KH: 'Cambodia',
    KR: 'South Korea',
    LA: 'Laos',
    MM: 'Myanmar',
    PH: 'Philippines',
    TH: 'Thailand',
    US: 'United States',
  } as Record<string, string>,
  /**
   * Event kinds (data/events.csv `kind`): `label` on the timeline (an event's kind, the filter's options, sorted by
   * it), `one`/`other` for counts in words ("3 raids", "1 legal order").
   */
  eventKinds: {
    raid: { label: 'Raid', one: 'raid', other: 'raids' },
    cutoff: { label: 'Cut-off', one: 'cut-off', other: 'cut-offs' },
    handover: { label: 'Handover', one: 'handover', other: 'handovers' },
    extradition: { label: 'Extradition', one: 'extradition', other: 'extraditions' },
    deportation: { label: 'Deportation', one: 'deportation', other: 'deportations' },
    repatriation: { label: 'Repatriation', one: 'repatriation', other: 'repatriations' },
    arrest: { label: 'Arrest', one: 'arrest', other: 'arrests' },
    indictment: { label: 'Indictment', one: 'indictment', other: 'indictments' },
    warrant: { label: 'Warrant', one: 'warrant', other: 'warrants' },
    sanction: { label: 'Sanction', one: 'sanction', other: 'sanctions' },
    seizure: { label: 'Seizure', one: 'seizure', other: 'seizures' },
    sentencing: { label: 'Sentencing', one: 'sentencing', other: 'sentencings' },
    execution: { label: 'Execution', one: 'execution', other: 'executions' },
    meeting: { label: 'Meeting', one: 'meeting', other: 'meetings' },
    law: { label: 'Law', one: 'legal order', other: 'legal orders' },
    offensive: { label: 'Offensive', one: 'military offensive', other: 'military offensives' },
    report: { label: 'Report', one: 'report', other: 'reports' },
    other: { label: 'Other event', one: 'other event', other: 'other events' },
  } as Record<string, { label: string; one: string; other: string }>,
  /** Kinds of place (data/places.csv `kind`), in a description of the place. */
  placeKinds: {
    compound: 'scam compound',
    sez: 'special economic zone',
    town: 'town',
    capital: 'capital',
    region: 'region',
    border_crossing: 'border crossing',
    airport: 'airport',
    court: 'court',
  } as Record<string, string>,
  /** How exact a place's coordinates are (data/places.csv `precision`), in a description of the place. */
  precision: {
    site: 'exact site',
    town: 'town-level position',
    approx: 'approximate position',
    none: 'no position',
  } as Record<string, string>,
  /** Kinds of source (data/sources.csv `kind`): the headings of the sources page. */
  sourceKinds: {
    court: 'Courts and prosecutors',
    official: 'Governments and officials',
    un: 'United Nations',
    research: 'Research',
    ngo: 'Non-governmental organisations',
    news: 'News',
  },
};
