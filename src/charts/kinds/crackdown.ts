/**
 * "The crackdown over time": every event in events.csv as one dot, stacked in its month (desktop)
 * or quarter (phone), in one row per kind of action. Events before FROM_YEAR share one labelled
 * column so that the years that matter get the width. A year can be highlighted (scrolly steps):
 * other years dim and the year's band and count appear.
 */
import type { DataPackage, Event } from '../../data/schema.ts';
import { formatDate } from '../../lib/format.ts';
import type { Translation } from '../../i18n/index.ts';
import { ChartDataError, type ChartOutput, type KindOptions, type Layout } from '../types.ts';
import { h, text, svgRoot, textWidth, wrap } from '../svg.ts';
import { uniq } from '../util.ts';
import { isPhone, svgAtWidths } from '../layout.ts';
import { placeInColumn } from '../marks/columns.ts';

/** Years from which the chart gives every month its own column. */
export const FROM_YEAR = 2023;

/**
 * The strip above the rows: each column's year, then its count (`.c-axis`, `.c-count`: 11.5 px). On top, not under
 * the rows: in a scrolly on a phone the step card covers the lower part of the drawing, and a highlighted column
 * must still say which year it is.
 */
const YEAR_Y = 13;
const COUNT_Y = 27;
const ROWS_TOP = 40;
/** Font size of the year and count labels (chart.css `.c-axis`, `.c-count`). */
const STRIP_SIZE = 11.5;
/** Gap between the "before" column and the first year's. */
const BEFORE_GAP = 6;

/** Rows of the chart: kinds of action, from force to paperwork. Every event kind is in one; labels are in t.charts. */
export const KIND_GROUPS = [
  { id: 'force', kinds: ['raid', 'offensive', 'cutoff'] },
  { id: 'moved', kinds: ['handover', 'extradition', 'deportation', 'repatriation'] },
  { id: 'justice', kinds: ['arrest', 'indictment', 'warrant', 'sanction', 'seizure', 'sentencing', 'execution'] },
  { id: 'other', kinds: ['meeting', 'law', 'report', 'other'] },
] as const;
export type KindGroup = (typeof KIND_GROUPS)[number]['id'];

export interface CrackdownEvent {
  id: string;
  date: string;
  precision: Event['date_precision'];
  year: string;
  kind: string;
  group: KindGroup;
  title: string;
  countries: string[];
  sourceIds: string[];
}

export function selectCrackdown(data: DataPackage): CrackdownEvent[] {
  if (data.events.length === 0) throw new ChartDataError('crackdown', 'events.csv', 'the table has no events.');
  return [...data.events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => {
      const group = KIND_GROUPS.find((g) => (g.kinds as readonly string[]).includes(e.kind));
      if (!group)
        throw new ChartDataError(
          'crackdown',
          'events.csv',
          `event "${e.id}" has kind "${e.kind}", which no row of the chart shows (see KIND_GROUPS in src/charts/crackdown.ts).`,
        );
      return {
        id: e.id,
        date: e.date,
        precision: e.date_precision,
        year: e.date.slice(0, 4),
        kind: e.kind,
        group: group.id,
        title: e.title,
        countries: e.countries,
        sourceIds: e.source_ids,
      };
    });
}

interface Bin {
  key: string;
  /** Year the bin belongs to, or "before". */
  year: string;
  label?: string;
}

/** Bins: one "before" column, then months or quarters up to the last event. */
export function bins(events: CrackdownEvent[], unit: 'month' | 'quarter'): Bin[] {
  const last = events.at(-1)!.date;
  const lastY = Number(last.slice(0, 4));
  const lastM = Number(last.slice(5, 7) || '12');
  const out: Bin[] = [];
  if (events.some((e) => Number(e.year) < FROM_YEAR)) out.push({ key: 'before', year: 'before' });
  for (let y = FROM_YEAR; y <= Math.max(lastY, FROM_YEAR); y++) {
    const months = y === lastY ? lastM : 12;
    if (unit === 'month')
      for (let m = 1; m <= months; m++) out.push({ key: `${y}-${String(m).padStart(2, '0')}`, year: String(y) });
    else for (let q = 1; q <= Math.ceil(months / 3); q++) out.push({ key: `${y}-Q${q}`, year: String(y) });
  }
  return out;
}

function binKey(e: CrackdownEvent, unit: 'month' | 'quarter'): string {
  if (Number(e.year) < FROM_YEAR) return 'before';
  const m = Number(e.date.slice(5, 7) || '1');
  return unit === 'month' ? `${e.year}-${String(m).padStart(2, '0')}` : `${e.year}-Q${Math.ceil(m / 3)}`;
}

export interface CrackdownLayout {
  width: number;
  height: number;
  plotX: number;
  rows: { id: KindGroup; label: string; lines: string[]; y: number; h: number; count: number }[];
  years: {
    year: string;
    x0: number;
    x1: number;
    label: string;
    labelAt: { x: number; anchor: 'start' | 'middle' | 'end' };
    count: number;
    countLabel: string;
    countAt: { x: number; anchor: 'start' | 'middle' | 'end' };
  }[];
  dots: {
    id: string;
    cx: number;
    cy: number;
    r: number;
    year: string;
    group: KindGroup;
    approx: boolean;
    tip: string;
  }[];
  axisY: number;
}

export function computeCrackdown(
  events: CrackdownEvent[],
  width: number,
  locale: string,
  t: Translation,
): CrackdownLayout {
  const phone = isPhone(width);
  const unit = phone ? 'quarter' : 'month';
  const bs = bins(events, unit);
  const plotX = phone ? 4 : 150;
  const right = width - 6;
  const colsPerBin = phone ? 2 : 1;
  const first = events[0]!.year;
  const beforeLabel = first === String(FROM_YEAR - 1) ? first : `${first}–${String(FROM_YEAR - 1).slice(2)}`;
  // The "before" column is at least as wide as its label, less the gap after it.
  const beforeW = Math.max(phone ? 30 : 46, textWidth(beforeLabel, STRIP_SIZE) - BEFORE_GAP);
  const hasBefore = bs[0]?.key === 'before';
  const regular = bs.filter((b) => b.key !== 'before');
  const binW = (right - plotX - (hasBefore ? beforeW + BEFORE_GAP : 0)) / regular.length;
  const pitch = Math.min(phone ? 8 : 11, (binW - 1) / colsPerBin);
  const r = pitch / 2 - 0.6;
  const binX = new Map<string, number>();
  let x = plotX;
  for (const b of bs) {
    if (b.key === 'before') {
      binX.set(b.key, x);
      x += beforeW + BEFORE_GAP;
    } else {
      binX.set(b.key, x);
      x += binW;
    }
  }
  const widthOf = (k: string) => (k === 'before' ? beforeW : binW);
  const beforeCols = Math.max(1, Math.floor(beforeW / pitch));

  // Row heights follow the tallest stack in each row.
  const rows: CrackdownLayout['rows'] = [];
  const dots: CrackdownLayout['dots'] = [];
  let y = ROWS_TOP;
  const labelH = phone ? 20 : 0;
  for (const g of KIND_GROUPS) {
    const evs = events.filter((e) => e.group === g.id);
    const byBin = new Map<string, CrackdownEvent[]>();
    for (const e of evs) byBin.set(binKey(e, unit), [...(byBin.get(binKey(e, unit)) ?? []), e]);
    const tallest = Math.max(
      1,
      ...[...byBin].map(([k, list]) => Math.ceil(list.length / (k === 'before' ? beforeCols : colsPerBin))),
    );
    const rowH = Math.max(phone ? 18 : 34, tallest * pitch + 8);
    const top = y + labelH;
    const base = top + rowH - 4;
    for (const [k, list] of byBin) {
      const cols = k === 'before' ? beforeCols : colsPerBin;
      const x0 = binX.get(k)! + (widthOf(k) - cols * pitch) / 2;
      list.forEach((e, i) => {
        const c = i % cols;
        const rI = Math.floor(i / cols);
        const when = formatDate(e.date, locale, e.precision);
        dots.push({
          id: e.id,
          cx: x0 + pitch * (c + 0.5),
          cy: base - pitch * (rI + 0.5),
          r,
          year: Number(e.year) < FROM_YEAR ? 'before' : e.year,
          group: g.id,
          approx: e.precision !== 'day',
          tip: `${when} · ${e.kind}${e.countries.length ? ` (${e.countries.join(', ')})` : ''}: ${e.title}`,
        });
      });
    }
    const label = t.charts.crackdown.rows[g.id];
    // Desktop: the label in the column left of the plot, wrapped by the text measure, its count on its own line.
    const lines = phone ? [] : [...wrap(label, plotX - 4 - 8, 12.5), `(${evs.length})`];
    rows.push({ id: g.id, label, lines, y: top, h: rowH, count: evs.length });
    y = top + rowH + (phone ? 6 : 8);
  }
  const years = uniq(bs.map((b) => b.year)).map((yr) => {
    const keys = bs.filter((b) => b.year === yr).map((b) => b.key);
    const x0 = binX.get(keys[0]!)!;
    const x1 = binX.get(keys.at(-1)!)! + widthOf(keys.at(-1)!);
    const inYear = events.filter((e) => (yr === 'before' ? Number(e.year) < FROM_YEAR : e.year === yr));
    const col = { x0, x1, before: yr === 'before' };
    const label = yr === 'before' ? beforeLabel : yr;
    const n = inYear.length;
    // "83 events" where it fits in the column, else the number alone.
    const long = t.charts.crackdown.events(String(n));
    const countLabel = phone || col.before || !placeInColumn(long, col, STRIP_SIZE, 600).fits ? String(n) : long;
    return {
      year: yr,
      x0,
      x1,
      label,
      labelAt: placeInColumn(label, col, STRIP_SIZE, 400),
      count: n,
      countLabel,
      countAt: placeInColumn(countLabel, col, STRIP_SIZE, 600),
    };
  });
  return { width, height: y + 8, plotX, rows, years, dots, axisY: y };
}

export function renderCrackdown(L: CrackdownLayout, layout: Layout, highlight?: string): string {
  const phone = layout === 'phone';
  const bands = L.years.map((yr, i) =>
    h(
      'g',
      { class: `c-band${yr.year === highlight ? ' is-on' : ''}`, 'data-key': yr.year },
      h('rect', { x: yr.x0 - 1, y: 0, width: yr.x1 - yr.x0 + 2, height: L.axisY + 2, class: 'c-band__fill' }),
      i > 0
        ? h('line', {
            x1: yr.x0 - (yr.year === L.years[1]?.year && L.years[0]!.year === 'before' ? 3 : 0),
            x2: yr.x0,
            y1: COUNT_Y + 3,
            y2: L.axisY,
            class: 'c-yearline',
          })
        : '',
    ),
  );
  // The year and its count, at the top of each column: the acceleration in one line of numbers.
  const axis = L.years.map((yr) =>
    h(
      'g',
      { class: 'c-year', 'data-key': yr.year },
      h(
        'text',
        { x: yr.labelAt.x, y: YEAR_Y, 'text-anchor': yr.labelAt.anchor, class: 'c-axis c-axis--year' },
        text(yr.label),
      ),
      h(
        'text',
        { x: yr.countAt.x, y: COUNT_Y, 'text-anchor': yr.countAt.anchor, class: 'c-count' },
        text(yr.countLabel),
      ),
    ),
  );
  const rows = L.rows.map((r) =>
    phone
      ? h('text', { x: 4, y: r.y - 5, class: 'c-label c-label--row' }, text(`${r.label} (${r.count})`))
      : h('g', {}, h('text', { x: 4, y: r.y + r.h / 2 - 3, class: 'c-label c-label--row' }, ...rowLines(r.lines))),
  );
  const baselines = L.rows.map((r) =>
    h('line', { x1: L.plotX, x2: L.width - 6, y1: r.y + r.h - 4 + 0.5, y2: r.y + r.h - 4 + 0.5, class: 'c-base' }),
  );
  const dots = L.dots.map((d) =>
    h('circle', {
      cx: d.cx,
      cy: d.cy,
      r: d.r,
      class: `c-mark c-dot c-dot--${d.group}${d.approx ? ' c-dot--approx' : ''}${highlight && d.year !== highlight ? ' is-dim' : ''}`,
      'data-key': d.year,
      'data-ids': d.id,
      'data-tip': d.tip,
    }),
  );
  return svgRoot(L.width, L.height, [...bands, ...baselines, ...rows, ...axis, ...dots]);
}

/** The desktop row label's lines, centred on the row. */
function rowLines(lines: string[]): string[] {
  return lines.map((l, i) => h('tspan', { x: 4, dy: i === 0 ? `-${(lines.length - 1) * 0.6}em` : '1.2em' }, text(l)));
}

export function crackdown(data: DataPackage, opts: KindOptions): ChartOutput {
  const { locale, highlight, t } = opts;
  const w = t.charts.crackdown;
  const events = selectCrackdown(data);
  const years = uniq(events.map((e) => e.year)).filter((y) => Number(y) >= FROM_YEAR);
  if (highlight !== undefined && !years.includes(highlight))
    throw new ChartDataError(
      'crackdown',
      'events.csv',
      `highlight "${highlight}" is not a year with events (${years.join(', ')}).`,
    );
  const count = (y: string) => events.filter((e) => e.year === y).length;
  const busiest = years.reduce((a, b) => (count(b) > count(a) ? b : a));
  const last = events.at(-1)!;
  const lastYear = last.year;
  const takeaway = w.takeaway(
    w.inYear(count(years[0]!), years[0]!),
    years
      .slice(1, -1)
      .map((y) => w.inYearShort(count(y), y))
      .join(t.vocab.listSeparator),
    years.length > 2,
    w.inYearShort(count(lastYear), lastYear),
    formatDate(last.date, locale, 'month'),
    busiest,
  );
  const desc = KIND_GROUPS.map(
    (g) => `${w.rows[g.id].toLowerCase()}: ${events.filter((e) => e.group === g.id).length}`,
  ).join('; ');
  return {
    id: 'crackdown',
    title: w.title,
    takeaway,
    description: w.description(events.length, desc, FROM_YEAR),
    sourceIds: uniq(events.flatMap((e) => e.sourceIds)),
    csv: {
      header: ['id', 'date', 'date_precision', 'kind', 'row', 'countries', 'title', 'source_ids'],
      rows: events.map((e) => ({
        id: e.id,
        date: e.date,
        date_precision: e.precision,
        kind: e.kind,
        row: w.rows[e.group],
        countries: e.countries.join(';'),
        title: e.title,
        source_ids: e.sourceIds.join(';'),
      })),
    },
    table: {
      columns: [...w.columns],
      rows: events.map((e) => [formatDate(e.date, locale, e.precision), e.kind, e.title, e.countries.join(', ')]),
    },
    svg: svgAtWidths(
      (width) => computeCrackdown(events, width, locale, t),
      (L, layout) => renderCrackdown(L, layout, highlight),
    ),
    highlights: years,
    notes: [w.note(FROM_YEAR)],
  };
}
