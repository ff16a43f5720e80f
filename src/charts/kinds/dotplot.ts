/**
 * The dot-plot kind: qualified values on one linear scale from zero, one row per value, rows in groups under a
 * heading, each row labelled with who made the estimate (left column on desktop, above the track on a phone).
 * A value is a dot; a range a segment between two dots; "at least" an arrow right, "up to" an arrow left, "about"
 * a ring (marks/qualifier.ts). `held` and `money` are two declarations of this kind (kinds/held.ts, kinds/money.ts):
 * a declaration picks the rows, words and output tables, and gives the design numbers below.
 */
import { scaleLinear } from 'd3';
import type { DataPackage } from '../../data/schema.ts';
import type { ChartId } from '../../story/ids.ts';
import type { ChartOutput, KindOptions, Layout } from '../types.ts';
import { svgRoot } from '../svg.ts';
import type { Qualifier } from '../util.ts';
import { isPhone, svgAtWidths } from '../layout.ts';
import { gridAxis, gridLines, tickLabels, type Tick } from '../marks/axis.ts';
import { dotMark, type DotSize } from '../marks/dot.ts';
import { headMarks, type Head } from '../marks/heads.ts';
import { labelMark, wrapLabel, type LabelLine, type LabelPart } from '../marks/labels.ts';
import { markGroup, type MarkData } from '../marks/mark.ts';
import { placeValue, valueMark, type ValuePlacement } from '../marks/value.ts';

/** One plotted row, as a declaration's `rows` returns it. */
export interface DotRow extends MarkData {
  /** Rows with the same group sit together under its heading; groups in first-seen order. */
  group: string;
  groupLabel: string;
  /** Ends of the mark (equal for a single value). */
  lo: number;
  hi: number;
  qualifier: Qualifier;
  style?: 'hollow' | 'seized' | undefined;
  /** The value as the label writes it ("at least 120,000", "US$18bn–37bn"). */
  value: string;
  /** The row's label, wrapped at layout time. */
  label: LabelPart[];
}

/** Per-layout number: phone, desktop. */
type PerLayout = { phone: number; desktop: number };

/**
 * The design of one dot plot, px unless stated. `held` and `money` were drawn apart before they were one kind; their
 * numbers differ a little, and are kept so the charts a reader sees do not change.
 */
export interface DotPlotDesign {
  /** Left edge of the scale (desktop: right of the label column). */
  x0: PerLayout;
  /** Room right of the scale's end. */
  right: PerLayout;
  /** The domain's top as a multiple of the largest value, before `.nice()`. */
  headroom: number;
  tick: (value: number, locale: string) => string;
  dot: DotSize;
  /** Label x, and the label width: drawing width less `phoneInset` on a phone, x0 less `desktopGap` on desktop. */
  label: { x: number; phoneInset: number; desktopGap: number; lineHeight: number };
  /** Top of the first group; space before a later group's heading; heading block height. */
  top: number;
  groupGap: number;
  headH: number;
  /** Rule above a later group's heading, this far above its baseline. */
  headRule?: number;
  /** Track y on a phone: below the label lines plus this. On desktop: the label block's middle plus `desktopDy`, at least `desktopMin`. */
  track: { phoneDy: number; desktopDy: number; desktopMin: number };
  /** Row end: the lower of track + `belowTrack` and the label's last line + `labelTail`, plus `rowGap`. */
  rowEnd: { belowTrack: PerLayout; labelTail: number; rowGap: PerLayout };
  /** Grid top; axis baseline below the last row; drawing bottom below the last row. */
  gridTop: number;
  axisDy: number;
  bottom: number;
  /** Class of each tick group (held: `c-tick`). */
  tickClass?: string;
  /**
   * Write the scale under each group's heading too, where its rows start (and its grid lines from there to the
   * group's last row): the tick labels' baseline `dy` below the heading block, which grows by `h`. Without it the
   * scale is only at the bottom, which on a long chart is far from the first row.
   */
  headScale?: { dy: number; h: number };
}

export interface DotPlotLayout {
  width: number;
  height: number;
  x0: number;
  x1: number;
  ticks: Tick[];
  heads: Head[];
  marks: (DotRow & {
    y: number;
    xlo: number;
    xhi: number;
    lines: LabelLine[];
    labelY: number;
    place: ValuePlacement;
  })[];
  axisY: number;
  /** With `headScale`: each group's tick-label baseline and the extent of its grid lines. */
  scales: { y: number; top: number; bottom: number }[];
}

/** Positions for one width. */
export function computeDotPlot(rows: DotRow[], width: number, locale: string, d: DotPlotDesign): DotPlotLayout {
  const phone = isPhone(width);
  const at = (p: PerLayout) => (phone ? p.phone : p.desktop);
  const x0 = at(d.x0);
  const x1 = width - at(d.right);
  const x = scaleLinear()
    .domain([0, Math.max(...rows.map((r) => r.hi)) * d.headroom])
    .range([x0, x1])
    .nice();
  const ticks = x.ticks(phone ? 3 : 5).map((v) => ({ x: x(v), label: d.tick(v, locale) }));
  const heads: Head[] = [];
  const marks: DotPlotLayout['marks'] = [];
  const maxW = phone ? width - d.label.phoneInset : x0 - d.label.desktopGap;
  let y = d.top;
  const scales: DotPlotLayout['scales'] = [];
  let group: string | undefined;
  for (const r of rows) {
    if (r.group !== group) {
      if (scales.length) scales.at(-1)!.bottom = y;
      y += heads.length ? d.groupGap : 0;
      heads.push({ label: r.groupLabel, y: y + 14 });
      y += d.headH;
      if (d.headScale) {
        scales.push({ y: y + d.headScale.dy, top: y + d.headScale.dy + 5, bottom: 0 });
        y += d.headScale.h;
      }
      group = r.group;
    }
    const lines = wrapLabel(r.label, maxW);
    const labelY = y + 12;
    const my = phone
      ? y + lines.length * 15 + d.track.phoneDy
      : y + Math.max(d.track.desktopMin, (lines.length * 15) / 2 + d.track.desktopDy);
    const xlo = x(r.lo);
    const xhi = x(r.hi);
    marks.push({
      ...r,
      y: my,
      xlo,
      xhi,
      lines,
      labelY,
      place: placeValue(r.value, { xlo, xhi, qualifier: r.qualifier, ...d.dot }, width),
    });
    y = Math.max(my + at(d.rowEnd.belowTrack), labelY + lines.length * 15 + d.rowEnd.labelTail) + at(d.rowEnd.rowGap);
  }
  if (scales.length) scales.at(-1)!.bottom = y + d.axisDy;
  return { width, height: y + d.bottom, x0, x1, ticks, heads, marks, axisY: y + d.axisDy, scales };
}

/** The SVG for one layout. */
export function renderDotPlot(L: DotPlotLayout, d: DotPlotDesign): string {
  // One scale from top to bottom, labelled under the plot; or, with headScale, labelled under each heading with
  // its lines over that group's rows, and labelled again under the plot.
  const grid = d.headScale
    ? [
        ...L.scales.flatMap((s) => [...gridLines(L.ticks, s.top, s.bottom), tickLabels(L.ticks, s.y, d.tickClass)]),
        tickLabels(L.ticks, L.axisY + 16, d.tickClass),
      ]
    : gridAxis(L.ticks, d.gridTop, L.axisY, 16, d.tickClass);
  const heads = headMarks(L.heads, d.label.x, d.headRule ? { rule: { width: L.width, dy: d.headRule } } : {});
  const marks = L.marks.map((m) =>
    markGroup(
      m,
      dotMark(m, d.dot, L.x0, L.x1),
      valueMark(m.value, m.y, m.place),
      labelMark(m.lines, { x: d.label.x, y: m.labelY, class: 'c-label' }, d.label.lineHeight),
    ),
  );
  return svgRoot(L.width, L.height, [...grid, ...heads, ...marks]);
}

/** What a dot-plot declaration gives: its id, its design, its rows, and the rest of its output from them. */
export interface DotPlotDeclaration<R extends DotRow> {
  id: ChartId;
  design: DotPlotDesign;
  rows: (data: DataPackage, opts: KindOptions) => R[];
  output: (rows: R[], opts: KindOptions) => Omit<ChartOutput, 'id' | 'svg' | 'sourceIds'>;
  /** Source ids of one row, in order. */
  sources: (row: R) => string[];
}

/** Makes a chart builder from a dot-plot declaration. */
export function dotPlot<R extends DotRow>(decl: DotPlotDeclaration<R>) {
  return (data: DataPackage, opts: KindOptions): ChartOutput => {
    const rows = decl.rows(data, opts);
    const out = decl.output(rows, opts);
    return {
      id: decl.id,
      ...out,
      sourceIds: [...new Set(rows.flatMap(decl.sources))],
      svg: svgAtWidths(
        (width) => computeDotPlot(rows, width, opts.locale, decl.design),
        (L: DotPlotLayout, _layout: Layout) => renderDotPlot(L, decl.design),
      ),
    };
  };
}
