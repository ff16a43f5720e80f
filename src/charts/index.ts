/** The chart registry: one builder per chart id. */
import type { DataPackage } from '../data/schema.ts';
import type { ChartId } from '../lib/steps.ts';
import type { ChartOptions, ChartOutput, KindOptions } from './types.ts';
import { strings } from '../i18n/index.ts';
import { buildHeld } from './held.ts';
import { buildCrackdown } from './crackdown.ts';
import { buildMoved } from './moved.ts';
import { buildMoney } from './money.ts';
import { buildChain } from './chain.ts';

export const BUILDERS: Record<ChartId, (data: DataPackage, opts: KindOptions) => ChartOutput> = {
  held: buildHeld,
  crackdown: buildCrackdown,
  moved: buildMoved,
  money: buildMoney,
  chain: buildChain,
};

/** Builds one chart; throws ChartDataError (failing the build) when its data cannot be drawn honestly. */
export function buildChart(id: ChartId, data: DataPackage, opts: ChartOptions): ChartOutput {
  return BUILDERS[id](data, { ...opts, t: opts.t ?? strings('en') });
}

export type { ChartOutput, ChartOptions } from './types.ts';
export { ChartDataError, WIDTHS } from './types.ts';
