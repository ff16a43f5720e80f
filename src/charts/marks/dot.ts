/**
 * The dot mark of the dot plots: a dotted track across the plot, an optional range segment with a dot at its low
 * end, the qualifier mark (arrow or ring, marks/qualifier.ts) and the dot at the value. A style modifier names the
 * dot's class (`c-dot--hollow`, `c-dot--seized`).
 */
import { h, line } from '../svg.ts';
import type { Qualifier } from '../util.ts';
import { qualifierMark } from './qualifier.ts';

/** Size of a dot and its qualifier: dot radius, arrow length beyond the dot, "about" ring radius. */
export interface DotSize {
  r: number;
  length: number;
  ring: number;
}

export interface DotMark {
  y: number;
  xlo: number;
  xhi: number;
  qualifier: Qualifier;
  /** Dot style: `hollow` (only a news report named), `seized` (the second colour). */
  style?: 'hollow' | 'seized' | undefined;
}

/** Track from x0 to x1, then range, qualifier and dot, in drawing order. */
export function dotMark(m: DotMark, size: DotSize, x0: number, x1: number): string[] {
  const cls = m.style ? `c-dot c-dot--${m.style}` : 'c-dot';
  const range =
    m.xlo !== m.xhi
      ? h('path', {
          d: line([
            [m.xlo, m.y],
            [m.xhi, m.y],
          ]),
          class: 'c-range',
        }) + h('circle', { cx: m.xlo, cy: m.y, r: size.r, class: cls })
      : '';
  const arrow = qualifierMark({
    x: m.xhi,
    y: m.y,
    qualifier: m.qualifier,
    ...size,
    // The "up to" arrow keeps the first colour: only sums seized are "at least" or "about".
    modifier: m.style === 'seized' && m.qualifier !== 'max' ? 'is-seized' : undefined,
  });
  return [
    h('line', { x1: x0, x2: x1, y1: m.y, y2: m.y, class: 'c-track' }),
    range,
    arrow,
    h('circle', { cx: m.xhi, cy: m.y, r: size.r, class: cls }),
  ];
}
