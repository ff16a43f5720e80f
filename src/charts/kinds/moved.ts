/**
 * "Moved to China": people handed over, extradited, deported or repatriated to China, by year and
 * country of departure. Two panels with separate scales, never added together:
 *  1. individually reported movements (routes.csv), summed per country and year, as squares whose
 *     area is the number of people;
 *  2. official running or annual tallies (cumulative routes and the by-year series), as bars.
 * A route is a tally when its `count_kind` says so; the yearly totals are the series.csv rows whose `chart` is
 * `moved-tally`.
 */
import { scaleLinear } from 'd3';
import type { DataPackage } from '../../data/schema.ts';
import { formatDate } from '../../lib/format.ts';
import { countryName, type Translation } from '../../i18n/index.ts';
import { ChartDataError, type ChartOutput, type KindOptions, type Layout } from '../types.ts';
import { h, text, svgRoot, wrap } from '../svg.ts';
import { labelMark } from '../marks/labels.ts';
import { geoLabel, shortName, uniq } from '../util.ts';
import { isPhone, svgAtWidths } from '../layout.ts';
import { gridAxis } from '../marks/axis.ts';
import { barMark } from '../marks/bars.ts';
import { markGroup } from '../marks/mark.ts';

export interface Movement {
  id: string;
  date: string;
  year: string;
  kind: string;
  count: number;
  /** Country code of departure, or "" when the source gives no place. */
  from: string;
  fromLabel: string;
  subject: string;
  people: string[];
  /** Running or whole-period total rather than one movement. */
  tally: boolean;
  tallyLabel: string;
  table: 'routes' | 'series';
  sourceIds: string[];
}

export function selectMoved(data: DataPackage, locale: string, t: Translation): Movement[] {
  const w = t.charts.moved;
  const places = new Map(data.places.map((p) => [p.id, p]));
  const people = new Map(data.people.map((p) => [p.id, p]));
  const routes = data.routes.filter((r) => places.get(r.to_place_id)?.country === 'CN');
  if (routes.length === 0)
    throw new ChartDataError('moved', 'routes.csv', 'no route ends at a place in China (country CN).');
  const out: Movement[] = routes.map((r) => {
    if (!(r.count >= 1)) throw new ChartDataError('moved', 'routes.csv', `route "${r.id}" has count ${r.count}.`);
    const from = r.from_place_id ? places.get(r.from_place_id)!.country : '';
    const tally = r.count_kind === 'tally';
    const fromLabel = from ? countryName(t, from) : w.notStated;
    return {
      id: r.id,
      date: r.date,
      year: r.date.slice(0, 4),
      kind: r.kind,
      count: r.count,
      from,
      fromLabel,
      subject: r.subject,
      people: r.person_ids.map((id) => shortName(people.get(id)!)),
      tally,
      tallyLabel: w.tallyLabel(fromLabel, r.chart_label ?? r.subject, formatDate(r.date, locale, r.date_precision)),
      table: 'routes',
      sourceIds: r.source_ids,
    };
  });
  // Whole-year official totals from the series (batches in that series duplicate routes: skipped).
  for (const s of data.series.filter((s) => s.chart === 'moved-tally')) {
    const code = /^[A-Z]{2}$/.test(s.geo) ? s.geo : '';
    const label = geoLabel(t, s.geo);
    out.push({
      id: s.id,
      date: s.date ?? s.period,
      year: s.period,
      kind: w.annualTotal,
      count: s.value,
      from: code,
      fromLabel: label,
      subject: `${s.series_title} (${s.unit})`,
      people: [],
      tally: true,
      tallyLabel: w.seriesTallyLabel(label, s.chart_label ?? s.series_title),
      table: 'series',
      sourceIds: s.source_ids,
    });
  }
  if (!out.some((m) => !m.tally))
    throw new ChartDataError(
      'moved',
      'routes.csv',
      'every route to China is a cumulative tally; there is no individual movement to plot.',
    );
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export interface MovedCell {
  from: string;
  fromLabel: string;
  year: string;
  sum: number;
  moves: number;
  named: string[];
  ids: string[];
}

export function cells(moves: Movement[]): MovedCell[] {
  const map = new Map<string, MovedCell>();
  for (const m of moves.filter((m) => !m.tally)) {
    const k = `${m.from}|${m.year}`;
    const c = map.get(k) ?? {
      from: m.from,
      fromLabel: m.fromLabel,
      year: m.year,
      sum: 0,
      moves: 0,
      named: [],
      ids: [],
    };
    c.sum += m.count;
    c.moves += 1;
    c.named.push(...m.people);
    c.ids.push(m.id);
    map.set(k, c);
  }
  return [...map.values()];
}

export interface MovedLayout {
  width: number;
  height: number;
  gridTop: number;
  headY: number;
  cols: { year: string; x: number; w: number }[];
  rows: { from: string; label: string; y: number; h: number; total: number }[];
  squares: {
    x: number;
    y: number;
    side: number;
    key: string;
    ids: string[];
    labels: string[];
    lx: number;
    ly: number;
    tip: string;
  }[];
  tallyTop: number;
  tallyTitleY: number;
  /** Heading of the tallies panel. */
  tallyHead: string;
  bars: {
    x: number;
    y: number;
    w: number;
    label: string[];
    ly: number;
    value: string;
    tip: string;
    key: string;
  }[];
  tallyTicks: { x: number; label: string }[];
  tallyAxisY: number;
}

export function computeMoved(moves: Movement[], width: number, locale: string, t: Translation): MovedLayout {
  const w = t.charts.moved;
  const phone = isPhone(width);
  const nf = new Intl.NumberFormat(locale);
  const cs = cells(moves);
  const years = uniq(cs.map((c) => c.year)).sort();
  const froms = uniq(cs.map((c) => c.from)).sort((a, b) => {
    const t = (f: string) => cs.filter((c) => c.from === f).reduce((s, c) => s + c.sum, 0);
    return t(b) - t(a) || a.localeCompare(b);
  });
  const labelW = phone ? 0 : 130;
  const colW = (width - labelW - 8) / years.length;
  const cols = years.map((year, i) => ({ year, x: labelW + 4 + i * colW, w: colW }));
  const maxSide = Math.min(colW - 16, phone ? 56 : 76);
  const maxSum = Math.max(...cs.map((c) => c.sum));
  const side = (v: number) => Math.max(2, Math.sqrt(v / maxSum) * maxSide);
  const headY = 14;
  let y = 26;
  const rows: MovedLayout['rows'] = [];
  const squares: MovedLayout['squares'] = [];
  for (const f of froms) {
    const mine = cs.filter((c) => c.from === f);
    const tallest = Math.max(...mine.map((c) => side(c.sum)));
    const top = y + (phone ? 18 : 4);
    const h0 = Math.max(tallest, 20) + (phone ? 34 : 38);
    for (const c of mine) {
      const col = cols.find((k) => k.year === c.year)!;
      const s = side(c.sum);
      const x = col.x + 6;
      const base = top + Math.max(tallest, 20);
      const names = c.named.length
        ? c.named.length > 1
          ? w.namedMore(c.named[0]!, c.named.length - 1)
          : c.named[0]!
        : '';
      const labels = [w.person(c.sum, nf.format(c.sum)), w.movements(c.moves)];
      if (names && !phone) labels.push(names);
      squares.push({
        x,
        y: base - s,
        side: s,
        key: `${c.from || 'none'}-${c.year}`,
        ids: c.ids,
        labels,
        lx: x,
        ly: base + 14,
        tip: w.cellTip(c.fromLabel, c.year, nf.format(c.sum), c.moves, c.named.join(t.vocab.listSeparator)),
      });
    }
    rows.push({ from: f, label: mine[0]!.fromLabel, y: top, h: h0, total: mine.reduce((s, c) => s + c.sum, 0) });
    y = top + h0 + (phone ? 4 : 8);
  }

  // Panel 2: official tallies on their own linear scale.
  const tallies = moves.filter((m) => m.tally).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const tallyTitleY = y + 22;
  let ty = tallyTitleY + (phone ? 14 : 12);
  const bx0 = phone ? 4 : 250;
  const bx1 = width - (phone ? 60 : 70);
  const bars: MovedLayout['bars'] = [];
  let tallyTicks: MovedLayout['tallyTicks'] = [];
  if (tallies.length) {
    const x = scaleLinear()
      .domain([0, Math.max(...tallies.map((t) => t.count))])
      .range([bx0, bx1])
      .nice();
    tallyTicks = x
      .ticks(phone ? 3 : 4)
      .map((t) => ({ x: x(t), label: new Intl.NumberFormat(locale, { notation: 'compact' }).format(t) }));
    for (const t of tallies) {
      const label = wrap(t.tallyLabel, phone ? width - 8 : bx0 - 14, 12);
      const ly = ty + 12;
      const barY = phone ? ty + label.length * 15 + 2 : ty + Math.max(0, (label.length * 15 - 14) / 2);
      bars.push({
        x: bx0,
        y: barY,
        w: x(t.count) - bx0,
        label,
        ly,
        value: nf.format(t.count),
        tip: w.barTip(t.tallyLabel, nf.format(t.count)),
        key: t.id,
      });
      ty = Math.max(barY + 14, ly + label.length * 15 - 10) + (phone ? 10 : 8);
    }
  }
  return {
    width,
    height: ty + 28,
    gridTop: 26,
    headY,
    cols,
    rows,
    squares,
    tallyTop: tallyTitleY - 16,
    tallyTitleY,
    tallyHead: phone ? w.tallyHeadPhone : w.tallyHead,
    bars,
    tallyTicks,
    tallyAxisY: ty + 2,
  };
}

export function renderMoved(L: MovedLayout, layout: Layout): string {
  const phone = layout === 'phone';
  const heads = L.cols.map((c) => h('text', { x: c.x + 6, y: L.headY, class: 'c-axis c-axis--year' }, text(c.year)));
  const colLines = L.cols
    .slice(1)
    .map((c) => h('line', { x1: c.x, x2: c.x, y1: 2, y2: L.tallyTop - 14, class: 'c-grid' }));
  const rows = L.rows.map((r) =>
    h(
      'g',
      {},
      h('line', { x1: 0, x2: L.width, y1: r.y - (phone ? 16 : 4), y2: r.y - (phone ? 16 : 4), class: 'c-base' }),
      phone
        ? h('text', { x: 4, y: r.y - 3, class: 'c-head' }, text(r.label))
        : labelMark(wrap(r.label, 120, 13), { x: 4, y: r.y + 14, class: 'c-head' }),
    ),
  );
  const squares = L.squares.map((s) =>
    markGroup(
      s,
      h('rect', { x: s.x, y: s.y, width: s.side, height: s.side, class: 'c-square' }),
      h('text', { x: s.lx, y: s.ly, class: 'c-value' }, text(s.labels[0]!)),
      s.labels.slice(1).map((l, i) => h('text', { x: s.lx, y: s.ly + 14 * (i + 1), class: 'c-small' }, text(l))),
    ),
  );
  const tallyHead = L.bars.length
    ? [
        h('line', { x1: 0, x2: L.width, y1: L.tallyTop, y2: L.tallyTop, class: 'c-rule' }),
        h('text', { x: 4, y: L.tallyTitleY, class: 'c-head' }, text(L.tallyHead)),
        gridAxis(L.tallyTicks, L.tallyTitleY + 8, L.tallyAxisY, 14),
      ]
    : [];
  const bars = L.bars.map((b) =>
    markGroup(
      { key: b.key, ids: [b.key], tip: b.tip },
      labelMark(b.label, { x: 4, y: b.ly, class: 'c-label' }),
      barMark({ x: b.x, y: b.y, w: b.w, value: b.value, modifier: 'c-bar--tally' }),
    ),
  );
  return svgRoot(L.width, L.height, [...colLines, ...heads, ...rows, ...squares, ...tallyHead.flat(), ...bars]);
}

export function moved(data: DataPackage, opts: KindOptions): ChartOutput {
  const { locale, t } = opts;
  const w = t.charts.moved;
  const moves = selectMoved(data, locale, t);
  const nf = new Intl.NumberFormat(locale);
  const cs = cells(moves);
  const byCountry = uniq(cs.map((c) => c.from)).map((f) => ({
    f,
    label: cs.find((c) => c.from === f)!.fromLabel,
    sum: cs.filter((c) => c.from === f).reduce((s, c) => s + c.sum, 0),
  }));
  const top = byCountry.reduce((a, b) => (b.sum > a.sum ? b : a));
  const tallies = moves.filter((m) => m.tally && m.from === top.f);
  const bigTally = tallies.length ? tallies.reduce((a, b) => (b.count > a.count ? b : a)) : undefined;
  const takeaway = w.takeaway(
    top.label,
    nf.format(top.sum),
    bigTally && { count: nf.format(bigTally.count), to: formatDate(bigTally.date, locale, 'month') },
  );
  const batches = moves.filter((m) => !m.tally);
  return {
    id: 'moved',
    title: w.title,
    takeaway,
    description: w.description(batches.length, moves.length - batches.length),
    sourceIds: uniq(moves.flatMap((m) => m.sourceIds)),
    csv: {
      header: ['id', 'table', 'date', 'year', 'kind', 'from_country', 'count', 'panel', 'subject', 'source_ids'],
      rows: moves.map((m) => ({
        id: m.id,
        table: m.table,
        date: m.date,
        year: m.year,
        kind: m.kind,
        from_country: m.from,
        count: m.count,
        panel: m.tally ? w.panelTally : w.panelMovement,
        subject: m.subject,
        source_ids: m.sourceIds.join(';'),
      })),
    },
    table: {
      columns: [...w.columns],
      rows: moves.map((m) => [
        formatDate(m.date, locale, m.date.length === 4 ? 'year' : m.date.length === 7 ? 'month' : 'day'),
        m.fromLabel,
        m.kind,
        nf.format(m.count),
        m.subject,
        m.tally ? w.countedTally : w.countedMovement,
      ]),
    },
    svg: svgAtWidths((width) => computeMoved(moves, width, locale, t), renderMoved),
    highlights: uniq(cs.map((c) => c.year)).sort(),
    notes: [w.note],
  };
}
