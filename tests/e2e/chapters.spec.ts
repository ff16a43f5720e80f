// The story's promises, checked on every built chapter: figures come from data (no digit typed into prose),
// every fact traces to a row of the published data package, and readers get the chapter furniture.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../../scripts/serve.mjs';
import { listPages, shareText } from './helpers.ts';

const chapters = listPages().filter((p) => /\/chapters\/[^/]+\/$/.test(p.url) && !p.url.includes('/embed/'));
const dist = distDir();
const version = JSON.parse(readFileSync(path.join(dist, 'data/datapackage.json'), 'utf8')).version as string;

/** Ids in the first column of a published CSV (the site's own download). */
function ids(table: string): Set<string> {
  const text = readFileSync(path.join(dist, 'data', `${table}.csv`), 'utf8');
  return new Set(
    text
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!)
      .filter(Boolean),
  );
}

test('there are chapters', () => {
  expect(chapters.length).toBeGreaterThan(0);
});

for (const { url } of chapters) {
  test.describe(url, () => {
    test('no digit in prose unless it comes from data or is a note number', async ({ page }) => {
      await page.goto(url);
      const stray = await page.evaluate(() => {
        const root = document.querySelector('article')!.cloneNode(true) as HTMLElement;
        // Data-driven elements: facts, note numbers, figures (charts and maps render data), the notes list,
        // the chapter navigation (counts of chapters), the reading-time line and the share controls (generated
        // links, embed codes and citations).
        root
          .querySelectorAll(
            '[data-fact], .cite, figure, svg, table, .notes, .chapter-nav, .kicker, .meta, share-box, [data-generated]',
          )
          .forEach((n) => n.remove());
        const out: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = n.textContent ?? '';
          if (/\d/.test(t)) out.push(t.trim().slice(0, 120));
        }
        return out;
      });
      expect(stray, 'typed digits in chapter prose (use <Fact id="…"/>)').toEqual([]);
    });

    test('every fact names an existing data row and shows its source', async ({ page }) => {
      await page.goto(url);
      const facts = await page
        .locator('[data-fact]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')!));
      expect(facts.length).toBeGreaterThan(0);
      for (const ref of new Set(facts)) {
        const [table, id] = ref.split(':') as [string, string];
        if (table === 'stats') continue;
        expect(ids(table).has(id), `${ref} is in data/${table}.csv`).toBe(true);
      }
      // Focus shows the source: the tooltip becomes visible and names a publisher.
      const first = page.locator('[data-fact]:not([data-fact^="stats:"]) a').first();
      await first.focus();
      const tip = page.locator('[data-fact]:not([data-fact^="stats:"]) [role="tooltip"]').first();
      await expect(tip).toBeVisible();
      await expect(tip).toContainText('Source');
    });

    test('summary, reading time, notes and chapter navigation', async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'In this chapter' })).toBeVisible();
      await expect(page.locator('.chapter__head .meta')).toContainText(/\d+ min read/);
      // The first frame waits for the whole opening (title, dek, summary), not the masthead alone.
      const opening = await page.locator('link[rel="expect"][blocking="render"]').getAttribute('href');
      await expect(page.locator(`header${opening}`)).toContainText(await page.locator('h1').innerText());
      await expect(page.locator(`header${opening}`).getByRole('heading', { name: 'In this chapter' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeVisible();
      const notes = page.locator('.notes li');
      const cites = page.locator('.cite a');
      if ((await cites.count()) > 0) {
        // Every note number in the text points at an entry in the notes list.
        const targets = await cites.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
        for (const t of new Set(targets)) await expect(page.locator(t)).toHaveCount(1);
        expect(await notes.count()).toBe(new Set(targets).size);
      }
      await expect(page.locator('footer')).toContainText(`Data version ${version}`);
      // A citation that pins the data version, for reading lists.
      const share = page.locator('share-box').filter({ hasText: 'Share or embed this chapter' });
      await share.getByText('Share or embed').click();
      await expect(shareText(share, 'Cite')).toHaveText(
        new RegExp(`Data version ${version.replaceAll('.', '\\.')}\\.`),
      );
      await expect(shareText(share, 'BibTeX')).toHaveText(
        new RegExp(`version = \\{${version.replaceAll('.', '\\.')}\\}`),
      );
    });
  });
}

test('home lists every chapter with a reading time, and credits', async ({ page }) => {
  await page.goto('./');
  const items = page.locator('.toc li');
  await expect(items).toHaveCount(chapters.length);
  for (const item of await items.all()) await expect(item).toContainText(/\d+ min read/);
  await expect(page.getByRole('heading', { name: 'Credits' })).toBeVisible();
  await expect(page.locator('footer')).toContainText(`Data version ${version}`);
});

test('a chapter draws its first screen before any behaviour script loads; elements come alive as the reader nears them', async ({
  page,
}) => {
  await page.goto(chapters[0]!.url);
  const scrolly = page.locator('scrolly-steps').first();
  // Nothing far below the first screen has loaded its behaviour yet.
  expect(await scrolly.evaluate((el) => el.getBoundingClientRect().top > innerHeight * 3)).toBe(true);
  expect(await page.evaluate(() => customElements.get('scrolly-steps'))).toBeUndefined();
  // Near it, the behaviour arrives: the scrolly's buttons are shown once its element is defined.
  await scrolly.scrollIntoViewIfNeeded();
  await expect(scrolly.getByRole('button', { name: 'Read as article' })).toBeVisible();
  const { fcp, modules } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    modules: performance
      .getEntriesByType('resource')
      .filter((r) => /\/_astro\/(scrolly-steps|story-map|story-chart|share)\.[^/]*\.js$/.test(r.name))
      .map((r) => ({ name: r.name, start: r.startTime })),
  }));
  expect(fcp).toBeGreaterThan(0);
  expect(modules.length).toBeGreaterThan(0);
  for (const m of modules)
    expect(m.start, `${m.name} was requested before the first paint`).toBeGreaterThanOrEqual(fcp);
});

test('a first visit draws its first screen from the HTML alone; the serif font is fetched after it, for the next page', async ({
  page,
}) => {
  await page.goto(chapters[0]!.url);
  // After the first paint, at idle time, the serif font's files are prefetched, and the page remembers it.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('stc-webfont'))).toBe('1');
  const first = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    before: performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime < performance.getEntriesByName('first-contentful-paint')[0]!.startTime)
      .map((r) => r.name),
    fonts: performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.woff2'))
      .map((r) => r.name),
    webfont: document.documentElement.hasAttribute('data-webfont'),
    serif: [...document.fonts].filter((f) => f.family === 'Source Serif').map((f) => f.status),
  }));
  expect(first.fcp).toBeGreaterThan(0);
  // No script, font, icon or stylesheet request stands between the HTML and the first screen.
  expect(first.before).toEqual([]);
  // This page keeps the metric-matched fallback: the font is not swapped in mid-read.
  expect(first.webfont).toBe(false);
  expect(first.serif).not.toContain('loaded');
  expect(first.fonts).toHaveLength(2);
  expect(await renderedFonts(page, '.chapter__body p')).not.toContain('Source Serif 4');
  // The next page finds the font cached and draws its text in it.
  await page.goto(chapters[1]!.url);
  expect(await page.locator('html').getAttribute('data-webfont')).toBe('');
  await page.evaluate(() => document.fonts.ready);
  expect(await renderedFonts(page, '.chapter__body p')).toEqual(['Source Serif 4']);
});

/** The font families Chromium actually drew the first element matching `selector` with. */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

/**
 * A chapter's chart drawings are laid out only as the reader nears them (content-visibility), which keeps a phone's
 * first screen cheap. That must not be visible: a drawing's box has its drawing's proportions, so it has its final
 * size before it is drawn and nothing below it moves when it is.
 */
test.describe('drawing charts late moves nothing', () => {
  for (const { url } of chapters) {
    test(url, async ({ page }) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        // Every chart drawing shown at this width (not the scrolly's copies), then the notes: where they are, and
        // whether the drawing is laid out yet; first bringing block `show` on screen, as a reader would.
        const measure = (show = -1) =>
          page.evaluate(async (show) => {
            const blocks = [...document.querySelectorAll<HTMLElement>('.chart__svg, .notes')].filter(
              (e) => getComputedStyle(e).display !== 'none' && !e.closest('.scrolly__panel, .scrolly-step'),
            );
            if (show >= 0) {
              blocks[show]!.scrollIntoView({ behavior: 'instant' });
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
            return blocks.map((e) => {
              const r = e.getBoundingClientRect();
              return {
                what: e.matches('.notes') ? 'notes' : `chart ${e.closest('[data-chart]')?.getAttribute('data-chart')}`,
                top: r.top + scrollY,
                height: r.height,
                far: r.top > innerHeight * 2,
                drawn: e.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
              };
            });
          }, show);
        const before = await measure();
        const charts = before.filter((b) => b.what !== 'notes');
        if (charts.length === 0) continue;
        for (const b of charts.filter((b) => b.far))
          expect(b.drawn, `${b.what} at ${width}px, far below the first screen, is not drawn yet`).toBe(false);
        // Each drawing in turn, top to bottom (the notes come after them all).
        for (const [i, b] of charts.entries()) {
          const now = (await measure(i))[i]!;
          expect(now.drawn, `${b.what} at ${width}px is drawn once on screen`).toBe(true);
          expect(Math.abs(now.height - b.height), `${b.what} at ${width}px keeps its height`).toBeLessThanOrEqual(0.5);
        }
        // Everything after the drawings is where it was.
        const notesBefore = before.at(-1)!;
        const notesAfter = (await measure()).at(-1)!;
        expect(notesAfter.what).toBe('notes');
        expect(
          Math.abs(notesAfter.top - notesBefore.top),
          `the notes at ${width}px have not moved`,
        ).toBeLessThanOrEqual(1);
      }
    });
  }
});

test('a note number leads to its note, and the note back to the text, smoothly and exactly', async ({ page }) => {
  await page.goto(chapters[0]!.url);
  // The page scrolls smoothly once a link has focus (global.css): wait until it comes to rest.
  const settled = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const y = scrollY;
          setTimeout(() => resolve(scrollY === y), 300);
        }),
    );
  const cite = page.locator('.cite a').first();
  const target = (await cite.getAttribute('href'))!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect.poll(settled).toBe(true);
  const note = page.locator(target);
  await expect(note).toBeInViewport();
  await note.getByRole('link', { name: /Back to note/ }).click();
  await expect.poll(settled).toBe(true);
  await expect(cite).toBeInViewport();
});
