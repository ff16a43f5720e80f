/**
 * The site's one page script: it loads the behaviour of each custom element the page holds, after the first
 * screen is drawn (see after-paint.ts). Components that need behaviour render <Enhance /> (src/components/Enhance.astro),
 * which sends this script once per page, whatever the number of components.
 *
 * One entry instead of one per component: the modules below load in parallel straight from it, where separate
 * entries would each wait for a shared chunk first (one more round trip on a slow phone network).
 */
import { afterPaint } from './after-paint.ts';

/** Custom element tag -> its module (which defines it). */
const ENHANCEMENTS: Record<string, () => Promise<unknown>> = {
  'scrolly-steps': () => import('./scrolly/scrolly-steps.ts'),
  'story-map': () => import('./map/story-map.ts'),
  'story-chart': () => import('./charts/story-chart.ts'),
  'share-box': () => import('./share.ts'),
  'timeline-filter': () => import('./timeline-filter.ts'),
  'map-explore': () => import('./map/map-explore.ts'),
};

afterPaint(() =>
  Promise.all(
    Object.entries(ENHANCEMENTS)
      .filter(([tag]) => document.querySelector(tag))
      .map(([, load]) => load()),
  ),
);
