/** Vertical grid lines with their tick labels under the plot: the x axis of the scale charts. */
import { h, text } from '../svg.ts';

export interface Tick {
  x: number;
  label: string;
}

export function gridAxis(ticks: Tick[], top: number, axisY: number, labelDy = 16, cls?: string): string[] {
  return ticks.map((t) =>
    h(
      'g',
      { class: cls },
      h('line', { x1: t.x, x2: t.x, y1: top, y2: axisY, class: 'c-grid' }),
      h('text', { x: t.x, y: axisY + labelDy, 'text-anchor': 'middle', class: 'c-axis' }, text(t.label)),
    ),
  );
}

/** Vertical grid lines from y1 to y2, one per tick (no labels): a scale's lines over one group of rows. */
export function gridLines(ticks: Tick[], y1: number, y2: number): string[] {
  return ticks.map((t) => h('line', { x1: t.x, x2: t.x, y1, y2, class: 'c-grid' }));
}

/** A scale's tick labels on one baseline, centred on their ticks: the axis repeated where a group of rows starts. */
export function tickLabels(ticks: Tick[], y: number, cls?: string): string {
  return h(
    'g',
    { class: cls },
    ticks.map((t) => h('text', { x: t.x, y, 'text-anchor': 'middle', class: 'c-axis' }, text(t.label))),
  );
}
