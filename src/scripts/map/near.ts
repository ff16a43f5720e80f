/**
 * When a live map starts loading: once its block is within one viewport of the screen, above or below.
 * The element's module itself loads when the reader is a screen and a half away (src/scripts/enhance.ts).
 */

/** IntersectionObserver margin: one viewport beyond each edge of the screen. */
export const NEAR_MAP = '100% 0px 100% 0px';

/**
 * Whether `el` is within {@link NEAR_MAP} of the screen now: the check an IntersectionObserver's first report
 * would make, without waiting for that report. The report comes with the next rendered frame, and after a fast
 * scroll on a slow phone the next frame can be hundreds of milliseconds away. An element that is not rendered
 * (no boxes) is left to the observer.
 */
export function nearViewport(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  const r = el.getBoundingClientRect();
  return r.bottom >= -innerHeight && r.top <= 2 * innerHeight;
}
