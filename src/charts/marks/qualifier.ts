/**
 * The qualifier mark: how a dot says its figure is not a count. "at least"/"more than" get an open arrow pointing
 * right, "up to" one pointing left, "about" a ring around the dot. Used by every chart of estimates.
 */
import { h, line, n } from '../svg.ts';
import type { Qualifier } from '../util.ts';

export interface QualifierMark {
  x: number;
  y: number;
  qualifier: Qualifier;
  /** Radius of the dot the mark sits on: the arrow starts at its edge. */
  r: number;
  /** Length of the arrow's shaft beyond the dot. */
  length: number;
  /** Radius of the "about" ring. */
  ring: number;
  /** Extra class on the arrow or ring (such as `is-seized`). */
  modifier?: string | undefined;
}

/** How far right of the dot's centre the mark reaches, so a value label can start after it. */
export const reach = (m: Pick<QualifierMark, 'qualifier' | 'r' | 'length'>) =>
  m.qualifier === 'min' ? m.r + m.length + 1 : 0;

export function qualifierMark(m: QualifierMark): string {
  const cls = (base: string) => (m.modifier ? `${base} ${m.modifier}` : base);
  if (m.qualifier === 'approx') return h('circle', { cx: m.x, cy: m.y, r: m.ring, class: cls('c-halo') });
  if (m.qualifier !== 'min' && m.qualifier !== 'max') return '';
  const s = m.qualifier === 'min' ? 1 : -1;
  const { x, y, r, length } = m;
  const base = x + s * (r + length - 5);
  const tip = x + s * (r + length + 1);
  return h('path', {
    d:
      line([
        [x + s * r, y],
        [x + s * (r + length), y],
      ]) + `M${n(base)},${n(y - 4)}L${n(tip)},${n(y)}L${n(base)},${n(y + 4)}`,
    class: cls('c-arrow'),
  });
}
