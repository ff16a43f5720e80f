// Shared helpers for the end-to-end tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { basePath, distDir } from '../../scripts/serve.mjs';

/** The phone profile (also used by the `phone` project in playwright.config.ts). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;

export interface BuiltPage {
  /** URL path including the base path, e.g. `/sever-the-chain/sources/`. */
  url: string;
  /** File relative to dist/, e.g. `sources/index.html`. */
  file: string;
}

/**
 * Every built HTML page, found by walking dist/ so that new pages are covered without
 * new test code. `x/index.html` becomes `<base>x/`, any other `y.html` becomes `<base>y.html`
 * (404.html included: the every-page checks apply to it too; server.spec.ts checks its status).
 *
 * Skipped: files under `_`/`.` directories (Astro's `_astro/` assets), HTML fragments without
 * an `<html>` element, and meta-refresh redirect stubs (as written by Astro's `redirects`).
 */
export function listPages(): BuiltPage[] {
  const dist = distDir();
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    throw new Error(
      `No built site at ${dist}. Run \`npm run build\` first (\`npm test\` builds before the e2e tests).`,
    );
  }
  const base = basePath(dist);
  const pages: BuiltPage[] = [];

  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_') && !entry.name.startsWith('.')) walk(full);
        continue;
      }
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const html = readFileSync(full, 'utf8');
      if (!/<html[\s>]/i.test(html)) continue;
      if (/<meta[^>]+http-equiv=["']?refresh/i.test(html)) continue;

      const file = path.relative(dist, full).split(path.sep).join('/');
      const rel = entry.name === 'index.html' ? file.slice(0, -'index.html'.length) : file;
      pages.push({ url: base + rel.split('/').map(encodeURIComponent).join('/'), file });
    }
  };
  walk(dist);

  if (pages.length === 0) throw new Error(`No HTML pages found in ${dist}.`);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

export interface RequestLog {
  /** Requests to any origin other than the test server's. */
  foreign: string[];
  /** Requests that failed at the network level, or answered with status >= 400. */
  failed: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
}

/**
 * Records, from now on, everything on `page` that a clean offline page must not do.
 * Call before `page.goto`. `origin` defaults to the origin of the project's baseURL.
 */
export function trackRequests(page: Page, origin = defaultOrigin()): RequestLog {
  const log: RequestLog = { foreign: [], failed: [], errors: [] };

  page.on('request', (request) => {
    const url = request.url();
    // data: and blob: URLs never leave the page (blob:'s origin is the page's anyway).
    if (url.startsWith('data:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) log.foreign.push(`${request.method()} ${url}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'unknown error';
    // Requests the page cancels itself (AbortController, e.g. MapLibre dropping tiles it no
    // longer needs) are not failures; a cancelled document load still is.
    if (error === 'net::ERR_ABORTED' && request.resourceType() !== 'document') return;
    log.failed.push(`${request.method()} ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      log.failed.push(`${response.request().method()} ${response.url()} (HTTP ${response.status()})`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      log.errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.stack ?? error.message}`));

  return log;
}

/**
 * Records every Content-Security-Policy violation on `page` and in its frames from now on (the browser's
 * `securitypolicyviolation` event: the directive, what it blocked, and where). Await it before `page.goto`.
 */
export async function trackCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__stcCspViolation', ({ frame }, text: string) => {
    violations.push(`${text} (in ${frame.url()})`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __stcCspViolation: (text: string) => void }).__stcCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}${e.sample ? `: ${e.sample}` : ''}`,
      );
    });
  });
  return violations;
}

function defaultOrigin(): string {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('trackRequests: no baseURL configured; pass the server origin explicitly.');
  return new URL(baseURL).origin;
}

/**
 * Scrolls through the whole page in viewport-sized steps, so content loaded on scroll
 * (scrollytelling steps, a lazily started map, lazy frames) is requested too, then waits for the
 * network to go quiet. With frames on the page (the embed index) "quiet" is: every frame has loaded
 * and no request has started or ended for a second. Playwright's network-idle also waits on each
 * frame's own lifecycle, which under heavy CPU load some lazily loaded frames never report, though
 * every request has finished (seen on the build before this helper changed, too).
 */
export async function scrollThrough(page: Page, idleTimeout = 10_000): Promise<void> {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (r: Request) => (inFlight.add(r), (lastChange = Date.now()));
  const ended = (r: Request) => (inFlight.delete(r), (lastChange = Date.now()));
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let i = 0; i < 80; i++) {
      const before = window.scrollY;
      // 'instant' overrides a CSS `scroll-behavior: smooth`, which would make scrollY lag.
      window.scrollBy({ top: step, behavior: 'instant' });
      await new Promise((resolve) => setTimeout(resolve, 60));
      if (window.scrollY === before) break; // reached the bottom
    }
  });
  try {
    if ((await page.locator('iframe').count()) === 0) {
      await page.waitForLoadState('networkidle', { timeout: idleTimeout });
      return;
    }
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.readyState === 'complete'),
          ),
        { timeout: idleTimeout, message: 'every frame loads' },
      )
      .toBe(true);
    await expect
      .poll(() => inFlight.size === 0 && Date.now() - lastChange > 1000, {
        timeout: idleTimeout,
        message: 'the network goes quiet',
      })
      .toBe(true);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** A share box's text, by its caption ("Link", "Cite", "Embed code…"): the listing in that captioned figure. */
export const shareText = (scope: Locator, name: string | RegExp, includeHidden = false) =>
  scope.getByRole('figure', { name, includeHidden }).locator('pre');
