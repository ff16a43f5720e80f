/**
 * Loads a page's enhancement scripts once the page has drawn its first screen, instead of with it.
 *
 *   <script> import { afterPaint } from '../../scripts/after-paint.ts'; afterPaint(() => import('../../scripts/share.ts')); </script>
 *
 * Everything on our pages reads without JavaScript (the server writes every text, chart and map); scripts only add
 * behaviour, to parts that sit below the first screen. So they need not compete with the HTML, the CSS and the
 * serif font for a slow connection while the first screen is drawn: only this small loader comes with the page,
 * and the custom elements it imports after the first contentful paint upgrade their markup in place (nothing
 * moves when they arrive). Where the browser does not report paints, they load at the `load` event.
 *
 * Inside a frame (an embed) they load at once: the host page already put off loading the frame, and browsers
 * throttle the rendering of frames off screen, so waiting there for a paint would only hold the behaviour back.
 */
export function afterPaint(load: () => Promise<unknown>): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    load().catch((error: unknown) => console.error(error));
  };
  if (window.top !== window || performance.getEntriesByName('first-contentful-paint').length > 0) return run();
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      run();
    }).observe({ type: 'paint', buffered: true });
  } else if (document.readyState === 'complete') run();
  else addEventListener('load', run, { once: true });
}
