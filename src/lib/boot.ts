/**
 * The one inline script of every page (Base.astro writes it into <head>). It decides two things that must not
 * compete with the first screen for a slow phone's connection:
 *
 * - **The web font.** Text is set in the metric-matched fallback serif ('Serif Fallback' in Fonts.astro) until the
 *   serif web font is known to be in the browser's cache. After the first paint, the page prefetches the font files
 *   at idle time, and once they are in, a flag in localStorage ({@link WEBFONT_KEY}) tells the next pages to use it:
 *   `<html data-webfont>` switches `--serif` to it, and `font-display: optional` draws a cached font from the first
 *   frame. So a first visit never waits for the font (and never swaps fonts mid-read), and later pages have it.
 *   If the cache was cleared since, `optional` falls back without a shift. Without JavaScript the fallback stays.
 * - **Behaviour scripts.** Components with behaviour render <Enhance />, whose module script src/middleware.ts wraps
 *   in an inert `<template data-enhance>` ({@link deferEnhanceScript}). Once the page has drawn its first screen (and is parsed), the script is cloned
 *   into the document, which runs it (src/scripts/enhance.ts). So no script is requested while the first screen is
 *   drawn. In a frame (an embed) it runs as soon as the page is parsed: the host page already put off loading the
 *   frame, and browsers throttle the painting of frames off screen, so waiting for a paint would hold it back.
 *
 * Written as a function so that it is type-checked and unit-tested; {@link bootScript} is its source, inlined.
 */

/** localStorage key: "1" once the serif web font has been loaded (so the HTTP cache holds it). */
export const WEBFONT_KEY = 'stc-webfont';

export function boot(win: Window & typeof globalThis, key: string, fonts: string[]): void {
  const doc = win.document;
  let cached = false;
  try {
    cached = win.localStorage.getItem(key) === '1';
  } catch {
    // Storage blocked: every page is a first visit.
  }
  /** A <link rel> for one of the font files, added to <head>. */
  const fontLink = (rel: 'preload' | 'prefetch', href: string) => {
    const link = Object.assign(doc.createElement('link'), { rel, as: 'font', href, crossOrigin: '' });
    link.type = 'font/woff2';
    doc.head.append(link);
    return link;
  };
  if (cached) {
    doc.documentElement.setAttribute('data-webfont', '');
    // Asked for now, from the cache, rather than when the text is first styled: `optional` uses a font only if it
    // is there within a few frames.
    for (const href of fonts) fontLink('preload', href);
  }
  const framed = win.top !== win;
  const painted = new Promise<void>((resolve) => {
    const Observer = win.PerformanceObserver;
    if (framed) resolve();
    else if (win.performance.getEntriesByName('first-contentful-paint').length > 0) resolve();
    else if (Observer?.supportedEntryTypes?.includes('paint')) {
      new Observer((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
    } else win.addEventListener('load', () => resolve(), { once: true });
  });
  const parsed = new Promise<void>((resolve) => {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    else resolve();
  });
  void Promise.all([painted, parsed]).then(() => {
    // Into <head>, leaving the template where it is: a change to the body would have the browser restyle it.
    for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[data-enhance]')) {
      doc.head.append(doc.importNode(template.content, true));
    }
    if (cached || framed) return;
    // Fetched for the next pages, not used on this one: `prefetch` fills the HTTP cache at the lowest priority,
    // where loading the faces here (FontFaceSet.load) would have the whole page's style recomputed for each.
    const warm = () => {
      let left = fonts.length;
      for (const href of fonts) {
        fontLink('prefetch', href).addEventListener('load', () => {
          if (--left > 0) return;
          try {
            win.localStorage.setItem(key, '1');
          } catch {
            // Storage blocked: nothing to remember.
          }
        });
      }
    };
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(warm, { timeout: 4000 });
    else win.setTimeout(warm, 1000);
  });
}

/** The inline <script> text (classic script, run in <head>), given the URLs of the serif web font's files. */
export function bootScript(fontUrls: string[]): string {
  // The function as compiled, without its indentation.
  return `(${boot.toString().replace(/\n\s+/g, '\n')})(window,${JSON.stringify(WEBFONT_KEY)},${JSON.stringify(fontUrls)})`;
}

/** The <script> Astro renders for Enhance.astro's processed script (built: /_astro/Enhance.astro_astro_type_script…; dev: /src/components/Enhance.astro?astro&type=script…). */
const ENHANCE_SCRIPT = /<script type="module" src="[^"]*\/Enhance\.astro[^"]*"><\/script>/g;

/** Wraps a page's Enhance script in `<template data-enhance>`, for {@link boot} to run after the first paint. */
export function deferEnhanceScript(html: string): string {
  return html.replace(ENHANCE_SCRIPT, (script) => `<template data-enhance>${script}</template>`);
}
