/**
 * "The money": estimates of what scam compounds take each year, and sums seized, frozen or
 * sought in forfeiture, all in US dollars on ONE linear scale from zero, each labelled with who
 * made the estimate. Ranges (low and high rows of one estimate) are drawn as a segment between
 * two dots; "at least" gets an arrow right, "up to" an arrow left, "about" a ring. Which rows: series.csv rows
 * whose `chart` is `money-taken` or `money-seized`, and seizure events with a `figure_usd` (the conversion their
 * source gives).
 */
import { scaleLinear } from 'd3';
import type { DataPackage } from '../data/schema.ts';
import { countryName, type Translation } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { ChartDataError, type ChartOutput, type KindOptions, type Layout } from './types.ts';
import { h, line, text, svgRoot, textWidth, wrap } from './svg.ts';
import { geoLabel, money, qualifier, shortName, uniq, type Qualifier } from './util.ts';
import { isPhone, svgAtWidths } from './layout.ts';
import { qualifierMark, reach } from './marks/qualifier.ts';
import { gridAxis } from './marks/axis.ts';
import { VALUE_SIZE } from './held.ts';

export interface MoneyItem {
  key: string;
  group: 'estimate' | 'seized';
  what: string;
  where: string;
  when: string;
  date: string;
  /** Who made the estimate or took the action; empty when only `reportedBy` can be named. */
  by: string;
  /** The outlet that reported a figure whose estimator no source names. */
  reportedBy?: string | undefined;
  lo: number;
  hi: number;
  qualifier: Qualifier;
  words: string;
  /** The figure as the source gives it, when not in US dollars. */
  original?: string;
  rows: { id: string; table: 'series' | 'events'; value: number; unit: string; sourceIds: string[] }[];
}

export function selectMoney(data: DataPackage, locale: string, t: Translation): MoneyItem[] {
  const items: MoneyItem[] = [];
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
      qualifier: q.kind,
      words: q.words,
      original: `${new Intl.NumberFormat(locale).format(e.figure!)} ${e.figure_unit}`,
      rows: [{ id: e.id, table: 'events', value: e.figure!, unit: e.figure_unit ?? '', sourceIds: e.source_ids }],
    });
  }
  if (!items.some((i) => i.group === 'estimate'))
    throw new ChartDataError('money', 'series.csv', 'no rows with chart "money-taken".');
  return items.sort((a, b) =>
    a.group === b.group ? b.hi - a.hi || a.key.localeCompare(b.key) : a.group === 'estimate' ? -1 : 1,
  );
}

export function valueText(i: MoneyItem, locale: string): string {
  if (i.lo !== i.hi) return `${money(i.lo, locale)}–${money(i.hi, locale).replace('US$', '')}`;
  return `${i.words ? i.words + ' ' : ''}${money(i.hi, locale)}`;
}

export interface MoneyLayout {
  width: number;
  height: number;
  x0: number;
  x1: number;
  ticks: { x: number; label: string }[];
  heads: { y: number; label: string }[];
  marks: {
    key: string;
    ids: string[];
    y: number;
    xlo: number;
    xhi: number;
    qualifier: Qualifier;
    group: MoneyItem['group'];
    label: string[];
    ly: number;
    value: string;
    vx: number;
    anchor: 'start' | 'end';
    tip: string;
  }[];
  axisY: number;
}

/** "per USIP", "reported by CamboJA News". */
export const byText = (t: Translation, i: MoneyItem) =>
  i.reportedBy ? t.charts.reportedBy(i.reportedBy) : i.by && t.charts.per(i.by);

export function computeMoney(items: MoneyItem[], width: number, locale: string, t: Translation): MoneyLayout {
  const phone = isPhone(width);
  const x0 = phone ? 6 : 290;
  const x1 = width - (phone ? 14 : 20);
  const x = scaleLinear()
    .domain([0, Math.max(...items.map((i) => i.hi))])
    .range([x0, x1])
    .nice();
  const ticks = x.ticks(phone ? 3 : 5).map((t) => ({ x: x(t), label: t === 0 ? '0' : money(t, locale) }));
  const heads: MoneyLayout['heads'] = [];
  const marks: MoneyLayout['marks'] = [];
  let y = 4;
  let group = '';
  for (const i of items) {
    if (i.group !== group) {
      y += heads.length ? 16 : 0;
      heads.push({
        y: y + 14,
        label: i.group === 'estimate' ? t.charts.money.headTaken : t.charts.money.headSeized,
      });
      y += 26;
      group = i.group;
    }
    const sub = [i.where, i.when, byText(t, i)].filter(Boolean).join(' · ');
    const label = [
      ...wrap(i.what, phone ? width - 12 : x0 - 18, 12.5),
      ...wrap(sub, phone ? width - 12 : x0 - 18, 11.5).map((l) => `\u200b${l}`),
    ];
    const ly = y + 12;
    const my = phone ? y + label.length * 15 + 10 : y + Math.max(8, (label.length * 15) / 2 - 2);
    const value = valueText(i, locale);
    const xhi = x(i.hi);
    const after = xhi + reach({ qualifier: i.qualifier, r: 5, length: 17 }) + (i.qualifier === 'min' ? 5 : 10);
    const fits = after + textWidth(value, VALUE_SIZE, 600) < width - 2;
    marks.push({
      key: i.key,
      ids: i.rows.map((r) => r.id),
      y: my,
      xlo: x(i.lo),
      xhi,
      qualifier: i.qualifier,
      group: i.group,
      label,
      ly,
      value,
      vx: fits ? after : x(i.lo) - (i.qualifier === 'max' ? 28 : 10),
      anchor: fits ? 'start' : 'end',
      tip: `${i.what} (${sub}): ${value}${i.original ? ` (${i.original})` : ''}.`,
    });
    y = Math.max(my + 12, ly + label.length * 15 - 6) + (phone ? 10 : 12);
  }
  return { width, height: y + 34, x0, x1, ticks, heads, marks, axisY: y + 6 };
}

export function renderMoney(L: MoneyLayout, _layout: Layout): string {
  const grid = gridAxis(L.ticks, 24, L.axisY);
  const heads = L.heads.map((hd, i) =>
    h(
      'g',
      {},
      i > 0 ? h('line', { x1: 0, x2: L.width, y1: hd.y - 22, y2: hd.y - 22, class: 'c-rule' }) : '',
      h('text', { x: 4, y: hd.y, class: 'c-head' }, text(hd.label)),
    ),
  );
  const marks = L.marks.map((m) => {
    const cls = m.group === 'seized' ? 'c-dot c-dot--seized' : 'c-dot';
    const range =
      m.xlo !== m.xhi
        ? h('path', {
            d: line([
              [m.xlo, m.y],
              [m.xhi, m.y],
            ]),
            class: 'c-range',
          }) + h('circle', { cx: m.xlo, cy: m.y, r: 5, class: cls })
        : '';
    const arrow = qualifierMark({
      x: m.xhi,
      y: m.y,
      qualifier: m.qualifier,
      r: 5,
      length: 17,
      ring: 9,
      // The "up to" arrow keeps the estimates' colour: only sums seized are "at least" or "about".
      modifier: m.group === 'seized' && m.qualifier !== 'max' ? 'is-seized' : undefined,
    });
    return h(
      'g',
      { class: 'c-mark', 'data-key': m.key, 'data-ids': m.ids.join(' '), 'data-tip': m.tip },
      h('line', { x1: L.x0, x2: L.x1, y1: m.y, y2: m.y, class: 'c-track' }),
      range,
      arrow,
      h('circle', { cx: m.xhi, cy: m.y, r: 5, class: cls }),
      h('text', { x: m.vx, y: m.y + 4.5, 'text-anchor': m.anchor, class: 'c-value' }, text(m.value)),
      h(
        'text',
        { x: 4, y: m.ly, class: 'c-label' },
        m.label.map((l, i) =>
          h(
            'tspan',
            { x: 4, dy: i === 0 ? undefined : '1.2em', class: l.startsWith('\u200b') ? 'c-sub' : undefined },
            text(l.replace('\u200b', '')),
          ),
        ),
      ),
    );
  });
  return svgRoot(L.width, L.height, [...grid, ...heads, ...marks]);
}

export function buildMoney(data: DataPackage, opts: KindOptions): ChartOutput {
  const { locale, t } = opts;
  const w = t.charts.money;
  const items = selectMoney(data, locale, t);
  const est = items.filter((i) => i.group === 'estimate');
  const seized = items.filter((i) => i.group === 'seized');
  const lo = est.reduce((a, b) => (b.lo < a.lo ? b : a));
  const hi = est.reduce((a, b) => (b.hi > a.hi ? b : a));
  const big = seized.length ? seized.reduce((a, b) => (b.hi > a.hi ? b : a)) : undefined;
  const who = (i: MoneyItem) => i.reportedBy ?? i.by;
  const takeaway = w.takeaway(
    money(lo.lo, locale),
    who(lo),
    money(hi.hi, locale),
    who(hi),
    big && valueText(big, locale),
  );
  return {
    id: 'money',
    title: w.title,
    takeaway,
    description: w.description(est.length, seized.length),
    sourceIds: uniq(items.flatMap((i) => i.rows.flatMap((r) => r.sourceIds))),
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
          panel: i.group === 'estimate' ? 'estimate' : 'seized',
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
        valueText(i, locale) + (i.original ? ` (${i.original})` : ''),
        i.reportedBy ? t.charts.reportedBy(i.reportedBy) : i.by,
      ]),
    },
    svg: svgAtWidths((width) => computeMoney(items, width, locale, t), renderMoney),
    highlights: [],
    notes: [w.note],
  };
}
