/**
 * "How many are held": every published estimate of people held in scam compounds, one dot per estimate, grouped by
 * country or region: the series.csv rows whose `chart` is `held`. A dot plot (kinds/dotplot.ts): an estimate is never
 * drawn as a count ("at least" and "more than" get an arrow right, "about" a ring, from the row's `qualifier`), and
 * estimates are never added together. A hollow dot: only a news outlet could be named (`reported_by`).
 */
import type { DataPackage } from '../../data/schema.ts';
import { listWords, type Translation } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { ChartDataError } from '../types.ts';
import { geoLabel, qualifier, uniq } from '../util.ts';
import { dotPlot, type DotPlotDesign, type DotRow } from './dotplot.ts';

export interface HeldEstimate extends DotRow {
  id: string;
  geo: string;
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

/** "at least 120,000" */
export function estimateText(e: { hi: number; words: string }, locale: string): string {
  const v = new Intl.NumberFormat(locale).format(e.hi);
  return e.words ? `${e.words} ${v}` : v;
}

/** The rows the chart plots, in drawing order; throws on an empty or invalid series. */
export function selectHeld(data: DataPackage, locale: string, t: Translation): HeldEstimate[] {
  const rows = data.series.filter((r) => r.chart === 'held');
  if (rows.length === 0) throw new ChartDataError('held', 'series.csv', 'no rows with chart "held".');
  const out = rows.map((r): HeldEstimate => {
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
    const estimator = r.estimated_by ?? r.reported_by ?? '';
    const reported = r.estimated_by === undefined;
    const dateLabel = formatDate(r.date, locale, r.date.length === 4 ? 'year' : 'month');
    const where = geoLabel(t, r.geo);
    const value = estimateText({ hi: r.value, words: q.words }, locale);
    const who = `${reported ? t.charts.reportedBy(estimator) : t.charts.per(estimator)}, ${dateLabel}`;
    return {
      key: r.id,
      ids: [r.id],
      tip: t.charts.held.tip(where, value, r.unit, who, r.period),
      group: r.geo,
      groupLabel: where,
      lo: r.value,
      hi: r.value,
      qualifier: q.kind,
      style: reported ? 'hollow' : undefined,
      value,
      label: [{ text: who, size: 12 }],
      id: r.id,
      geo: r.geo,
      words: q.words,
      estimator,
      reported,
      date: r.date,
      dateLabel,
      period: r.period,
      unit: r.unit,
      sourceIds: r.source_ids,
    };
  });
  // Single countries first (in the order they first appear), then regions; oldest estimate first.
  const geos = uniq(out.map((r) => r.geo)).sort(
    (a, b) => Number(a.includes(';') || a.length > 2) - Number(b.includes(';') || b.length > 2),
  );
  return out.sort(
    (a, b) => geos.indexOf(a.geo) - geos.indexOf(b.geo) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}

/** The held chart's design: a 250 px label column on desktop, a scale with 8% headroom, compact ticks. */
export const HELD_DESIGN: DotPlotDesign = {
  x0: { phone: 8, desktop: 250 },
  right: { phone: 16, desktop: 24 },
  headroom: 1.08,
  tick: (v, locale) => new Intl.NumberFormat(locale, { notation: 'compact' }).format(v),
  dot: { r: 6, length: 18, ring: 10 },
  label: { x: 8, phoneInset: 16, desktopGap: 16, lineHeight: 1.25 },
  top: 8,
  groupGap: 14,
  headH: 24,
  track: { phoneDy: 12, desktopDy: 2, desktopMin: 10 },
  rowEnd: { belowTrack: { phone: 14, desktop: 10 }, labelTail: -4, rowGap: { phone: 8, desktop: 10 } },
  gridTop: 0,
  axisDy: 8,
  bottom: 30,
  tickClass: 'c-tick',
};

export const held = dotPlot<HeldEstimate>({
  id: 'held',
  design: HELD_DESIGN,
  rows: (data, { locale, t }) => selectHeld(data, locale, t),
  sources: (r) => r.sourceIds,
  output: (rows, { t }) => {
    const w = t.charts.held;
    const first = rows.filter((r) => r.date === [...rows].sort((a, b) => a.date.localeCompare(b.date))[0]!.date);
    const later = rows.filter((r) => !first.includes(r));
    const top = later.length ? later.reduce((a, b) => (b.hi > a.hi ? b : a)) : undefined;
    return {
      title: w.title,
      takeaway: w.takeaway(
        first[0]!.estimator,
        listWords(
          t,
          first.map((r) => w.inPlace(r.value, r.groupLabel)),
        ),
        first[0]!.dateLabel,
        top && { value: top.value, where: top.groupLabel },
      ),
      description: w.description(rows.length, rows[0]!.dateLabel, rows.filter((r) => r.qualifier === 'min').length),
      csv: {
        header: ['id', 'geo', 'value', 'unit', 'qualifier', 'estimator', 'date', 'period', 'source_ids'],
        rows: rows.map((r) => ({
          id: r.id,
          geo: r.geo,
          value: r.hi,
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
          r.groupLabel,
          r.value,
          r.reported ? t.charts.reportedBy(r.estimator) : r.estimator,
          r.dateLabel,
          r.period,
        ]),
      },
      highlights: [],
      notes: [w.note],
    };
  },
});
