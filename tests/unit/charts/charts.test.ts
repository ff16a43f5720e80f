/**
 * Chart compute and render: SVG snapshots at phone and desktop width for every chart on a frozen fixture data
 * package (tests/fixtures/charts/, a copy of data 1.2.1: an update of data/ does not touch these snapshots) and on
 * unusual data (one point, a long label, a missing year), plus the rules that keep charts honest (estimates
 * qualified, nothing added that should not be, bad data fails). Snapshots are normalised (numbers to one decimal,
 * one element per line) and written only with `npx vitest run -u`: vitest.config.ts sets update: 'none', so a
 * missing snapshot fails instead of being created.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataPackage, formatError } from '../../../src/data/validate.ts';
import type { DataPackage } from '../../../src/data/schema.ts';
import { BUILDERS as KINDS, buildChart } from '../../../src/charts/index.ts';
import { ChartDataError, WIDTHS, type ChartOptions } from '../../../src/charts/types.ts';
import { CHART_IDS, type ChartId } from '../../../src/story/steps.ts';
import { qualifier } from '../../../src/charts/util.ts';
import { svgAspectRatio } from '../../../src/charts/svg.ts';
import { cells, selectMoved } from '../../../src/charts/kinds/moved.ts';
import { personStatus } from '../../../src/charts/kinds/chain.ts';
import { n, textWidth, wrap } from '../../../src/charts/svg.ts';
import { strings } from '../../../src/i18n/index.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/charts');
const loaded = validateDataPackage(FIXTURE, { today: '2026-12-03' });
if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
const data = loaded.data;
const t = strings('en');
const opts = { locale: 'en-GB' };
/** The registry's builders, with the table resolved as buildChart does. */
const BUILDERS = Object.fromEntries(
  Object.entries(KINDS).map(([id, b]) => [id, (d: DataPackage, o: ChartOptions) => b(d, { ...o, t })]),
) as Record<ChartId, (d: DataPackage, o: ChartOptions) => ReturnType<typeof buildChart>>;
const snap = (name: string) => `./__snapshots__/${name}.svg`;

/**
 * A snapshot's text: every number rounded to one decimal (floating-point noise from a d3 or Node update does not
 * churn it; a real move of 0.1 px or more does) and one element per line, so a diff names the mark that moved.
 */
export const normalise = (svg: string) =>
  svg.replace(/-?\d+\.\d+/g, (x) => n(Number(x))).replaceAll('><', '>\n<') + '\n';

/**
 * Compares with a stored snapshot, which must exist: vitest.config.ts sets `update: 'none'`, so a missing one fails
 * (on a laptop as in CI) instead of being written. `npx vitest run -u` writes them on purpose.
 */
async function matchesSnapshot(svg: string, name: string) {
  await expect(normalise(svg)).toMatchFileSnapshot(snap(name));
}

/** A deep-frozen copy: a chart that sorts or edits the data it is given throws instead of passing. */
function frozen<T>(x: T): T {
  const copy = structuredClone(x);
  const freeze = (v: unknown) => {
    if (v && typeof v === 'object') {
      Object.freeze(v);
      for (const c of Object.values(v)) freeze(c);
    }
  };
  freeze(copy);
  return copy;
}

/** Ids plotted by the marks of an SVG (data-ids), to compare with the CSV. */
const markIds = (svg: string) => new Set([...svg.matchAll(/data-ids="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')));

describe.each(CHART_IDS)('chart %s on the data package', (id) => {
  const chart = buildChart(id, data, opts);

  it('renders the same SVG from frozen data, at the phone and desktop widths', async () => {
    // Frozen input: a chart that sorts or edits the shared data package would throw here (it would change every
    // chart built after it on the same page).
    expect(buildChart(id, frozen(data), opts).svg).toEqual(chart.svg);
    for (const [layout, svg] of Object.entries(chart.svg) as [keyof typeof WIDTHS, string][]) {
      expect(svg).toMatch(new RegExp(`^<svg[^>]* viewBox="0 0 ${WIDTHS[layout]} [\\d.]+" width="${WIDTHS[layout]}"`));
      expect(svg).not.toMatch(/undefined|NaN|\[object /);
    }
    await matchesSnapshot(chart.svg.phone, `${id}-phone`);
    await matchesSnapshot(chart.svg.desktop, `${id}-desktop`);
  });

  it('writes every number with at most one decimal', () => {
    const geometry = /\s(?:x|y|cx|cy|r|x1|x2|y1|y2|width|height|d|viewBox)="[^"]*\d\.\d{2,}/;
    for (const svg of Object.values(chart.svg)) expect(svg).not.toMatch(geometry);
  });

  it("gives its drawing's box the drawing's proportions (width and height attributes, as the page shows it)", () => {
    for (const svg of Object.values(chart.svg)) {
      const [, w, h] = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)!;
      const [rw, rh] = svgAspectRatio(svg).split(' / ').map(Number);
      expect(rw! / rh!).toBeCloseTo(Number(w) / Number(h), 6);
    }
    expect(() => svgAspectRatio('<svg width="3" height="2">')).toThrow(/viewBox/);
  });

  it('plots exactly the rows of its CSV', () => {
    const csvIds = new Set(chart.csv.rows.map((r) => String(r.id)));
    for (const svg of Object.values(chart.svg)) expect(markIds(svg)).toEqual(csvIds);
  });

  it('has a title, a takeaway, a description, sources and a table', () => {
    expect(chart.title.length).toBeGreaterThan(5);
    expect(chart.takeaway).toMatch(/^[A-Z].*[.]$/);
    expect(chart.description.length).toBeGreaterThan(40);
    expect(chart.sourceIds.length).toBeGreaterThan(0);
    for (const s of chart.sourceIds) expect(data.sources.some((x) => x.id === s)).toBe(true);
    expect(chart.table.rows.length).toBeGreaterThan(0);
  });
});

/** A copy of the data package with some tables replaced. */
const withData = (patch: Partial<DataPackage>): DataPackage => ({ ...data, ...patch });

describe('unusual data', () => {
  const held = data.series.filter((r) => r.chart === 'held');

  it('held: one estimate with a long place name', async () => {
    const one = {
      ...held[0]!,
      geo: 'The Mekong borderlands of Myanmar, Laos and Thailand known as the Golden Triangle',
    };
    const c = BUILDERS.held(withData({ series: [one] }), opts);
    await matchesSnapshot(c.svg.phone, 'held-one-long-phone');
    await matchesSnapshot(c.svg.desktop, 'held-one-long-desktop');
    expect(c.table.rows).toHaveLength(1);
  });

  it('crackdown: a missing year (no events in 2024) and a highlighted year', async () => {
    const events = data.events.filter((e) => !e.date.startsWith('2024'));
    const c = BUILDERS.crackdown(withData({ events }), { ...opts, highlight: '2025' });
    expect(c.highlights).toEqual(['2023', '2025', '2026']);
    await matchesSnapshot(c.svg.phone, 'crackdown-gap-phone');
    await matchesSnapshot(c.svg.desktop, 'crackdown-gap-desktop');
    // Marks of other years are dimmed, the 2025 band is on.
    expect(c.svg.desktop).toMatch(/class="c-band is-on" data-key="2025"/);
    expect(c.svg.desktop).toMatch(/is-dim" data-key="2023"/);
  });

  it('crackdown: a single event', async () => {
    const c = BUILDERS.crackdown(withData({ events: [data.events.find((e) => e.date.startsWith('2025'))!] }), opts);
    await matchesSnapshot(c.svg.desktop, 'crackdown-one-desktop');
  });

  it('crackdown: rejects a highlight that is not a year with events', () => {
    expect(() => BUILDERS.crackdown(data, { ...opts, highlight: '1999' })).toThrow(/crackdown.*events\.csv.*1999/);
  });

  it('moved: one route', async () => {
    const route = data.routes.find((r) => r.id === 'rt-2025-11-12-she-zhijiang-bangkok-nanjing')!;
    const c = BUILDERS.moved(withData({ routes: [route], series: [] }), opts);
    await matchesSnapshot(c.svg.phone, 'moved-one-phone');
    expect(c.csv.rows).toHaveLength(1);
  });

  it('money: one estimate, one seizure', async () => {
    const series = data.series.filter(
      (r) => r.id === 'scam-revenue-estimates-global-2024-05-13' || r.chart === 'money-seized',
    );
    const c = BUILDERS.money(withData({ series, events: [] }), opts);
    await matchesSnapshot(c.svg.phone, 'money-two-phone');
    await matchesSnapshot(c.svg.desktop, 'money-two-desktop');
  });

  it('chain: one person with a long name', async () => {
    const p = {
      ...data.people.find((x) => x.id === 'she-zhijiang')!,
      name: 'She Zhijiang, also reported under several other names in Thai court papers',
    };
    const c = BUILDERS.chain(withData({ people: [p], places: [] }), opts);
    await matchesSnapshot(c.svg.desktop, 'chain-one-desktop');
    await matchesSnapshot(c.svg.phone, 'chain-one-phone');
  });
});

describe('bad data fails with the chart and the file named', () => {
  it.each([
    ['held', { series: [] }, /"held".*series\.csv/],
    ['crackdown', { events: [] }, /"crackdown".*events\.csv/],
    ['moved', { routes: [] }, /"moved".*routes\.csv/],
    ['money', { series: [] }, /"money".*series\.csv/],
    ['chain', { people: [] }, /"chain".*people\.csv/],
  ] as const)('%s with empty input', (id, patch, re) => {
    expect(() => buildChart(id, withData(patch as unknown as Partial<DataPackage>), opts)).toThrow(ChartDataError);
    expect(() => buildChart(id, withData(patch as unknown as Partial<DataPackage>), opts)).toThrow(re);
  });

  it('held rejects a non-positive estimate', () => {
    const bad = { ...data.series.find((r) => r.chart === 'held')!, value: 0 };
    expect(() => BUILDERS.held(withData({ series: [bad] }), opts)).toThrow(/held.*series\.csv.*value 0/);
  });

  it('money rejects a non-dollar unit', () => {
    const bad = { ...data.series.find((r) => r.series_id === 'scam-revenue-estimates')!, unit: 'THB' };
    expect(() => BUILDERS.money(withData({ series: [bad] }), opts)).toThrow(/money.*series\.csv.*THB/);
  });
});

describe('honest wording', () => {
  it('draws the qualifier the data gives, in the words of the translation table', () => {
    expect(qualifier(t, 'about')).toEqual({ kind: 'approx', words: 'about' });
    expect(qualifier(t, 'more-than')).toEqual({ kind: 'min', words: 'more than' });
    expect(qualifier(t, 'up-to')).toEqual({ kind: 'max', words: 'up to' });
    expect(qualifier(t, undefined)).toEqual({ kind: 'exact', words: '' });
  });

  it('a fork adds a row with a column, not code: a new series with chart "held" is plotted, with its qualifier', () => {
    const row = {
      ...data.series.find((r) => r.chart === 'held')!,
      id: 'people-in-scam-compounds-la-2026-01-01',
      series_id: 'a-new-series-of-a-fork',
      geo: 'LA',
      value: 5000,
      qualifier: 'at-least' as const,
      estimated_by: 'A fork NGO',
      reported_by: undefined,
    };
    const c = BUILDERS.held(withData({ series: [...data.series, row] }), opts);
    expect(c.table.rows).toContainEqual(['Laos', 'at least 5,000', 'A fork NGO', 'August 2023', '2023']);
    const m = BUILDERS.money(
      withData({
        events: data.events.map((e) =>
          e.id === 'ev-2025-11-04-hk-prince-freeze' ? { ...e, figure_usd: undefined } : e,
        ),
      }),
      opts,
    );
    expect(m.csv.rows.map((r) => r.id)).not.toContain('ev-2025-11-04-hk-prince-freeze');
  });

  it('held: the OHCHR estimates keep "at least" and "about"', () => {
    const t = buildChart('held', data, opts).table.rows.map((r) => r[1]);
    expect(t).toContain('at least 120,000');
    expect(t).toContain('about 100,000');
  });

  it('moved: tallies are never added to individual movements', () => {
    const c = buildChart('moved', data, opts);
    const tallies = c.csv.rows.filter((r) => r.panel === 'official tally').map((r) => r.id);
    expect(tallies).toContain('route-myanmar-china-2023-cumulative');
    expect(tallies).toContain('suspects-handed-to-china-by-year-mm-2024-01-05');
    // The squares hold only single movements: no tally id is inside any cell.
    for (const cell of cells(selectMoved(data, 'en-GB', t)))
      for (const id of cell.ids) expect(tallies).not.toContain(id);
  });

  it('money: every seizure with a US-dollar value is drawn, whatever its unit says; the bitcoin forfeiture once', () => {
    const ids = buildChart('money', data, opts).csv.rows.map((r) => r.id);
    for (const e of data.events.filter((e) => e.kind === 'seizure' && e.figure_usd !== undefined))
      if (e.id !== 'ev-2025-10-14-bitcoin-forfeiture-complaint') expect(ids).toContain(e.id);
    // A conversion written without "~US$…m" is still plotted: the chart reads figure_usd, not the unit's words.
    const thb = data.events.find((e) => e.id === 'ev-2025-12-03-thailand-seizes-10bn-baht')!;
    const reworded = withData({
      events: data.events.map((e) => (e === thb ? { ...e, figure_unit: 'THB seized (about 318 million dollars)' } : e)),
    });
    expect(buildChart('money', reworded, opts).csv.rows.map((r) => r.id)).toContain(thb.id);
    expect(ids).toContain('doj-prince-forfeiture-us-2025-10-14');
    expect(ids).not.toContain('ev-2025-10-14-bitcoin-forfeiture-complaint');
  });

  it('chain: statuses from people.status_kind, a handover dated by handover_date', () => {
    expect(
      personStatus(t, { status_kind: 'executed', status_date: '2026-01-29', handover_date: '2023-11-16' }),
    ).toEqual({ label: 'executed', cut: true, date: '2026-01-29' });
    expect(personStatus(t, { status_kind: 'sanctioned', status_date: '2025-05-05', handover_date: undefined })).toEqual(
      {
        label: 'sanctioned',
        cut: false,
        date: '2025-05-05',
      },
    );
    expect(personStatus(t, { status_kind: undefined, status_date: undefined, handover_date: undefined }).cut).toBe(
      false,
    );
  });

  it("chain: the handover years are the handovers' (Ming Julan 2023, Wei Huairen 2024), not a later status's", () => {
    const c = buildChart('chain', data, opts);
    const status = (id: string) => c.csv.rows.find((r) => r.id === id)!;
    expect(status('ming-julan')).toMatchObject({ status: 'handed to China', status_date: '2023-11-16' });
    expect(status('wei-huairen')).toMatchObject({ status: 'handed to China', status_date: '2024-01-30' });
    for (const svg of Object.values(c.svg)) {
      expect(svg).toMatch(/data-key="ming-julan"[^]*?handed to China 2023</);
      expect(svg).toMatch(/data-key="wei-huairen"[^]*?handed to China 2024</);
    }
    expect(c.table.rows).toContainEqual([
      'Ming family criminal group',
      'Ming Julan',
      'person',
      'handed to China, 16 November 2023',
    ]);
  });

  it('chain: only organisations the data marks as scam groups, and ties worded as alleged', () => {
    const c = buildChart('chain', data, opts);
    const groups = c.csv.rows.filter((r) => r.type === 'group').map((r) => r.id);
    expect(groups).not.toContain('uwsa');
    for (const g of groups) expect(data.organizations.find((o) => o.id === g)!.role).toBe('scam-group');
    expect(c.takeaway).toContain(`links to ${groups.length} alleged scam groups`);
    expect(c.title).toMatch(/alleged/);
    expect(c.title).not.toMatch(/who runs what/);
  });
});

/** Every `<text>` of an SVG whose class list has `cls`: its x, y, anchor and text (tspans joined by "|"). */
function texts(svg: string, cls: string) {
  return [...svg.matchAll(/<text([^>]*)>(.*?)<\/text>/g)]
    .filter(([, a]) => new RegExp(`class="[^"]*\\b${cls}\\b`).test(a!))
    .map(([, a, body]) => ({
      x: Number(/\sx="([-\d.]+)"/.exec(a!)![1]),
      y: Number(/\sy="([-\d.]+)"/.exec(a!)![1]),
      anchor: /text-anchor="(\w+)"/.exec(a!)?.[1] ?? 'start',
      lines: body!.includes('<tspan')
        ? [...body!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!)
        : [body!],
    }));
}
const widthOf = (svg: string) => Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);

describe('labels a reader can read (issue 19, point 7)', () => {
  const crack = buildChart('crackdown', data, { ...opts, highlight: '2026' });

  it('crackdown: each year is named at the top, with its count, above every dot (a step card covers the bottom)', () => {
    for (const svg of Object.values(crack.svg)) {
      const top = Math.min(...[...svg.matchAll(/cy="([\d.]+)" r="([\d.]+)"/g)].map((m) => Number(m[1]) - Number(m[2])));
      const years = texts(svg, 'c-axis--year');
      expect(years.map((y) => y.lines[0])).toEqual(['2018–22', '2023', '2024', '2025', '2026']);
      for (const y of years) expect(y.y).toBeLessThan(top);
      for (const c of texts(svg, 'c-count')) expect(c.y).toBeLessThan(top);
    }
  });

  it('crackdown: year labels and counts stay inside the drawing and do not run into each other', () => {
    for (const [layout, svg] of Object.entries(crack.svg)) {
      const width = widthOf(svg);
      for (const cls of ['c-axis--year', 'c-count']) {
        const boxes = texts(svg, cls)
          .map((l) => {
            const w = textWidth(l.lines[0]!, 11.5, cls === 'c-count' ? 600 : 400);
            const x0 = l.anchor === 'end' ? l.x - w : l.anchor === 'middle' ? l.x - w / 2 : l.x;
            return { text: l.lines[0], y: l.y, x0, x1: x0 + w };
          })
          .sort((a, b) => a.x0 - b.x0);
        for (const b of boxes) {
          expect(b.x0, `${layout} ${b.text}`).toBeGreaterThanOrEqual(0);
          expect(b.x1, `${layout} ${b.text}`).toBeLessThanOrEqual(width);
        }
        // Labels on one line do not touch.
        for (const [i, b] of boxes.entries())
          for (const c of boxes.slice(i + 1).filter((c) => c.y === b.y))
            expect(c.x0, `${layout} ${b.text} / ${c.text}`).toBeGreaterThan(b.x1);
      }
    }
  });

  it("crackdown: desktop row labels are wrapped by the text measure to the label column's width", () => {
    const rows = texts(crack.svg.desktop, 'c-label--row');
    expect(rows).toHaveLength(4);
    // The plot starts at 150 px; labels start at 4 and keep 8 px from the dots.
    for (const r of rows) for (const l of r.lines) expect(textWidth(l, 12.5), l).toBeLessThanOrEqual(150 - 4 - 8);
  });

  it("money: the scale is written under each group's heading, where its rows start, and again at the bottom", () => {
    const money = buildChart('money', data, opts);
    for (const svg of Object.values(money.svg)) {
      const heads = texts(svg, 'c-head').map((h) => h.y);
      const tracks = [...svg.matchAll(/y1="([\d.]+)" y2="[\d.]+" class="c-track"/g)].map((m) => Number(m[1]));
      const ticks = texts(svg, 'c-axis');
      const bottom = ticks.filter((t) => t.y > Math.max(...tracks)).map((t) => t.lines[0]);
      expect(bottom.length).toBeGreaterThanOrEqual(3);
      expect(bottom).toContain('0');
      for (const [i, head] of heads.entries()) {
        const next = heads[i + 1] ?? Infinity;
        const firstRow = Math.min(...tracks.filter((y) => y > head && y < next));
        const scale = ticks.filter((t) => t.y > head && t.y < firstRow);
        expect(scale.map((t) => t.lines[0])).toEqual(bottom);
        expect(scale[0]!.y - head, 'the scale sits right under the heading').toBeLessThan(30);
      }
    }
  });
});

describe('the registry', () => {
  it("has one builder per story chart id, in the story's order (src/story/ids.ts CHART_IDS)", () => {
    // The type check refuses a missing or unknown id (satisfies Record<ChartId, …>); this checks the order too.
    expect(Object.keys(KINDS)).toEqual([...CHART_IDS]);
  });
});

describe('svg helpers', () => {
  it('normalises numbers to one decimal', () => {
    expect(n(1.26)).toBe('1.3');
    expect(n(-0.01)).toBe('0');
    expect(() => n(Number.NaN)).toThrow();
  });
  it('wraps long labels', () => {
    expect(wrap('a b c d e f g h', 20, 12).length).toBeGreaterThan(1);
  });
});
