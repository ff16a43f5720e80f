/**
 * The label mark: a block of wrapped text lines, some of them secondary (`c-sub`), as the dot plots and bar charts
 * write the name beside or above a row. Wrapping uses the one text measure (svg.ts `textWidth`).
 */
import { h, text, wrap, type Attr } from '../svg.ts';

/** One piece of a label: its text, the font size it is measured at, and whether it is a secondary line. */
export interface LabelPart {
  text: string;
  size: number;
  sub?: boolean;
}

/** A wrapped line; `sub` lines get the secondary style. */
export interface LabelLine {
  text: string;
  sub: boolean;
}

/** Wraps each part to `max` px with the shared text measure. */
export function wrapLabel(parts: LabelPart[], max: number): LabelLine[] {
  return parts.flatMap((p) => wrap(p.text, max, p.size).map((l) => ({ text: l, sub: p.sub === true })));
}

/** A multi-line <text> with one <tspan> per line, `dy` in em. Plain strings are primary lines. */
export function labelMark(lines: (LabelLine | string)[], attrs: Record<string, Attr>, lineHeight = 1.25): string {
  return h(
    'text',
    attrs,
    lines.map((l, i) =>
      h(
        'tspan',
        {
          x: attrs.x,
          dy: i === 0 ? undefined : `${lineHeight}em`,
          class: typeof l !== 'string' && l.sub ? 'c-sub' : undefined,
        },
        text(typeof l === 'string' ? l : l.text),
      ),
    ),
  );
}
