/**
 * The site's one page script: it loads the behaviour of each custom element on the page, after the first
 * screen is drawn and only once one of those elements comes within about a screen and a half of the viewport.
 * Components that need behaviour render <Enhance /> (src/components/Enhance.astro), which sends this script
 * once per page, whatever the number of components.
 *
 * Everything on our pages reads without JavaScript (the server writes every text, chart and map); scripts only
 * add behaviour. So they need not compete with the HTML, the CSS and the serif font for a slow connection while
 * the first screen is drawn, and a chart, a scrolly or a share box far down the page costs a phone nothing until
 * the reader gets near it. The custom elements upgrade their markup in place: nothing moves when they arrive.
 *
 * One entry instead of one per component: the modules below load in parallel straight from it, where separate
 * entries would each wait for a shared chunk first (one more round trip on a slow phone network).
 */

/** Custom element tag -> its module (which defines it). */
const ENHANCEMENTS: Record<string, () => Promise<unknown>> = {
  'scrolly-steps': () => import('./scrolly/scrolly-steps.ts'),
  'story-map': () => import('./map/story-map.ts'),
  'story-chart': () => import('./charts/story-chart.ts'),
  'share-box': () => import('./share.ts'),
  'timeline-filter': () => import('./timeline-filter.ts'),
  'map-explore': () => import('./map/map-explore.ts'),
};

/** How far beyond the viewport an element starts loading its behaviour. */
const NEAR = '150% 0px';

/** Calls `run` after the first contentful paint (at the `load` event where the browser does not report paints). */
function afterFirstPaint(run: () => void): void {
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return run();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    if (document.readyState === 'complete') run();
    else addEventListener('load', run, { once: true });
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    run();
  }).observe({ type: 'paint', buffered: true });
}

/** Calls `load` once any of `elements` is near the viewport. */
function whenNear(elements: Element[], load: () => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: NEAR },
  );
  for (const element of elements) observer.observe(element);
}

const pending = Object.entries(ENHANCEMENTS).flatMap(([tag, load]) => {
  const elements = [...document.querySelectorAll(tag)];
  const run = () => void load().catch((error: unknown) => console.error(error));
  return elements.length > 0 ? [{ elements, run }] : [];
});

// Inside a frame (an embed) everything loads at once: the host page already put off loading the frame, and
// browsers throttle the rendering of frames off screen, so waiting there for a paint or an intersection would
// only hold the behaviour back.
if (window.top !== window || !('IntersectionObserver' in window)) for (const p of pending) p.run();
else afterFirstPaint(() => pending.forEach((p) => whenNear(p.elements, p.run)));
