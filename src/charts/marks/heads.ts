/** The group head mark: a bold heading over a group of rows, optionally with a rule above it (not the first). */
import { h, text } from '../svg.ts';

export interface Head {
  label: string;
  y: number;
}

/**
 * One heading per group at `x`. With `rule`, each heading but the first sits in a group with a full-width rule
 * `ruleDy` px above its baseline.
 */
export function headMarks(heads: Head[], x: number, opts: { rule?: { width: number; dy: number } } = {}): string[] {
  const { rule } = opts;
  return heads.map((hd, i) => {
    const label = h('text', { x, y: hd.y, class: 'c-head' }, text(hd.label));
    if (!rule) return label;
    return h(
      'g',
      {},
      i > 0 ? h('line', { x1: 0, x2: rule.width, y1: hd.y - rule.dy, y2: hd.y - rule.dy, class: 'c-rule' }) : '',
      label,
    );
  });
}
