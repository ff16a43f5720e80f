/**
 * What every chart produces. A chart module is pure: `(data, options) → ChartOutput`, with the
 * compute and render steps exported separately for tests. Chart.astro turns the output into a
 * figure; src/pages/charts/[id].csv.ts serves `csv`; nothing here touches the DOM or the clock.
 */
import type { ChartId } from '../story/steps.ts';
import type { Translation } from '../i18n/index.ts';

/** Widths at which each chart is computed and rendered (phone and desktop SVGs in the HTML). */
export const WIDTHS = { phone: 340, desktop: 720 } as const;
export type Layout = keyof typeof WIDTHS;

export interface ChartOptions {
  /** BCP 47 locale for numbers and dates (site.config.json `locale`). */
  locale: string;
  /** What to emphasise (chart-specific: a year for `crackdown`). */
  highlight?: string | undefined;
  /** The translation table whose words the chart uses; default: `strings('en')`. */
  t?: Translation | undefined;
}

/** Options as a chart kind receives them: the table resolved. */
export type KindOptions = ChartOptions & { t: Translation };

/** A data table, the chart's text alternative; cells are display strings. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartOutput {
  id: ChartId;
  title: string;
  /** One sentence in words; any figure in it is computed from the data. */
  takeaway: string;
  /** Short text alternative: what the chart shows, for screen readers. */
  description: string;
  /** Ids of every source behind the plotted rows, in first-use order. */
  sourceIds: string[];
  /** Exactly the plotted rows, for the CSV download. */
  csv: { header: string[]; rows: Record<string, string | number>[] };
  table: ChartTable;
  /** One SVG string per layout. */
  svg: Record<Layout, string>;
  /** Values `highlight` accepts, with their labels (for step-driven charts). */
  highlights: string[];
  /** Short notes shown under the chart (how to read it, what was left out). */
  notes: string[];
}

/** Bad data: names the chart and the data file so that the failing build says what to fix. */
export class ChartDataError extends Error {
  constructor(chart: ChartId, file: string, message: string) {
    super(`Chart "${chart}" cannot be drawn from data/${file}: ${message}`);
    this.name = 'ChartDataError';
  }
}
