/**
 * "How many are held": every published estimate of people held in scam compounds, one dot per
 * estimate, grouped by country or region: the series.csv rows whose `chart` is `held`. An estimate is never
 * drawn as a count: "at least" and "more than" figures get an open arrow to the right, "about" figures a ring
 * (marks/qualifier.ts), from the row's `qualifier`. Estimates are never added together.
 */
import { scaleLinear } from 'd3';
import type { DataPackage } from '../data/schema.ts';
import { listWords, type Translation } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import { ChartDataError, type ChartOutput, type KindOptions, type Layout } from './types.ts';
import { h, text, textWidth, wrap, multiline, svgRoot } from './svg.ts';
import { geoLabel, qualifier, uniq, type Qualifier } from './util.ts';
import { isPhone, svgAtWidths } from './layout.ts';
import { qualifierMark, reach } from './marks/qualifier.ts';
import { gridAxis } from './marks/axis.ts';

/** Font size of value labels (chart.css `.c-value`), for measuring them. */
export const VALUE_SIZE = 12.5;

export interface HeldEstimate {
  id: string;
  geo: string;
  geoLabel: string;
  value: number;
  qualifier: Qualifier;
  words: string;
  estimator: string;
  /** Only a news outlet could be named: labelled "reported by". */
  reported: boolean;
  date: string;
  dateLabel: string;
  period: string;
  unit: string;
  sourceIds: string[];
}

/** The rows the chart plots, in drawing order; throws on an empty or invalid series. */
export function selectHeld(data: DataPackage, locale: string, t: Translation): HeldEstimate[] {
  const rows = data.series.filter((r) => r.chart === 'held');
  if (rows.length === 0) throw new ChartDataError('held', 'series.csv', 'no rows with chart "held".');
  const out = rows.map((r) => {
    if (!(r.value > 0))
      throw new ChartDataError(
        'held',
        'series.csv',
        `row "${r.id}" has value ${r.value}; an estimate of people must be positive.`,
      );
    if (!r.date)
      throw new ChartDataError(
        'held',
        'series.csv',
        `row "${r.id}" has no date; every estimate needs the date it was published.`,
      );
    const q = qualifier(t, r.qualifier);
    const precision = r.date.length === 4 ? 'year' : 'month';
    return {
      id: r.id,
      geo: r.geo,
      geoLabel: geoLabel(t, r.geo),
      value: r.value,
      qualifier: q.kind,
      words: q.words,
      estimator: r.estimated_by ?? r.reported_by ?? '',
      reported: r.estimated_by === undefined,
      date: r.date,
      dateLabel: formatDate(r.date, locale, precision),
      period: r.period,
      unit: r.unit,
      sourceIds: r.source_ids,
    } satisfies HeldEstimate;
  });
  // Single countries first (in the order they first appear), then regions; oldest estimate first.
  const geos = uniq(out.map((r) => r.geo)).sort(
    (a, b) => Number(a.includes(';') || a.length > 2) - Number(b.includes(';') || b.length > 2),
  );
  return out.sort(
    (a, b) => geos.indexOf(a.geo) - geos.indexOf(b.geo) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}

/** "at least 120,000" */
export function estimateText(e: Pick<HeldEstimate, 'value' | 'words'>, locale: string): string {
  const v = new Intl.NumberFormat(locale).format(e.value);
  return e.words ? `${e.words} ${v}` : v;
}

export interface HeldLayout {
  width: number;
  height: number;
  x0: number;
  x1: number;
  ticks: { x: number; label: string }[];
  groups: { label: string; y: number }[];
  marks: {
    id: string;
    y: number;
    x: number;
    qualifier: Qualifier;
    hollow: boolean;
    label: string[];
    labelY: number;
    valueText: string;
    valueX: number;
    valueAnchor: 'start' | 'end';
    tip: string;
  }[];
  axisY: number;
}

/** Positions for one width. Desktop: labels in a left column; phone: labels above each track. */
export function computeHeld(rows: HeldEstimate[], width: number, locale: string, t: Translation): HeldLayout {
  const phone = isPhone(width);
  const x0 = phone ? 8 : 250;
  const x1 = width - (phone ? 16 : 24);
  const max = Math.max(...rows.map((r) => r.value));
  const x = scaleLinear()
    .domain([0, max * 1.08])
    .range([x0, x1])
    .nice();
  const fmt = new Intl.NumberFormat(locale, { notation: 'compact' });
  const ticks = x.ticks(phone ? 3 : 5).map((t) => ({ x: x(t), label: fmt.format(t) }));
  const groups: HeldLayout['groups'] = [];
  const marks: HeldLayout['marks'] = [];
  let y = 8;
  let lastGeo = '';
  for (const r of rows) {
    if (r.geo !== lastGeo) {
      y += groups.length ? 14 : 0;
      groups.push({ label: r.geoLabel, y: y + 14 });
      y += 24;
      lastGeo = r.geo;
    }
    const who = `${r.reported ? t.charts.reportedBy(r.estimator) : t.charts.per(r.estimator)}, ${r.dateLabel}`;
    const label = phone ? wrap(who, width - 16, 12) : wrap(who, x0 - 16, 12);
    const labelY = y + 12;
    const trackY = phone ? y + label.length * 15 + 12 : y + Math.max(10, (label.length * 15) / 2 + 2);
    const vx = x(r.value);
    const valueText = estimateText(r, locale);
    // Label right of the mark (after any arrow) unless it would run off the plot.
    const right = vx + reach({ qualifier: r.qualifier, r: 6, length: 18 }) + (r.qualifier === 'min' ? 5 : 10);
    const fits = right + textWidth(valueText, VALUE_SIZE, 600) < width - 2;
    marks.push({
      id: r.id,
      y: trackY,
      x: vx,
      qualifier: r.qualifier,
      hollow: r.reported,
      label,
      labelY,
      valueText,
      valueX: fits ? right : vx - 10,
      valueAnchor: fits ? 'start' : 'end',
      tip: t.charts.held.tip(r.geoLabel, valueText, r.unit, who, r.period),
    });
    y = Math.max(trackY + (phone ? 14 : 10), labelY + label.length * 15 - 4) + (phone ? 8 : 10);
  }
  return { width, height: y + 30, x0, x1, ticks, groups, marks, axisY: y + 8 };
}

/** The SVG for one layout. */
export function renderHeld(L: HeldLayout, _layout: Layout): string {
  const grid = gridAxis(L.ticks, 0, L.axisY, 16, 'c-tick');
  const groups = L.groups.map((g) => h('text', { x: 8, y: g.y, class: 'c-head' }, text(g.label)));
  const marks = L.marks.map((m) => {
    const dot = h('circle', { cx: m.x, cy: m.y, r: 6, class: m.hollow ? 'c-dot c-dot--hollow' : 'c-dot' });
    const arrow = qualifierMark({ x: m.x, y: m.y, qualifier: m.qualifier, r: 6, length: 18, ring: 10 });
    return h(
      'g',
      { class: 'c-mark', 'data-tip': m.tip, 'data-key': m.id, 'data-ids': m.id },
      h('line', { x1: L.x0, x2: L.x1, y1: m.y, y2: m.y, class: 'c-track' }),
      arrow,
      dot,
      h('text', { x: m.valueX, y: m.y + 4.5, 'text-anchor': m.valueAnchor, class: 'c-value' }, text(m.valueText)),
      multiline(m.label, { x: 8, y: m.labelY, class: 'c-label' }),
    );
  });
  return svgRoot(L.width, L.height, [...grid, ...groups, ...marks]);
}

export function buildHeld(data: DataPackage, opts: KindOptions): ChartOutput {
  const { locale, t } = opts;
  const w = t.charts.held;
  const rows = selectHeld(data, locale, t);
  const first = rows.filter((r) => r.date === [...rows].sort((a, b) => a.date.localeCompare(b.date))[0]!.date);
  const later = rows.filter((r) => !first.includes(r));
  const top = later.length ? later.reduce((a, b) => (b.value > a.value ? b : a)) : undefined;
  const takeaway = w.takeaway(
    first[0]!.estimator,
    listWords(
      t,
      first.map((r) => w.inPlace(estimateText(r, locale), r.geoLabel)),
    ),
    first[0]!.dateLabel,
    top && { value: estimateText(top, locale), where: top.geoLabel },
  );
  const minCount = rows.filter((r) => r.qualifier === 'min').length;
  return {
    id: 'held',
    title: w.title,
    takeaway,
    description: w.description(rows.length, rows[0]!.dateLabel, minCount),
    sourceIds: uniq(rows.flatMap((r) => r.sourceIds)),
    csv: {
      header: ['id', 'geo', 'value', 'unit', 'qualifier', 'estimator', 'date', 'period', 'source_ids'],
      rows: rows.map((r) => ({
        id: r.id,
        geo: r.geo,
        value: r.value,
        unit: r.unit,
        qualifier: r.words || w.asStated,
        estimator: r.estimator,
        date: r.date,
        period: r.period,
        source_ids: r.sourceIds.join(';'),
      })),
    },
    table: {
      columns: [...w.columns],
      rows: rows.map((r) => [
        r.geoLabel,
        estimateText(r, locale),
        r.reported ? t.charts.reportedBy(r.estimator) : r.estimator,
        r.dateLabel,
        r.period,
      ]),
    },
    svg: svgAtWidths((width) => computeHeld(rows, width, locale, t), renderHeld),
    highlights: [],
    notes: [w.note],
  };
}
