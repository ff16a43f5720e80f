/**
 * The interactive mark wrapper: a group that <story-chart> (src/scripts/charts/story-chart.ts) makes focusable, with
 * its highlight key, the data ids it plots (the test compares them with the CSV) and its tooltip, in that order.
 */
import { h, type Attr, type Child } from '../svg.ts';

export interface MarkData {
  /** What `data-highlight` matches (a year, a row id). */
  key: string;
  /** Ids of the data rows the mark plots. */
  ids: string[];
  /** Tooltip and accessible label. */
  tip: string;
}

/** The mark's attributes, in the order every chart writes them. */
export const markAttrs = (m: MarkData, cls = 'c-mark'): Record<string, Attr> => ({
  class: cls,
  'data-key': m.key,
  'data-ids': m.ids.join(' '),
  'data-tip': m.tip,
});

/** A <g class="c-mark"> around a mark's parts. */
export const markGroup = (m: MarkData, ...children: Child[]) => h('g', markAttrs(m), ...children);
