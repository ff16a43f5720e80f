// Checks that apply to EVERY built page. Pages are discovered from dist/ when this file is
// loaded, so a new page is covered without new test code. One test per page per check, so a
// failure names both. Each describe block sets the browser state its check needs (phone
// viewport, dark scheme, no JavaScript); all of them run in the `desktop` project only.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { listPages, PHONE, scrollThrough, trackCspViolations, trackRequests } from './helpers.ts';

const pages = listPages();

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core and fails with a readable list of violations (rule, impact, targets, summary).
 * The only frames on the site are previews of its own embed pages (/embed/), and each of those is a page
 * of this suite, checked on its own; so axe leaves frames out here (embed.spec.ts checks that each has a title).
 */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude('iframe').analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
  expect(results.violations.length, `axe-core violations:\n\n${report}`).toBe(0);
}

test.describe('no foreign, failed or erroring requests, and nothing the Content-Security-Policy refuses (desktop)', () => {
  for (const { url } of pages) {
    test(url, async ({ page }) => {
      // The embed index holds ~40 framed pages, each loading its own scripts and files as it is scrolled to: on two
      // busy cores the network can take most of a minute to go quiet (alone, about 7 s).
      if (url.endsWith('/embed/')) test.slow();
      const log = trackRequests(page);
      const csp = await trackCspViolations(page);
      const response = await page.goto(url);
      // Beside the page's <meta> policy, the header from dist/_headers (as on the deployed site) says who may frame it.
      expect.soft(response?.headers()['content-security-policy'] ?? '', 'CSP header').toContain('frame-ancestors');
      await scrollThrough(page, url.endsWith('/embed/') ? 60_000 : 10_000);
      // Soft: report all three kinds of problem at once, not just the first.
      expect.soft(log.foreign, `requests to other origins:\n${log.foreign.join('\n')}`).toEqual([]);
      expect.soft(log.failed, `failed requests:\n${log.failed.join('\n')}`).toEqual([]);
      expect.soft(log.errors, `console / page errors:\n${log.errors.join('\n')}`).toEqual([]);
      expect.soft(csp, `Content-Security-Policy violations:\n${csp.join('\n')}`).toEqual([]);
    });
  }
});

test.describe('axe WCAG 2.2 AA, light scheme', () => {
  test.use({ colorScheme: 'light' });
  for (const { url } of pages) {
    test(url, async ({ page }) => {
      // axe over a long page (the timeline, the sources list) can take many seconds on two busy cores.
      test.slow();
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('axe WCAG 2.2 AA, dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const { url } of pages) {
    test(url, async ({ page }) => {
      // axe over a long page (the timeline, the sources list) can take many seconds on two busy cores.
      test.slow();
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      await expectNoAxeViolations(page);
    });
  }
});

// 390 px is a common phone; 320 px is WCAG's reflow width (1.4.10), a small phone or a zoomed-in desktop.
for (const width of [390, 320]) {
  test.describe(`no horizontal scrolling at ${width}px (phone)`, () => {
    test.use({ ...PHONE, viewport: { width, height: 844 } });
    for (const { url } of pages) {
      test(url, async ({ page }) => {
        await page.goto(url);
        await page.evaluate(() => document.fonts.ready);
        const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
          const root = document.documentElement;
          // Name the elements sticking out, to make a failure actionable.
          const culprits = [...document.body.querySelectorAll('*')]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
            .slice(0, 8)
            .map((el) => {
              const id = el.id ? `#${el.id}` : '';
              const cls =
                typeof el.className === 'string' && el.className.trim()
                  ? `.${el.className.trim().split(/\s+/).join('.')}`
                  : '';
              return `${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`;
            });
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
        });
        // With isMobile, a page without <meta name="viewport" content="width=device-width, …">
        // is laid out 980px wide and would pass the overflow check vacuously.
        expect(
          clientWidth,
          `layout viewport is not ${width}px: missing <meta name="viewport" content="width=device-width, initial-scale=1">?`,
        ).toBe(width);
        expect(
          scrollWidth,
          `page is ${scrollWidth}px wide at ${clientWidth}px; elements past the edge:\n${culprits.join('\n')}`,
        ).toBeLessThanOrEqual(clientWidth);
      });
    }
  });
}

test.describe('readable without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { url } of pages) {
    test(url, async ({ page }) => {
      await page.goto(url);
      const main = page.locator('main');
      await expect(main, 'exactly one <main> element').toHaveCount(1);
      await expect(main).toBeVisible();
      const h1 = main.locator('h1');
      await expect(h1, '<main> contains one <h1>').toHaveCount(1);
      await expect(h1).toBeVisible();
      await expect(h1).not.toHaveText(/^\s*$/);
      // Text beyond the heading must be rendered without JS (innerText skips hidden content).
      const [mainText, h1Text] = await Promise.all([main.innerText(), h1.innerText()]);
      const rest = mainText.replace(h1Text, '').trim();
      expect(rest.length, '<main> has no visible text besides its <h1> without JavaScript').toBeGreaterThan(0);
      // Ids are unique (labels, tooltips and note links point at them).
      const duplicates = await page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
        return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} (${n}×)`);
      });
      expect(duplicates, 'duplicate ids').toEqual([]);
      // Headings go down one level at a time (h1, then h2, …), so a screen reader's outline has no holes.
      const skips = await page.evaluate(() => {
        let previous = 0;
        const out: string[] = [];
        for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
          const level = Number(h.tagName[1]);
          if (level > previous + 1)
            out.push(`h${previous || '(none)'} → ${h.tagName.toLowerCase()} "${h.textContent?.trim().slice(0, 60)}"`);
          previous = level;
        }
        return out;
      });
      expect(skips, 'headings that skip a level').toEqual([]);
      // An element the first frame waits for (<link rel="expect" blocking="render">, Base.astro's `opening`) is on
      // the page and starts in its first screen: a missing one would hold the first frame until the whole page is
      // parsed, a late one until most of it is.
      const expected = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel~="expect"]')].map((link) => {
          const id = decodeURIComponent(new URL(link.href).hash.slice(1));
          const el = document.getElementById(id);
          const top = el?.checkVisibility() ? el.getBoundingClientRect().top : undefined;
          return { id, top: top ?? null, screen: innerHeight };
        }),
      );
      for (const { id, top, screen } of expected) {
        expect(top, `#${id}, which the first frame waits for, is not on the page (or not shown)`).not.toBeNull();
        expect(top!, `#${id}, which the first frame waits for, starts below the first screen`).toBeLessThan(screen);
      }
    });
  }
});
