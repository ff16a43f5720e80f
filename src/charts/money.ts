/**
 * "The money": estimates of what scam compounds take each year, and sums seized, frozen or
 * sought in forfeiture, all in US dollars on ONE linear scale from zero, each labelled with who
 * made the estimate. Ranges (low and high rows of one estimate) are drawn as a segment between
 * two dots; "at least" gets an arrow right, "up to" an arrow left, "about" a ring. Figures in
 * other currencies are only plotted where the source gives a US-dollar conversion.
 */
import { scaleLinear } from 'd3';
import type { DataPackage } from '../data/schema.ts';
import { formatDate } from '../lib/format.ts';
import { ChartDataError, WIDTHS, type ChartOptions, type ChartOutput, type Layout } from './types.ts';
import { h, line, n, text, svgRoot, wrap } from './svg.ts';
import { countryName, estimator, money, qualifier, shortOrgName, uniq, type Qualifier } from './util.ts';
import { geoLabel } from './held.ts';

/** Series of yearly losses, revenue or profit estimates (USD). */
export const MONEY_ESTIMATES = [
  'scam-losses-east-southeast-asia',
  'scam-revenue-estimates',
  'scam-centre-annual-profits',
  'crypto-scam-revenue-chainalysis',
  'us-losses-to-sea-scams',
];
/** Series of seized or forfeited sums (USD). Seizure events with a US$ conversion are added. */
export const MONEY_SEIZED = ['doj-prince-forfeiture'];
const RANGE = /\b(low|high|lower|upper|projected)\b/i;

export interface MoneyItem {
  key: string;
  group: 'estimate' | 'seized';
  what: string;
  where: string;
  when: string;
  date: string;
  by: string;
  lo: number;
  hi: number;
  qualifier: Qualifier;
  words: string;
  /** The figure as the source gives it, when not in US dollars. */
  original?: string;
  rows: { id: string; table: 'series' | 'events'; value: number; unit: string; sourceIds: string[] }[];
}

/** "~US$354m" / "~US$15 billion" / "~US$3.45bn" in a unit text → dollars. */
export function usdFromText(s: string): number | undefined {
  const m = /US\$\s?([\d.,]+)\s*(m|bn|billion|million)\b/i.exec(s);
  if (!m) return undefined;
  const v = Number(m[1]!.replaceAll(',', ''));
  return /^b/i.test(m[2]!) ? v * 1e9 : v * 1e6;
}

export function selectMoney(data: DataPackage, locale: string): MoneyItem[] {
  const items: MoneyItem[] = [];
  for (const [group, ids] of [
    ['estimate', MONEY_ESTIMATES],
    ['seized', MONEY_SEIZED],
  ] as const) {
    const rows = data.series.filter((r) => ids.includes(r.series_id));
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
      const k = RANGE.test(r.unit) ? `${r.series_id}|${r.geo}|${r.date}` : r.id;
      byKey.set(k, [...(byKey.get(k) ?? []), r]);
    }
    for (const [k, rs] of byKey) {
      const first = rs[0]!;
      const values = rs.map((r) => r.value);
      const q = rs.length > 1 ? { kind: 'exact' as const, words: '' } : qualifier(first.unit, first.note ?? '');
      const est = estimator(data, first);
      items.push({
        key: k
          .replaceAll('|', '-')
          .replace(/[^a-z0-9-]/gi, '')
          .toLowerCase(),
        group,
        what: first.series_title.replace(/\s*\((estimates?|[^()]*estimate)\)\s*$/i, ''),
        where: geoLabel(first.geo, locale).replace(/^global$/, 'worldwide'),
        when: first.period,
        date: first.date ?? '',
        by: `${est.reported ? 'reported by ' : ''}${est.name}`,
        lo: Math.min(...values),
        hi: Math.max(...values),
        qualifier: q.kind,
        words: q.words,
        rows: rs.map((r) => ({ id: r.id, table: 'series', value: r.value, unit: r.unit, sourceIds: r.source_ids })),
      });
    }
  }
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  for (const e of data.events.filter((e) => e.kind === 'seizure' && e.figure !== undefined)) {
    const usd = usdFromText(e.figure_unit ?? '');
    if (usd === undefined) continue;
    // The same sum already plotted from a series (the bitcoin forfeiture) is not drawn twice.
    if (items.some((i) => i.group === 'seized' && i.date === e.date && i.hi === usd)) continue;
    const org = e.organization_ids.map((id) => orgs.get(id)!).find((o) => o.kind === 'government');
    const q = qualifier(e.figure_unit ?? '');
    items.push({
      key: e.id,
      group: 'seized',
      what: e.title,
      where: e.countries.map((c) => countryName(c, locale)).join(', '),
      when: formatDate(e.date, locale, e.date_precision),
      date: e.date,
      by: org ? shortOrgName(org.name) : '',
      lo: usd,
      hi: usd,
      qualifier: q.kind === 'min' ? 'min' : 'approx',
      words: q.kind === 'min' ? 'more than' : 'about',
      original: `${new Intl.NumberFormat(locale).format(e.figure!)} ${e.figure_unit}`,
      rows: [{ id: e.id, table: 'events', value: e.figure!, unit: e.figure_unit ?? '', sourceIds: e.source_ids }],
    });
  }
  if (!items.some((i) => i.group === 'estimate'))
    throw new ChartDataError('money', 'series.csv', `no rows for any of the series ${MONEY_ESTIMATES.join(', ')}.`);
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

export function computeMoney(items: MoneyItem[], width: number, locale: string): MoneyLayout {
  const phone = width < 500;
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
        label:
          i.group === 'estimate'
            ? 'Estimated losses, revenue and profits (a year)'
            : 'Seized, frozen or claimed in forfeiture',
      });
      y += 26;
      group = i.group;
    }
    const sub = [i.where, i.when, i.by && (i.by.startsWith('reported') ? i.by : `per ${i.by}`)]
      .filter(Boolean)
      .join(' · ');
    const label = [
      ...wrap(i.what, phone ? width - 12 : x0 - 18, 12.5),
      ...wrap(sub, phone ? width - 12 : x0 - 18, 11.5).map((l) => `\u200b${l}`),
    ];
    const ly = y + 12;
    const my = phone ? y + label.length * 15 + 10 : y + Math.max(8, (label.length * 15) / 2 - 2);
    const value = valueText(i, locale);
    const xhi = x(i.hi);
    const after = xhi + (i.qualifier === 'min' ? 28 : 10);
    const fits = after + value.length * 7.3 < width - 2;
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
  const grid = L.ticks.map((t) =>
    h(
      'g',
      {},
      h('line', { x1: t.x, x2: t.x, y1: 24, y2: L.axisY, class: 'c-grid' }),
      h('text', { x: t.x, y: L.axisY + 16, 'text-anchor': 'middle', class: 'c-axis' }, text(t.label)),
    ),
  );
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
    const arrow =
      m.qualifier === 'min'
        ? h('path', {
            d:
              line([
                [m.xhi + 5, m.y],
                [m.xhi + 22, m.y],
              ]) + `M${n(m.xhi + 17)},${n(m.y - 4)}L${n(m.xhi + 23)},${n(m.y)}L${n(m.xhi + 17)},${n(m.y + 4)}`,
            class: `c-arrow${m.group === 'seized' ? ' is-seized' : ''}`,
          })
        : m.qualifier === 'max'
          ? h('path', {
              d:
                line([
                  [m.xhi - 5, m.y],
                  [m.xhi - 22, m.y],
                ]) + `M${n(m.xhi - 17)},${n(m.y - 4)}L${n(m.xhi - 23)},${n(m.y)}L${n(m.xhi - 17)},${n(m.y + 4)}`,
              class: 'c-arrow',
            })
          : m.qualifier === 'approx'
            ? h('circle', { cx: m.xhi, cy: m.y, r: 9, class: `c-halo${m.group === 'seized' ? ' is-seized' : ''}` })
            : '';
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

export function buildMoney(data: DataPackage, opts: ChartOptions): ChartOutput {
  const { locale } = opts;
  const items = selectMoney(data, locale);
  const est = items.filter((i) => i.group === 'estimate');
  const seized = items.filter((i) => i.group === 'seized');
  const lo = est.reduce((a, b) => (b.lo < a.lo ? b : a));
  const hi = est.reduce((a, b) => (b.hi > a.hi ? b : a));
  const big = seized.length ? seized.reduce((a, b) => (b.hi > a.hi ? b : a)) : undefined;
  const takeaway =
    `Estimates of what the scam industry takes in a year run from ${money(lo.lo, locale)} (${lo.by.replace(/^reported by /, '')}) to ${money(hi.hi, locale)} (${hi.by.replace(/^reported by /, '')}), depending on who counts what` +
    (big ? `; the largest sum seized or claimed so far, ${valueText(big, locale)}, came in one US case.` : '.');
  return {
    id: 'money',
    title: 'The money: estimated takings against what has been seized',
    takeaway,
    description: `Dot chart on one US-dollar scale from zero: ${est.length} estimates of yearly scam losses, revenue or profits, each with its estimator, and ${seized.length} sums seized, frozen or claimed in forfeiture. Ranges are drawn as a line between two dots; "at least" figures have an arrow pointing right.`,
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
          estimator: i.by,
          source_ids: r.sourceIds.join(';'),
        })),
      ),
    },
    table: {
      columns: ['What', 'Where', 'Period', 'Estimate or sum', 'Estimated by'],
      rows: items.map((i) => [
        i.what,
        i.where,
        i.when,
        valueText(i, locale) + (i.original ? ` (${i.original})` : ''),
        i.by,
      ]),
    },
    svg: {
      phone: renderMoney(computeMoney(items, WIDTHS.phone, locale), 'phone'),
      desktop: renderMoney(computeMoney(items, WIDTHS.desktop, locale), 'desktop'),
    },
    highlights: [],
    notes: [
      'All figures in US dollars on one scale from zero. Estimates measure different things (victims’ losses, syndicates’ revenue, profits) and are not added. Sums in other currencies are shown at the conversion their source gives.',
    ],
  };
}
