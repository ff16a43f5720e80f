/**
 * The site's one page script: it loads the behaviour of each custom element the page holds once one of those
 * elements comes within about a screen and a half of the viewport: a chart, a scrolly or a share box far down the page costs a phone nothing until the
 * reader gets near it. Components that need behaviour render <Enhance /> (src/components/Enhance.astro),
 * which sends this script once per page, whatever the number of components. The page's boot script runs it only
 * after the first screen is drawn (src/lib/boot.ts).
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

/** Runs `load` once any of `elements` is near the viewport (at once without IntersectionObserver, or in a frame). */
function whenNear(elements: Element[], load: () => Promise<unknown>): Promise<unknown> {
  // In a frame (an embed) the host page already decided when to load it; load at once (see src/lib/boot.ts).
  if (window.top !== window || !('IntersectionObserver' in window)) return load();
  return new Promise((resolve, reject) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        load().then(resolve, reject);
      },
      { rootMargin: NEAR },
    );
    // An element inside a scrolly (a live map, the share box that follows its steps) comes alive with the scrolly:
    // a deep link to a step lands far from the scrolly's end, where its share box sits.
    for (const element of elements) observer.observe(element.closest('scrolly-steps') ?? element);
  });
}

Promise.all(
  Object.entries(ENHANCEMENTS).flatMap(([tag, load]) => {
    const elements = [...document.querySelectorAll(tag)];
    return elements.length > 0 ? [whenNear(elements, load)] : [];
  }),
).catch((error: unknown) => console.error(error));
