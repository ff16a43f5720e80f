/**
 * "How many are held": every published estimate of people held in scam compounds, one dot per
 * estimate, grouped by country or region. An estimate is never drawn as a count: "at least" and
 * "more than" figures get an open arrow to the right, "about" figures a hollow ring, and the words
 * come from the unit (or note) column. Estimates are never added together.
 */
import { scaleLinear } from 'd3';
import type { DataPackage } from '../data/schema.ts';
import { formatDate } from '../lib/format.ts';
import { ChartDataError, WIDTHS, type ChartOptions, type ChartOutput, type Layout } from './types.ts';
import { h, line, n, text, wrap, multiline, svgRoot } from './svg.ts';
import { countryName, estimator, qualifier, uniq, type Qualifier } from './util.ts';

export const HELD_SERIES = 'people-in-scam-compounds';

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

/** Names a geo cell: "MM;KH" → "Myanmar and Cambodia"; a region name stays as written. */
export function geoLabel(geo: string, locale: string): string {
  const parts = geo
    .split(';')
    .map((g) => (/^[A-Z]{2}$/.test(g) ? countryName(g, locale) : g.replace(/^SE Asia$/, 'Southeast Asia')));
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The rows the chart plots, in drawing order; throws on an empty or invalid series. */
export function selectHeld(data: DataPackage, locale: string): HeldEstimate[] {
  const rows = data.series.filter((r) => r.series_id === HELD_SERIES);
  if (rows.length === 0) throw new ChartDataError('held', 'series.csv', `no rows with series_id "${HELD_SERIES}".`);
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
    const q = qualifier(r.unit, r.note ?? '');
    const est = estimator(data, r);
    const precision = r.date.length === 4 ? 'year' : 'month';
    return {
      id: r.id,
      geo: r.geo,
      geoLabel: geoLabel(r.geo, locale),
      value: r.value,
      qualifier: q.kind,
      words: q.words,
      estimator: est.name,
      reported: est.reported,
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
export function computeHeld(rows: HeldEstimate[], width: number, locale: string): HeldLayout {
  const phone = width < 500;
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
    const who = `${r.reported ? 'reported by ' : 'per '}${r.estimator}, ${r.dateLabel}`;
    const label = phone ? wrap(who, width - 16, 12) : wrap(who, x0 - 16, 12);
    const labelY = y + 12;
    const trackY = phone ? y + label.length * 15 + 12 : y + Math.max(10, (label.length * 15) / 2 + 2);
    const vx = x(r.value);
    const valueText = estimateText(r, locale);
    // Label right of the mark (after any arrow) unless it would run off the plot.
    const right = vx + (r.qualifier === 'min' ? 30 : 10);
    const fits = right + valueText.length * 7.2 < width - 2;
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
      tip: `${r.geoLabel}: ${valueText} people (${r.unit}); ${who}; period: ${r.period}.`,
    });
    y = Math.max(trackY + (phone ? 14 : 10), labelY + label.length * 15 - 4) + (phone ? 8 : 10);
  }
  return { width, height: y + 30, x0, x1, ticks, groups, marks, axisY: y + 8 };
}

/** The SVG for one layout. */
export function renderHeld(L: HeldLayout, layout: Layout): string {
  const phone = layout === 'phone';
  const grid = L.ticks.map((t) =>
    h(
      'g',
      { class: 'c-tick' },
      h('line', { x1: t.x, x2: t.x, y1: 0, y2: L.axisY, class: 'c-grid' }),
      h('text', { x: t.x, y: L.axisY + 16, 'text-anchor': 'middle', class: 'c-axis' }, text(t.label)),
    ),
  );
  const groups = L.groups.map((g) => h('text', { x: phone ? 8 : 8, y: g.y, class: 'c-head' }, text(g.label)));
  const marks = L.marks.map((m) => {
    const dot = h('circle', { cx: m.x, cy: m.y, r: 6, class: m.hollow ? 'c-dot c-dot--hollow' : 'c-dot' });
    const arrow =
      m.qualifier === 'min'
        ? h('path', {
            d:
              line([
                [m.x + 6, m.y],
                [m.x + 24, m.y],
              ]) + `M${n(m.x + 19)},${n(m.y - 4)}L${n(m.x + 25)},${n(m.y)}L${n(m.x + 19)},${n(m.y + 4)}`,
            class: 'c-arrow',
          })
        : m.qualifier === 'max'
          ? h('path', {
              d:
                line([
                  [m.x - 6, m.y],
                  [m.x - 24, m.y],
                ]) + `M${n(m.x - 19)},${n(m.y - 4)}L${n(m.x - 25)},${n(m.y)}L${n(m.x - 19)},${n(m.y + 4)}`,
              class: 'c-arrow',
            })
          : m.qualifier === 'approx'
            ? h('circle', { cx: m.x, cy: m.y, r: 10, class: 'c-halo' })
            : '';
    return h(
      'g',
      { class: 'c-mark', 'data-tip': m.tip, 'data-key': m.id, 'data-ids': m.id },
      h('line', { x1: L.x0, x2: L.x1, y1: m.y, y2: m.y, class: 'c-track' }),
      arrow,
      dot,
      h('text', { x: m.valueX, y: m.y + 4.5, 'text-anchor': m.valueAnchor, class: 'c-value' }, text(m.valueText)),
      multiline(m.label, { x: phone ? 8 : 8, y: m.labelY, class: 'c-label' }),
    );
  });
  return svgRoot(L.width, L.height, [...grid, ...groups, ...marks]);
}

export function buildHeld(data: DataPackage, opts: ChartOptions): ChartOutput {
  const { locale } = opts;
  const rows = selectHeld(data, locale);
  const first = rows.filter((r) => r.date === [...rows].sort((a, b) => a.date.localeCompare(b.date))[0]!.date);
  const later = rows.filter((r) => !first.includes(r));
  const top = later.length ? later.reduce((a, b) => (b.value > a.value ? b : a)) : undefined;
  const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  const takeaway =
    `Nobody has counted the people held, only estimated them: ${first[0]!.estimator} put ${list(first.map((r) => `${estimateText(r, locale)} in ${r.geoLabel}`))} in ${first[0]!.dateLabel}` +
    (top ? `, and later estimates reach ${estimateText(top, locale)} (${top.geoLabel}).` : '.');
  const minCount = rows.filter((r) => r.qualifier === 'min').length;
  return {
    id: 'held',
    title: 'How many people are held in the compounds',
    takeaway,
    description: `Dot chart of ${rows.length} published estimates of people held in scam compounds, by country or region, from ${rows[0]!.dateLabel} onwards. ${minCount} of them are floors ("at least" or "more than"), drawn with an arrow pointing right; none is a count, and they are not added together.`,
    sourceIds: uniq(rows.flatMap((r) => r.sourceIds)),
    csv: {
      header: ['id', 'geo', 'value', 'unit', 'qualifier', 'estimator', 'date', 'period', 'source_ids'],
      rows: rows.map((r) => ({
        id: r.id,
        geo: r.geo,
        value: r.value,
        unit: r.unit,
        qualifier: r.words || 'as stated',
        estimator: r.estimator,
        date: r.date,
        period: r.period,
        source_ids: r.sourceIds.join(';'),
      })),
    },
    table: {
      columns: ['Where', 'Estimate (people)', 'Estimated by', 'Published', 'Period'],
      rows: rows.map((r) => [
        r.geoLabel,
        estimateText(r, locale),
        `${r.reported ? 'reported by ' : ''}${r.estimator}`,
        r.dateLabel,
        r.period,
      ]),
    },
    svg: {
      phone: renderHeld(computeHeld(rows, WIDTHS.phone, locale), 'phone'),
      desktop: renderHeld(computeHeld(rows, WIDTHS.desktop, locale), 'desktop'),
    },
    highlights: [],
    notes: [
      'Arrow: the estimate is a floor ("at least", "more than"). Ring: an approximate figure ("about"). Hollow dot: only a news report could be named as the source.',
    ],
  };
}
