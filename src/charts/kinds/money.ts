/**
 * "The money": estimates of what scam compounds take each year, and sums seized, frozen or sought in forfeiture, all
 * in US dollars on ONE linear scale from zero, each labelled with who made the estimate. A dot plot
 * (kinds/dotplot.ts): ranges (low and high rows of one estimate) are a segment between two dots; "at least" an arrow
 * right, "up to" an arrow left, "about" a ring. Which rows: series.csv rows whose `chart` is `money-taken` or
 * `money-seized`, and seizure events with a `figure_usd` (the conversion their source gives).
 */
import type { DataPackage } from '../../data/schema.ts';
import { countryName, type Translation } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { ChartDataError } from '../types.ts';
import { geoLabel, money, qualifier, shortName, type Qualifier } from '../util.ts';
import { dotPlot, type DotPlotDesign, type DotRow } from './dotplot.ts';

export interface MoneyItem extends DotRow {
  group: 'estimate' | 'seized';
  what: string;
  where: string;
  when: string;
  date: string;
  /** Who made the estimate or took the action; empty when only `reportedBy` can be named. */
  by: string;
  /** The outlet that reported a figure whose estimator no source names. */
  reportedBy?: string | undefined;
  words: string;
  /** The figure as the source gives it, when not in US dollars. */
  original?: string | undefined;
  rows: { id: string; table: 'series' | 'events'; value: number; unit: string; sourceIds: string[] }[];
}

/** "US$18bn–37bn", "about US$43.8bn". */
export function valueText(i: { lo: number; hi: number; words: string }, locale: string): string {
  if (i.lo !== i.hi) return `${money(i.lo, locale)}–${money(i.hi, locale).replace('US$', '')}`;
  return `${i.words ? i.words + ' ' : ''}${money(i.hi, locale)}`;
}

/** "per USIP", "reported by CamboJA News". */
export const byText = (t: Translation, i: Pick<MoneyItem, 'reportedBy' | 'by'>) =>
  i.reportedBy ? t.charts.reportedBy(i.reportedBy) : i.by && t.charts.per(i.by);

type Draft = Omit<MoneyItem, 'key' | 'ids' | 'tip' | 'groupLabel' | 'value' | 'label' | 'style'>;

/** The dot-plot fields of an item: its heading, value words, label lines and tooltip. */
function finish(i: Draft & { key: string }, locale: string, t: Translation): MoneyItem {
  const sub = [i.where, i.when, byText(t, i)].filter(Boolean).join(' · ');
  const value = valueText(i, locale);
  return {
    ...i,
    ids: i.rows.map((r) => r.id),
    tip: `${i.what} (${sub}): ${value}${i.original ? ` (${i.original})` : ''}.`,
    groupLabel: i.group === 'estimate' ? t.charts.money.headTaken : t.charts.money.headSeized,
    style: i.group === 'seized' ? 'seized' : undefined,
    value,
    label: [
      { text: i.what, size: 12.5 },
      { text: sub, size: 11.5, sub: true },
    ],
  };
}

export function selectMoney(data: DataPackage, locale: string, t: Translation): MoneyItem[] {
  const items: (Draft & { key: string })[] = [];
  for (const [group, chart] of [
    ['estimate', 'money-taken'],
    ['seized', 'money-seized'],
  ] as const) {
    const rows = data.series.filter((r) => r.chart === chart);
    const byKey = new Map<string, typeof rows>();
    for (const r of rows) {
      if (!/^USD\b/.test(r.unit))
        throw new ChartDataError(
          'money',
          'series.csv',
          `row "${r.id}" has unit "${r.unit}"; the money chart plots US dollars only.`,
        );
      if (!(r.value > 0)) throw new ChartDataError('money', 'series.csv', `row "${r.id}" has value ${r.value}.`);
      // Low and high rows of one estimate share series, place and date: one mark.
      const range = r.qualifier === 'range-low' || r.qualifier === 'range-high';
      const k = range ? `${r.series_id}|${r.geo}|${r.date}` : r.id;
      byKey.set(k, [...(byKey.get(k) ?? []), r]);
    }
    for (const [k, rs] of byKey) {
      const first = rs[0]!;
      const values = rs.map((r) => r.value);
      const q = qualifier(t, rs.length > 1 ? undefined : first.qualifier);
      items.push({
        key: k
          .replaceAll('|', '-')
          .replace(/[^a-z0-9-]/gi, '')
          .toLowerCase(),
        group,
        what: first.chart_label ?? first.series_title,
        where: geoLabel(t, first.geo),
        when: first.period,
        date: first.date ?? '',
        by: first.estimated_by ?? '',
        reportedBy: first.reported_by,
        lo: Math.min(...values),
        hi: Math.max(...values),
        qualifier: q.kind,
        words: q.words,
        rows: rs.map((r) => ({ id: r.id, table: 'series', value: r.value, unit: r.unit, sourceIds: r.source_ids })),
      });
    }
  }
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  for (const e of data.events.filter((e) => e.kind === 'seizure' && e.figure_usd !== undefined)) {
    const usd = e.figure_usd!;
    // The same sum already plotted from a series (the bitcoin forfeiture) is not drawn twice.
    if (items.some((i) => i.group === 'seized' && i.date === e.date && i.hi === usd)) continue;
    const org = e.organization_ids.map((id) => orgs.get(id)!).find((o) => o.role === 'state');
    const q = qualifier(t, e.figure_qualifier);
    items.push({
      key: e.id,
      group: 'seized',
      what: e.title,
      where: e.countries.map((c) => countryName(t, c)).join(t.vocab.listSeparator),
      when: formatDate(e.date, locale, e.date_precision),
      date: e.date,
      by: org ? shortName(org) : '',
      lo: usd,
      hi: usd,
      qualifier: q.kind as Qualifier,
      words: q.words,
      original: `${new Intl.NumberFormat(locale).format(e.figure!)} ${e.figure_unit}`,
      rows: [{ id: e.id, table: 'events', value: e.figure!, unit: e.figure_unit ?? '', sourceIds: e.source_ids }],
    });
  }
  if (!items.some((i) => i.group === 'estimate'))
    throw new ChartDataError('money', 'series.csv', 'no rows with chart "money-taken".');
  return items
    .sort((a, b) => (a.group === b.group ? b.hi - a.hi || a.key.localeCompare(b.key) : a.group === 'estimate' ? -1 : 1))
    .map((i) => finish(i, locale, t));
}

/** The money chart's design: a 290 px label column on desktop, a rule between the two groups, money ticks. */
export const MONEY_DESIGN: DotPlotDesign = {
  x0: { phone: 6, desktop: 290 },
  right: { phone: 14, desktop: 20 },
  headroom: 1,
  tick: (v, locale) => (v === 0 ? '0' : money(v, locale)),
  dot: { r: 5, length: 17, ring: 9 },
  label: { x: 4, phoneInset: 12, desktopGap: 18, lineHeight: 1.2 },
  top: 4,
  groupGap: 16,
  headH: 26,
  headRule: 22,
  headScale: { dy: 10, h: 14 },
  track: { phoneDy: 10, desktopDy: -2, desktopMin: 8 },
  rowEnd: { belowTrack: { phone: 12, desktop: 12 }, labelTail: -6, rowGap: { phone: 10, desktop: 12 } },
  gridTop: 24,
  axisDy: 6,
  bottom: 34,
};

export const moneyChart = dotPlot<MoneyItem>({
  id: 'money',
  design: MONEY_DESIGN,
  rows: (data, { locale, t }) => selectMoney(data, locale, t),
  sources: (i) => i.rows.flatMap((r) => r.sourceIds),
  output: (items, { locale, t }) => {
    const w = t.charts.money;
    const est = items.filter((i) => i.group === 'estimate');
    const seized = items.filter((i) => i.group === 'seized');
    const lo = est.reduce((a, b) => (b.lo < a.lo ? b : a));
    const hi = est.reduce((a, b) => (b.hi > a.hi ? b : a));
    const big = seized.length ? seized.reduce((a, b) => (b.hi > a.hi ? b : a)) : undefined;
    const who = (i: MoneyItem) => i.reportedBy ?? i.by;
    return {
      title: w.title,
      takeaway: w.takeaway(money(lo.lo, locale), who(lo), money(hi.hi, locale), who(hi), big?.value),
      description: w.description(est.length, seized.length),
      csv: {
        header: [
          'id',
          'table',
          'panel',
          'what',
          'where',
          'period',
          'date',
          'value',
          'unit',
          'value_usd',
          'estimator',
          'source_ids',
        ],
        rows: items.flatMap((i) =>
          i.rows.map((r) => ({
            id: r.id,
            table: r.table,
            panel: i.group,
            what: i.what,
            where: i.where,
            period: i.when,
            date: i.date,
            value: r.value,
            unit: r.unit,
            value_usd: r.table === 'events' ? i.hi : r.value,
            estimator: i.reportedBy ? t.charts.reportedBy(i.reportedBy) : i.by,
            source_ids: r.sourceIds.join(';'),
          })),
        ),
      },
      table: {
        columns: [...w.columns],
        rows: items.map((i) => [
          i.what,
          i.where,
          i.when,
          i.value + (i.original ? ` (${i.original})` : ''),
          i.reportedBy ? t.charts.reportedBy(i.reportedBy) : i.by,
        ]),
      },
      highlights: [],
      notes: [w.note],
    };
  },
});
