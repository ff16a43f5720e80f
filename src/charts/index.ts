/**
 * The chart registry: one builder per chart id. Its keys are the story's chart ids (src/story/ids.ts `CHART_IDS`,
 * which the MDX schemas check `<Chart id>` against): `satisfies Record<ChartId, …>` fails the type check when a
 * chart is missing here or an id is here that the story does not know, and charts.test.ts checks the order.
 *
 * Layout of src/charts/: `marks/` one file per mark (dot, value label, qualifier, axis, heads, labels, bars, columns, the
 * interactive mark group); `kinds/` one file per chart, each a declaration of which rows, which marks and which
 * words (held and money are two declarations of the dot-plot kind, kinds/dotplot.ts); `layout.ts` the widths and
 * the phone test; `svg.ts` the SVG writer and the one text measure; `util.ts` qualifiers, names and money words.
 */
import type { DataPackage } from '../data/schema.ts';
import type { ChartId } from '../story/ids.ts';
import type { ChartOptions, ChartOutput, KindOptions } from './types.ts';
import { strings } from '../i18n/index.ts';
import { held } from './kinds/held.ts';
import { crackdown } from './kinds/crackdown.ts';
import { moved } from './kinds/moved.ts';
import { moneyChart } from './kinds/money.ts';
import { chain } from './kinds/chain.ts';

/** A chart kind's builder: pure, from the data package and the resolved options to the chart's output. */
export type ChartBuilder = (data: DataPackage, opts: KindOptions) => ChartOutput;

export const BUILDERS = {
  held,
  crackdown,
  moved,
  money: moneyChart,
  chain,
} satisfies Record<ChartId, ChartBuilder>;

/** Builds one chart; throws ChartDataError (failing the build) when its data cannot be drawn honestly. */
export function buildChart(id: ChartId, data: DataPackage, opts: ChartOptions): ChartOutput {
  return BUILDERS[id](data, { ...opts, t: opts.t ?? strings('en') });
}

export type { ChartOutput, ChartOptions } from './types.ts';
export { ChartDataError, WIDTHS } from './types.ts';
