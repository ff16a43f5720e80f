/**
 * The value label of a dot: right of the mark (after any qualifier arrow) when it fits inside the drawing, else
 * left of the mark's low end (and of an "up to" arrow), right-aligned. Measured with the shared text measure.
 */
import { h, text, textWidth } from '../svg.ts';
import type { Qualifier } from '../util.ts';
import { reach } from './qualifier.ts';

/** Font size of value labels (chart.css `.c-value`), for measuring them. */
export const VALUE_SIZE = 12.5;

export interface ValuePlacement {
  x: number;
  anchor: 'start' | 'end';
}

/** Where a value label goes, given the mark's ends, its qualifier and dot, and the drawing's width. */
export function placeValue(
  label: string,
  m: { xlo: number; xhi: number; qualifier: Qualifier; r: number; length: number },
  width: number,
): ValuePlacement {
  const after = m.xhi + reach(m) + (m.qualifier === 'min' ? 5 : 10);
  const fits = after + textWidth(label, VALUE_SIZE, 600) < width - 2;
  return fits
    ? { x: after, anchor: 'start' }
    : { x: m.xlo - (m.qualifier === 'max' ? m.r + m.length + 6 : 10), anchor: 'end' };
}

/** The value label, set on the mark's baseline. */
export const valueMark = (label: string, y: number, p: ValuePlacement) =>
  h('text', { x: p.x, y: y + 4.5, 'text-anchor': p.anchor, class: 'c-value' }, text(label));
