/**
 * Chart compute and render: SVG snapshots at phone and desktop width for every chart on the real
 * data package and on unusual data (one point, a long label, a missing year), plus the rules that
 * keep charts honest (estimates qualified, nothing added that should not be, bad data fails).
 * Snapshots are written only with `npx vitest run -u` (vitest.config.ts sets update: false), so
 * a missing snapshot fails in CI instead of being created.
 */
import { describe, expect, it } from 'vitest';
import { getData } from '../../../src/lib/data.ts';
import type { DataPackage } from '../../../src/data/schema.ts';
import { BUILDERS, buildChart } from '../../../src/charts/index.ts';
import { ChartDataError } from '../../../src/charts/types.ts';
import { CHART_IDS } from '../../../src/lib/steps.ts';
import { qualifier } from '../../../src/charts/util.ts';
import { usdFromText } from '../../../src/charts/money.ts';
import { svgAspectRatio } from '../../../src/charts/svg.ts';
import { cells, selectMoved } from '../../../src/charts/moved.ts';
import { personStatus } from '../../../src/charts/chain.ts';
import { n, wrap } from '../../../src/charts/svg.ts';

const data = getData();
const opts = { locale: 'en-GB' };
const snap = (name: string) => `./__snapshots__/${name}.svg`;

/** Ids plotted by the marks of an SVG (data-ids), to compare with the CSV. */
const markIds = (svg: string) => new Set([...svg.matchAll(/data-ids="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')));

describe.each(CHART_IDS)('chart %s on the data package', (id) => {
  const chart = buildChart(id, data, opts);

  it('renders deterministic SVG at phone and desktop width', async () => {
    expect(buildChart(id, data, opts).svg).toEqual(chart.svg);
    await expect(chart.svg.phone).toMatchFileSnapshot(snap(`${id}-phone`));
    await expect(chart.svg.desktop).toMatchFileSnapshot(snap(`${id}-desktop`));
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
  const held = data.series.filter((r) => r.series_id === 'people-in-scam-compounds');

  it('held: one estimate with a long place name', async () => {
    const one = {
      ...held[0]!,
      geo: 'The Mekong borderlands of Myanmar, Laos and Thailand known as the Golden Triangle',
    };
    const c = BUILDERS.held(withData({ series: [one] }), opts);
    await expect(c.svg.phone).toMatchFileSnapshot(snap('held-one-long-phone'));
    await expect(c.svg.desktop).toMatchFileSnapshot(snap('held-one-long-desktop'));
    expect(c.table.rows).toHaveLength(1);
  });

  it('crackdown: a missing year (no events in 2024) and a highlighted year', async () => {
    const events = data.events.filter((e) => !e.date.startsWith('2024'));
    const c = BUILDERS.crackdown(withData({ events }), { ...opts, highlight: '2025' });
    expect(c.highlights).toEqual(['2023', '2025', '2026']);
    await expect(c.svg.phone).toMatchFileSnapshot(snap('crackdown-gap-phone'));
    await expect(c.svg.desktop).toMatchFileSnapshot(snap('crackdown-gap-desktop'));
    // Marks of other years are dimmed, the 2025 band is on.
    expect(c.svg.desktop).toMatch(/class="c-band is-on" data-key="2025"/);
    expect(c.svg.desktop).toMatch(/is-dim" data-key="2023"/);
  });

  it('crackdown: a single event', async () => {
    const c = BUILDERS.crackdown(withData({ events: [data.events.find((e) => e.date.startsWith('2025'))!] }), opts);
    await expect(c.svg.desktop).toMatchFileSnapshot(snap('crackdown-one-desktop'));
  });

  it('crackdown: rejects a highlight that is not a year with events', () => {
    expect(() => BUILDERS.crackdown(data, { ...opts, highlight: '1999' })).toThrow(/crackdown.*events\.csv.*1999/);
  });

  it('moved: one route', async () => {
    const route = data.routes.find((r) => r.id === 'rt-2025-11-12-she-zhijiang-bangkok-nanjing')!;
    const c = BUILDERS.moved(withData({ routes: [route], series: [] }), opts);
    await expect(c.svg.phone).toMatchFileSnapshot(snap('moved-one-phone'));
    expect(c.csv.rows).toHaveLength(1);
  });

  it('money: one estimate, one seizure', async () => {
    const series = data.series.filter(
      (r) => r.id === 'scam-revenue-estimates-global-2024-05-13' || r.series_id === 'doj-prince-forfeiture',
    );
    const c = BUILDERS.money(withData({ series, events: [] }), opts);
    await expect(c.svg.phone).toMatchFileSnapshot(snap('money-two-phone'));
    await expect(c.svg.desktop).toMatchFileSnapshot(snap('money-two-desktop'));
  });

  it('chain: one person with a long name', async () => {
    const p = {
      ...data.people.find((x) => x.id === 'she-zhijiang')!,
      name: 'She Zhijiang, also reported under several other names in Thai court papers',
    };
    const c = BUILDERS.chain(withData({ people: [p], places: [] }), opts);
    await expect(c.svg.desktop).toMatchFileSnapshot(snap('chain-one-desktop'));
    await expect(c.svg.phone).toMatchFileSnapshot(snap('chain-one-phone'));
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
    const bad = { ...data.series.find((r) => r.series_id === 'people-in-scam-compounds')!, value: 0 };
    expect(() => BUILDERS.held(withData({ series: [bad] }), opts)).toThrow(/held.*series\.csv.*value 0/);
  });

  it('money rejects a non-dollar unit', () => {
    const bad = { ...data.series.find((r) => r.series_id === 'scam-revenue-estimates')!, unit: 'THB' };
    expect(() => BUILDERS.money(withData({ series: [bad] }), opts)).toThrow(/money.*series\.csv.*THB/);
  });
});

describe('honest wording', () => {
  it('reads the qualifier written first', () => {
    expect(qualifier('people', "'around'/'roughly' 100,000; … 'at least tens of thousands'")).toEqual({
      kind: 'approx',
      words: 'about',
    });
    expect(qualifier("people ('more than')")).toEqual({ kind: 'min', words: 'more than' });
    expect(qualifier('USD')).toEqual({ kind: 'exact', words: '' });
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
    for (const cell of cells(selectMoved(data, 'en-GB'))) for (const id of cell.ids) expect(tallies).not.toContain(id);
  });

  it('money: dollar conversions are read from the unit text; the bitcoin forfeiture is drawn once', () => {
    expect(usdFromText('HKD frozen (~US$354m)')).toBe(354e6);
    expect(usdFromText('bitcoin (~US$15 billion)')).toBe(15e9);
    expect(usdFromText('people')).toBeUndefined();
    const ids = buildChart('money', data, opts).csv.rows.map((r) => r.id);
    expect(ids).toContain('doj-prince-forfeiture-us-2025-10-14');
    expect(ids).not.toContain('ev-2025-10-14-bitcoin-forfeiture-complaint');
  });

  it('chain: statuses from people.status', () => {
    expect(personStatus('executed')).toEqual({ label: 'executed', cut: true });
    expect(personStatus('sanctioned by UK (Dec 2023) and US (2025-05-05)')).toEqual({
      label: 'sanctioned',
      cut: false,
    });
    expect(personStatus('wanted (reward 200,000 yuan)')).toEqual({ label: 'wanted', cut: false });
    expect(personStatus(undefined).cut).toBe(false);
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
