/**
 * Hashes of the inline code that a page's body writes: the scrolly's mode script and the charts' box styles.
 * Astro writes a page's Content-Security-Policy <meta> when it reaches </head>, before the body renders, so the
 * body's own hashes come too late for it; Base.astro registers these in its head instead. They are the same on
 * every page (a handful: one script and two boxes per chart), and Chart.astro fails the build if one of its styles
 * is not among them, rather than let the browser refuse it.
 */
import { buildChart } from '../charts/index.ts';
import { svgAspectRatio } from '../charts/svg.ts';
import { cspHash, type CspHash } from './csp.ts';
import { getData } from './data.ts';
import { MODE_SCRIPT } from './scrolly-contract.ts';
import { site } from './site.ts';
import { CHART_IDS } from '../story/steps.ts';

/** The style attribute of a chart drawing's box: its SVG's aspect ratio, so its height is known before layout. */
export function chartBoxStyle(svgMarkup: string): string {
  return `aspect-ratio: ${svgAspectRatio(svgMarkup)}`;
}

let memo: { scripts: CspHash[]; styleAttributes: CspHash[] } | undefined;

export function bodyInlineHashes(): { scripts: CspHash[]; styleAttributes: CspHash[] } {
  if (memo) return memo;
  const data = getData();
  const styles = new Set<CspHash>();
  for (const id of CHART_IDS) {
    const { svg } = buildChart(id, data, { locale: site.locale });
    styles.add(cspHash(chartBoxStyle(svg.phone)));
    styles.add(cspHash(chartBoxStyle(svg.desktop)));
  }
  memo = { scripts: [cspHash(MODE_SCRIPT)], styleAttributes: [...styles] };
  return memo;
}
