/** The bar mark: a horizontal bar from the plot's left edge, with its value after the bar's end. */
import { h, text } from '../svg.ts';

export interface BarMark {
  x: number;
  y: number;
  w: number;
  value: string;
  /** Bar thickness, px. */
  height?: number;
  /** Extra class for the bar's colour (`c-bar--tally`). */
  modifier?: string;
}

export function barMark(b: BarMark): string[] {
  const height = b.height ?? 12;
  return [
    h('rect', {
      x: b.x,
      y: b.y,
      width: Math.max(1, b.w),
      height,
      class: b.modifier ? `c-bar ${b.modifier}` : 'c-bar',
    }),
    h('text', { x: b.x + Math.max(0, b.w) + 5, y: b.y + height - 1.5, class: 'c-value' }, text(b.value)),
  ];
}
