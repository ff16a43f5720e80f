/**
 * The schema of the data package: one definition per table and per column.
 *
 * This file is the single source of truth. The validator (`validate.ts`) checks every CSV
 * against it, the TypeScript row types are inferred from it, and `data/datapackage.json`
 * (Frictionless Table Schema) is generated from it by `npm run data:descriptor`; a unit test
 * fails when the committed descriptor is not current.
 */

/** A calendar date of day, month or year precision: `2026-01-07`, `2026-01` or `2026`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Lower-case ids with digits and hyphens, as used in every `id` column. */
export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A BCP 47 language tag of the common shapes: language, optional script, optional region (`zh-Hant`, `pt-BR`). */
export const LANG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
/** Two-letter ISO 3166-1 alpha-2 country code in capitals. */
export const COUNTRY = /^[A-Z]{2}$/;

type Scalar = 'string' | 'integer' | 'number' | 'date' | 'url';

export interface FieldSpec<T = unknown> {
  type: Scalar;
  /** What the column means, shown in data/README.md and datapackage.json. */
  description: string;
  required: boolean;
  /** A `;`-separated list of values in one cell. */
  list: boolean;
  enum?: readonly string[];
  /** Table whose `id` every value must match. */
  ref?: TableName;
  pattern?: RegExp;
  /** Human wording of the pattern for error messages ("a lower-case id like kk-park"). */
  patternHint?: string;
  minimum?: number;
  maximum?: number;
  example: string;
  /** Phantom type used for inference only. */
  readonly _t?: T;
}

type Opts = Partial<Pick<FieldSpec, 'enum' | 'pattern' | 'patternHint' | 'minimum' | 'maximum'>>;

function field<T>(type: Scalar, description: string, example: string, opts: Opts = {}) {
  const base = { type, description, example, list: false, required: true, ...opts };
  return {
    ...(base as FieldSpec<T>),
    /** The cell may be empty. */
    optional: () => ({ ...base, required: false }) as FieldSpec<T | undefined>,
  };
}

const f = {
  id: (description = 'Unique id of the row: lower-case letters, digits and hyphens.', example = 'kk-park') =>
    field<string>('string', description, example, {
      pattern: ID,
      patternHint: 'a lower-case id of letters, digits and hyphens, like kk-park',
    }),
  text: (description: string, example: string) => field<string>('string', description, example),
  int: (description: string, example: string, opts: Opts = {}) => field<number>('integer', description, example, opts),
  num: (description: string, example: string, opts: Opts = {}) => field<number>('number', description, example, opts),
  date: (description: string, example = '2026-01-07') =>
    field<string>('date', description, example, {
      pattern: PARTIAL_DATE,
      patternHint:
        'a date written YYYY-MM-DD (or YYYY-MM, or YYYY, when only the month or year is known), like 2026-01-07',
    }),
  url: (description: string, example: string) => field<string>('url', description, example),
  oneOf: <const E extends readonly string[]>(values: E, description: string) =>
    field<E[number]>('string', description, values[0]!, { enum: values }),
  country: (description: string, example = 'MM') =>
    field<string>('string', description, example, {
      pattern: COUNTRY,
      patternHint: 'a two-letter country code in capitals (ISO 3166-1), like MM, KH, TH, LA or CN',
    }),
  ref: (table: TableName, description: string, example: string) => ({
    ...field<string>('string', description, example),
    ref: table,
    optional() {
      return { ...this, required: false } as FieldSpec<string | undefined>;
    },
  }),
  list: <T>(item: FieldSpec<T>, description: string, example: string, required = false) =>
    ({ ...item, list: true, required, description, example }) as FieldSpec<T[]>,
};

const sourceIds = () =>
  f.list(
    f.ref('sources', '', ''),
    'Ids of the sources (rows of sources.csv) that support this row, separated by `;`. At least one.',
    'nation-2025-11-12-she-extradited;globaltimes-2025-11-she-zhijiang-nanjing',
    true,
  );
const note = () => f.text('Caveats, conflicting figures or dates, provenance. Not shown as fact.', '').optional();

export const EVENT_KINDS = [
  'raid',
  'cutoff',
  'handover',
  'extradition',
  'deportation',
  'repatriation',
  'arrest',
  'indictment',
  'warrant',
  'sanction',
  'seizure',
  'sentencing',
  'execution',
  'meeting',
  'law',
  'offensive',
  'report',
  'other',
] as const;
export const ROUTE_KINDS = ['extradition', 'handover', 'deportation', 'repatriation'] as const;
export const PLACE_KINDS = [
  'compound',
  'sez',
  'town',
  'capital',
  'region',
  'border_crossing',
  'airport',
  'court',
] as const;
export const COORD_PRECISION = ['site', 'town', 'approx', 'none'] as const;
export const DATE_PRECISION = ['day', 'month', 'year'] as const;
export const SOURCE_KINDS = ['news', 'official', 'court', 'research', 'ngo', 'un'] as const;
/**
 * How much a newsroom can lean on a source (sources.csv `tier`): primary (the document or official statement itself),
 * wire (a news agency), news (a newspaper or broadcaster), ngo (NGO, UN body or research institute), aggregator (a
 * repost, content farm, mirror, summary or spam page) and encyclopedia (Wikipedia and its kind).
 */
export const SOURCE_TIERS = ['primary', 'wire', 'news', 'ngo', 'aggregator', 'encyclopedia'] as const;
/** Tiers that cannot carry a fact alone: at least one source of every fact row is of another tier. */
export const WEAK_TIERS: readonly string[] = ['aggregator', 'encyclopedia'];
/** Whether a source speaks for a state (sources.csv `state`): a state news organ, or a government, police or court. */
export const SOURCE_STATES = ['state-media', 'government'] as const;
/** The legal status of a person in one word (people.csv `status_kind`), for charts and filters. */
export const STATUS_KINDS = [
  'executed',
  'sentenced',
  'extradited',
  'handed-over',
  'detained',
  'dead',
  'sanctioned',
  'wanted',
] as const;
/** What was done to a place (places.csv `status_kind`). */
export const PLACE_STATUS_KINDS = ['raided-or-seized', 'sanctioned'] as const;
/** The part an organisation plays in the story (organizations.csv `role`). */
export const ORG_ROLES = ['scam-group', 'state', 'monitor', 'other'] as const;
/** How a figure is qualified in its source (series.csv `qualifier`, events.csv `figure_qualifier`). */
export const QUALIFIERS = ['at-least', 'more-than', 'up-to', 'about', 'range-low', 'range-high'] as const;
/** Which chart, and which part of it, plots a series row (series.csv `chart`). */
export const SERIES_CHARTS = ['held', 'money-taken', 'money-seized', 'moved-tally'] as const;
/** Whether a route is one movement or an official running or whole-period total (routes.csv `count_kind`). */
export const COUNT_KINDS = ['movement', 'tally'] as const;

export const tables = {
  sources: {
    title: 'Sources',
    description: 'Every public page that a fact on the site rests on.',
    fields: {
      id: f.id(
        'Unique id: publisher, date and subject, like nation-2025-11-12-she-extradited.',
        'nation-2025-11-12-she-extradited',
      ),
      title: f.text(
        'Headline or title of the page, as published, in its own language.',
        'She Zhijiang extradited to China',
      ),
      title_lang: field<string>(
        'string',
        'Language of the title when it is not English: a BCP 47 tag (zh-Hans for simplified Chinese, zh-Hant for traditional, th, km, my, vi…). Empty for English.',
        'zh-Hans',
        { pattern: LANG, patternHint: 'a BCP 47 language tag like zh-Hans, zh-Hant, th, km, my or vi' },
      ).optional(),
      title_en: f
        .text(
          'The title in English, by the desk (a translation, not a quote), when title_lang is given.',
          'First-instance verdict in the Bai family case: five sentenced to death',
        )
        .optional(),
      publisher: f.text('Who published it (outlet, agency, court, UN office).', 'The Nation (Thailand)'),
      published: f.date('Publication date of the page.').optional(),
      url: f.url(
        "Address of the page (http or https): the publisher's own page when the desk found it, else the faithful copy the desk read (see via).",
        'https://www.nationthailand.com/…',
      ),
      archived_url: f
        .url(
          'A mirror, repost or archive copy of the page at url, kept beside the original as an archived copy (the address the desk first cited). Empty: none.',
          'https://tromelinisland.fivesixgroup.com/html-14b599888.html',
        )
        .optional(),
      via: f
        .text(
          "Where the desk read the page, when url is a faithful copy of the publisher's story on another site (a reprint of a Xinhua, AP or Reuters story) and the publisher's own page was not found: the copy is cited as its publisher's story, title and date, read on this site. Empty: read at the publisher.",
          'daily8.com',
        )
        .optional(),
      accessed: f.date('Date the page was last read by the desk.', '2026-11-25'),
      kind: f.oneOf(SOURCE_KINDS, 'What kind of publisher it is.'),
      tier: f.oneOf(
        SOURCE_TIERS,
        "How much the source can carry: primary (the document or official statement itself), wire (a news agency), news (a newspaper or broadcaster), ngo (an NGO, UN body or research institute), aggregator (a repost, content farm, mirror, summary or spam page) or encyclopedia. A faithful copy read elsewhere (via) takes its publisher's tier. No fact row rests on aggregator or encyclopedia sources alone.",
      ),
      state: f
        .oneOf(
          SOURCE_STATES,
          'state-media when the publisher is a state news organ (Xinhua, CCTV, China Daily…), government when it is a government, police or court: an event figure that rests only on such sources names who gives it (events figure_by). Empty: neither.',
        )
        .optional(),
      title_withheld: f
        .text(
          'Why the headline is not shown, when it names a victim whom the story keeps anonymous (the notes cite the source by publisher and date only). Empty: the headline is shown.',
          'it names a victim',
        )
        .optional(),
    },
  },
  places: {
    title: 'Places',
    description:
      'Compounds, special economic zones, towns, border crossings, airports and courts, with WGS84 coordinates.',
    fields: {
      id: f.id(undefined, 'kk-park'),
      name: f.text('Name in English.', 'KK Park'),
      name_local: f
        .text(
          'Name in the local script (Burmese, Khmer, Thai, Lao, Chinese…); two scripts separated by " / ".',
          'ကေကေပတ်',
        )
        .optional(),
      kind: f.oneOf(PLACE_KINDS, 'What kind of place it is.'),
      country: f.country('Country the place is in.'),
      lat: f
        .num(
          'Latitude in decimal degrees, WGS84 (north positive). Empty only when coord_precision is none.',
          '16.6222',
          { minimum: -90, maximum: 90 },
        )
        .optional(),
      lon: f
        .num(
          'Longitude in decimal degrees, WGS84 (east positive). Empty only when coord_precision is none.',
          '98.5408',
          { minimum: -180, maximum: 180 },
        )
        .optional(),
      coord_precision: f.oneOf(
        COORD_PRECISION,
        'How exact the coordinates are: site = the compound itself (geolocated); town = the town or city centre; approx = the general area, within a few kilometres; none = no coordinates (a region, drawn nowhere).',
      ),
      region: f.text('State, province or region.', 'Kayin State').optional(),
      operator_ids: f.list(
        f.ref('organizations', '', ''),
        'Organisations alleged or known to run the place (ids from organizations.csv, `;`-separated).',
        'yatai-group',
      ),
      status: f.text('Short note of what happened there, in the desk’s words.', 'raided 2025-10').optional(),
      first_reported: f.date('When the place was first reported as a scam site.').optional(),
      short_name: f
        .text(
          'The name charts and labels use, when it differs from name: without the alias in brackets, or an abbreviation. Empty: name.',
          'Shwe Kokko',
        )
        .optional(),
      status_kind: f
        .oneOf(
          PLACE_STATUS_KINDS,
          'What was done to the place, in one word, for charts: raided-or-seized (raided, seized, captured, demolished or struck) or sanctioned. Empty: neither.',
        )
        .optional(),
      source_ids: sourceIds(),
      note: note(),
    },
  },
  events: {
    title: 'Events',
    description:
      'Dated happenings: raids, cut-offs, handovers, extraditions, arrests, indictments, sanctions, sentencings, warrants, meetings and reports.',
    fields: {
      id: f.id(undefined, 'ev-2025-11-12-she-zhijiang-extradited'),
      date: f.date('When it happened (the date most sources give; others are in note).'),
      date_precision: f.oneOf(DATE_PRECISION, 'Whether the date is known to the day, the month or the year.'),
      kind: f.oneOf(EVENT_KINDS, 'What kind of event it is.'),
      title: f.text('One-line headline in the desk’s words.', 'Thailand extradites She Zhijiang to China'),
      summary: f.text('Two or three sentences: what happened, who says so.', '…'),
      place_id: f.ref('places', 'Where it happened (id from places.csv).', 'kk-park').optional(),
      countries: f.list(f.country(''), 'Countries involved, two-letter codes separated by `;`.', 'MM;CN'),
      person_ids: f.list(
        f.ref('people', '', ''),
        'People involved (ids from people.csv, `;`-separated).',
        'she-zhijiang',
      ),
      organization_ids: f.list(
        f.ref('organizations', '', ''),
        'Organisations involved (ids from organizations.csv, `;`-separated).',
        'yatai-group',
      ),
      figure: f.num('The headline number of the event, if any (people detained, sentences, sums).', '2198').optional(),
      figure_unit: f.text('What the figure counts; required when figure is given.', 'people detained').optional(),
      figure_usd: f
        .num(
          'The figure in US dollars, at the conversion its source gives (only for sums of money; empty when the source gives none). The money chart plots seizures that have it.',
          '354000000',
          { minimum: 0 },
        )
        .optional(),
      figure_qualifier: f
        .oneOf(
          QUALIFIERS,
          'How the source qualifies the figure (or its US-dollar value): at-least, more-than, up-to, about. Empty: as stated.',
        )
        .optional(),
      figure_by: f
        .text(
          "Who gives the figure, as the site attributes it (China's Ministry of Public Security, the MNDAA…). Required when the row has a figure and every source speaks for a state (sources state): a police or state-media figure is attributed.",
          "China's Ministry of Public Security",
        )
        .optional(),
      source_ids: sourceIds(),
      note: note(),
    },
  },
  people: {
    title: 'People',
    description: 'Kingpins, officials and others named in events. No victim is named.',
    fields: {
      id: f.id(undefined, 'she-zhijiang'),
      name: f.text('Name as usually written in English.', 'She Zhijiang'),
      name_zh: f.text('Name in Chinese characters, where sources give it.', '佘智江').optional(),
      role: f.text('Role or position, in neutral words.', 'Chairman of Yatai International Holdings Group'),
      organization_ids: f.list(
        f.ref('organizations', '', ''),
        'Organisations the person is tied to (ids, `;`-separated).',
        'yatai-group',
      ),
      nationality: f.text('Nationality or nationalities as sources give them.', 'CN').optional(),
      status: f.text('Legal status as of status_date (alleged until a court rules).', 'extradited to China').optional(),
      status_date: f.date('Date the status was last known.').optional(),
      short_name: f
        .text(
          'The name charts and labels use, when it differs from name: without the alias in brackets, or an abbreviation. Empty: name.',
          'Wei Huairen',
        )
        .optional(),
      status_kind: f
        .oneOf(
          STATUS_KINDS,
          'The status in one word, for charts: the furthest step the status column records (executed, sentenced, extradited, handed-over, detained, dead, sanctioned — or assets frozen — or wanted). Empty: no action known.',
        )
        .optional(),
      handover_date: f
        .date(
          'Date the person was handed over, extradited or deported to China: the date of the route in routes.csv that names them. Empty when they were not.',
          '2023-11-16',
        )
        .optional(),
      source_ids: sourceIds(),
      note: note(),
    },
  },
  organizations: {
    title: 'Organisations',
    description: 'Crime groups, companies, militias, government agencies, UN bodies and NGOs.',
    fields: {
      id: f.id(undefined, 'prince-group'),
      name: f.text('Name in English.', 'Prince Holding Group'),
      name_local: f.text('Name in the local script.', '太子集团').optional(),
      kind: f.text('What kind of organisation (crime family, company, armed group, government…).', 'conglomerate'),
      country: f.country('Main country of the organisation.').optional(),
      description: f.text('One sentence, neutral, with allegations marked as such.', '…'),
      role: f.oneOf(
        ORG_ROLES,
        'Its part in the story: scam-group (a source cited in the row alleges it runs, protects or launders for scam operations, or it is sanctioned for that; the chain chart shows only these), state (government, police, court, military, regulator, state enterprise), monitor (UN body, NGO, research institute) or other.',
      ),
      short_name: f
        .text(
          'The name charts and labels use, when it differs from name: without the alias in brackets, or an abbreviation. Empty: name.',
          'Prince Holding Group',
        )
        .optional(),
      source_ids: sourceIds(),
      note: note(),
    },
  },
  routes: {
    title: 'Routes',
    description:
      'Movements of people between two places: extraditions, handovers, deportations and repatriations, with counts.',
    fields: {
      id: f.id(undefined, 'rt-2025-11-12-she-zhijiang-bangkok-nanjing'),
      date: f.date('Date of the movement.'),
      date_precision: f.oneOf(DATE_PRECISION, 'Whether the date is known to the day, the month or the year.'),
      kind: f.oneOf(ROUTE_KINDS, 'What kind of movement.'),
      subject: f.text('Who was moved, in words.', 'She Zhijiang'),
      person_ids: f.list(
        f.ref('people', '', ''),
        'Named people moved (ids from people.csv, `;`-separated).',
        'she-zhijiang',
      ),
      count: f.int('How many people were moved (as the source states it).', '1', { minimum: 1 }),
      from_place_id: f
        .ref(
          'places',
          'Where the movement started (id from places.csv). Empty when the source gives no place.',
          'suvarnabhumi-airport',
        )
        .optional(),
      to_place_id: f.ref('places', 'Where it ended (id from places.csv).', 'nanjing'),
      via: f.text('Means or waypoint (flight, border crossing).', 'charter flight').optional(),
      count_kind: f.oneOf(
        COUNT_KINDS,
        'movement: the people moved in this one movement; tally: an official running or whole-period total, which overlaps the movements and is never added to them.',
      ),
      chart_label: f
        .text(
          'Who was moved, as a chart labels a tally, when shorter than subject. Empty: subject.',
          'Telecom fraud suspects',
        )
        .optional(),
      source_ids: sourceIds(),
      note: note(),
    },
  },
  series: {
    title: 'Series',
    description: 'Observations a chart can plot: one value of one series for one place and period.',
    fields: {
      id: f.id('Unique id of the observation: series, geography and date.', 'people-in-scam-compounds-mm-2023-08-29'),
      series_id: f.id('Id of the series the observation belongs to.', 'people-in-scam-compounds'),
      series_title: f.text(
        'Title of the series (same on every row of a series).',
        'People held in scam operations (estimates)',
      ),
      date: f.date('Date of publication or reference of the value.').optional(),
      period: f.text('Period the value covers, in words.', '2023'),
      value: f.num('The value, a plain number with a dot for decimals and no thousands separators.', '120000'),
      unit: f.text('What the value counts, with qualifiers such as "at least" or "estimate".', 'people'),
      geo: f.text('Where: a country code, several joined by `;`, or a region name.', 'MM'),
      chart: f
        .oneOf(
          SERIES_CHARTS,
          'Which chart plots the row: held (estimates of people held in compounds), money-taken (yearly losses, revenue or profits, in USD), money-seized (sums seized, frozen or sought, in USD), moved-tally (an official whole-year count of people moved to China). Empty: no chart.',
        )
        .optional(),
      qualifier: f
        .oneOf(
          QUALIFIERS,
          'How the source qualifies the value: at-least, more-than, up-to, about; range-low and range-high for the two ends of a range (two rows with the same series_id, geo and date). Empty: as stated.',
        )
        .optional(),
      estimated_by: f
        .text(
          'Who made the estimate, as a chart names it (an abbreviation is fine). Required on charted held and money rows unless reported_by is given.',
          'OHCHR',
        )
        .optional(),
      reported_by: f
        .text(
          'When no estimator can be named: the outlet that reported the figure (the chart says "reported by").',
          'CamboJA News',
        )
        .optional(),
      chart_label: f
        .text(
          'What the row measures, as its chart labels it, when shorter than series_title. Empty: series_title.',
          'Annual profits of industrial-scale scam centres',
        )
        .optional(),
      source_ids: sourceIds(),
      note: note(),
    },
  },
} as const satisfies Record<string, { title: string; description: string; fields: Record<string, FieldSpec> }>;

export type TableName = 'sources' | 'places' | 'events' | 'people' | 'organizations' | 'routes' | 'series';
export const TABLE_NAMES = Object.keys(tables) as TableName[];

type Infer<F> = F extends FieldSpec<infer T> ? T : never;
type Row<T extends TableName> = { [K in keyof (typeof tables)[T]['fields']]: Infer<(typeof tables)[T]['fields'][K]> };

export type Source = Row<'sources'>;
export type Place = Row<'places'>;
export type Event = Row<'events'>;
export type Person = Row<'people'>;
export type Organization = Row<'organizations'>;
export type Route = Row<'routes'>;
export type SeriesRow = Row<'series'>;

export interface DataPackage {
  version: string;
  /** Date of the current data version (YYYY-MM-DD), from data/CHANGELOG.md. */
  versionDate: string;
  /**
   * The day the desk last searched its sources for news ("checked on"), from the newest `Checked on YYYY-MM-DD.`
   * line in data/CHANGELOG.md; the version date when no entry has one. "Current to" is the latest event's date.
   */
  checkedOn: string;
  sources: Source[];
  places: Place[];
  events: Event[];
  people: Person[];
  organizations: Organization[];
  routes: Route[];
  series: SeriesRow[];
}

/** Rules that span columns, checked after types: documented here next to the columns. */
export const CROSS_FIELD_RULES = [
  'sources: title_en is given when title_lang is, and only then; title_lang is not English (leave it empty).',
  `every fact row (places, events, people, organisations, routes, series) has at least one source whose tier is not aggregator or encyclopedia: a row that cannot be sourced better is removed, and a chapter that cited it changes.`,
  'events: a row with a figure whose sources all speak for a state (sources state: state-media or government) names who gives the figure in figure_by.',
  'places: lat and lon are both given unless coord_precision is none, and both empty when it is none.',
  "places: the point lies in the row's country (OpenStreetMap borders, src/map/data/borders-osm.json), or at most 0.5 km (site), 3 km (town) or 15 km (approx) outside it; and inside what that extract covers (else run `npm run map:borders`).",
  'events: figure_unit is given whenever figure is given.',
  'routes: from_place_id and to_place_id differ.',
  'events and routes: the date has at least the detail its date_precision claims: YYYY-MM-DD for day, YYYY-MM (or more) for month, YYYY (or more, such as the day a yearly count runs to) for year.',
  'series: every row of one series_id has the same series_title (the title given on its first row).',
  'series: a row with chart held, money-taken or money-seized names exactly one of estimated_by and reported_by; the money rows have a unit starting USD; range-low and range-high come in pairs of one series_id, geo and date.',
  'events: figure_usd and figure_qualifier are given only with a figure.',
  'people: status_kind extradited or handed-over needs a handover_date; a handover_date is the date of a route to China in routes.csv that names the person, when there is one.',
] as const;
