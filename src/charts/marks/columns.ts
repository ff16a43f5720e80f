/** Column labels: where a label over a column of a time axis goes (the crackdown's years and counts). */
import { textWidth } from '../svg.ts';

/**
 * Where a column's label goes, by the shared text measure: centred on a catch-all column (`before`); else just after
 * the column's left edge when it fits in the column; else right-aligned to its right edge (a narrow last column),
 * with `fits: false` so a caller can choose a shorter label.
 */
export function placeInColumn(
  label: string,
  col: { x0: number; x1: number; before: boolean },
  size: number,
  weight: 400 | 600,
): { x: number; anchor: 'start' | 'middle' | 'end'; fits: boolean } {
  const w = textWidth(label, size, weight);
  if (col.before) return { x: (col.x0 + col.x1) / 2, anchor: 'middle', fits: true };
  if (col.x0 + 3 + w <= col.x1) return { x: col.x0 + 3, anchor: 'start', fits: true };
  return { x: col.x1, anchor: 'end', fits: false };
}
