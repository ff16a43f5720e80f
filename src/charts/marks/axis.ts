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
