/**
 * Layout helpers shared by every chart kind: the two widths a chart is drawn at, the phone test, and the
 * compute → render pass that yields one SVG per layout.
 */
import { WIDTHS, type Layout } from './types.ts';

/** Below this width a chart uses its stacked phone layout (labels above marks, fewer ticks). */
export const PHONE_BELOW = 500;

/** Whether a width gets the phone layout. */
export const isPhone = (width: number): boolean => width < PHONE_BELOW;

/** Computes and renders a chart at every width in WIDTHS: `{ phone, desktop }` SVG strings. */
export function svgAtWidths<L>(compute: (width: number) => L, render: (layout: L, kind: Layout) => string) {
  const out = {} as Record<Layout, string>;
  for (const kind of Object.keys(WIDTHS) as Layout[]) out[kind] = render(compute(WIDTHS[kind]), kind);
  return out;
}
