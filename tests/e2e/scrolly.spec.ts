// The scrolly engine against the built site: the active step and the sticky graphic must follow the reader in
// both directions, at phone and desktop sizes, through slow scrolls, flings, URL-bar resizes, 150% zoom and deep
// links; reduced motion and no-JS readers get the stacked article layout. These are the failure modes reported
// against scrollama (#87, #93, #126, #136). The chapter is discovered from dist/: the first chapter page with a
// <scrolly-steps> element; steps are read from the page, never hard-coded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { listPages } from './helpers.ts';
import { distDir } from '../../scripts/serve.mjs';
import { ATTR, SCROLLY_TAG, SELECTOR, STEP_EVENT } from '../../src/lib/scrolly-contract.ts';

/** The first chapter page with a scrolly that has at least two steps. */
function scrollyPage(): string | undefined {
  return listPages().find((p) => {
    if (!p.url.includes('/chapters/') || p.url.includes('/embed/')) return false;
    const html = readFileSync(path.join(distDir(), p.file), 'utf8');
    return html.includes(`<${SCROLLY_TAG}`) && (html.match(/data-scrolly-step=/g)?.length ?? 0) >= 2;
  })?.url;
}
const url = scrollyPage();
test.skip(!url, 'no built chapter has a scrolly');
// Slow machines with software WebGL (a live map on the page) need time; assertions poll, they do not sleep.
test.describe.configure({ timeout: 90_000 });

interface Seen {
  /** The step marked active. */
  active: string | null;
  /** Copies in the sticky panel that are shown (opacity 1), by step id. */
  shown: string[];
  /** Whether the shown copy describes the same state as the active step's own inline figure. */
  sameFigure: boolean;
  /** Whether the panel is on screen. */
  panelOnScreen: boolean;
  hash: string;
}

/** What the reader sees in the first scrolly (the one the test drives). */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(
    ({ S, A }) => {
      const root = document.querySelector('scrolly-steps')!;
      const active = root.querySelector<HTMLElement>(`${S.step}[${A.active}]`);
      const shown = [...root.querySelectorAll<HTMLElement>(S.copy)].filter((c) => getComputedStyle(c).opacity === '1');
      const text = (el: Element | null | undefined) =>
        el?.querySelector('[data-step-description], figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const panel = root.querySelector(S.panel)!.getBoundingClientRect();
      return {
        active: active?.id ?? null,
        shown: shown.map((c) => c.getAttribute(A.copy)!),
        sameFigure: !!active && shown.length === 1 && text(shown[0]) === text(active.querySelector(S.figure)),
        panelOnScreen: panel.height > 0 && panel.top < innerHeight && panel.bottom > 0,
        hash: location.hash,
      };
    },
    { S: SELECTOR, A: ATTR },
  );
}

const stepIds = (page: Page) =>
  page
    .locator(`${SCROLLY_TAG} >> nth=0`)
    .locator(SELECTOR.step)
    .evaluateAll((els) => els.map((e) => e.id));

/** Scrolls (instantly, as a jump or fling does) so step `id`'s top sits at `at` × viewport height. */
async function bringStep(page: Page, id: string, at = 0.3): Promise<void> {
  await page.evaluate(
    ({ id, at }) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top + scrollY;
      window.scrollTo({ top: top - innerHeight * at, behavior: 'instant' });
    },
    { id, at },
  );
}

/** The step a reader is reading: the last one whose top has passed the middle of the viewport. */
function readingStep(page: Page): Promise<string> {
  return page.evaluate((S) => {
    const steps = [...document.querySelector('scrolly-steps')!.querySelectorAll<HTMLElement>(S.step)];
    let id = steps[0]!.id;
    for (const s of steps) if (s.getBoundingClientRect().top <= innerHeight / 2) id = s.id;
    return id;
  }, SELECTOR);
}

/** Resolves once the page has not scrolled for a few frames (a smooth wheel scroll has ended). */
async function atRest(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let y = scrollY;
        let still = 0;
        const tick = () => {
          still = scrollY === y ? still + 1 : 0;
          y = scrollY;
          if (still >= 6) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

async function expectShowing(page: Page, id: string): Promise<void> {
  await expect
    .poll(() => seen(page), { message: `step ${id} active and its graphic shown`, timeout: 10_000 })
    .toMatchObject({ active: id, shown: [id], sameFigure: true, panelOnScreen: true });
}

async function open(page: Page, fragment = ''): Promise<string[]> {
  await page.addInitScript((name) => {
    (window as unknown as { __steps: unknown[] }).__steps = [];
    document.addEventListener(name, (e) =>
      (window as unknown as { __steps: unknown[] }).__steps.push((e as CustomEvent).detail),
    );
  }, STEP_EVENT);
  await page.goto(url! + fragment);
  await expect(page.locator(SCROLLY_TAG).first()).toHaveAttribute(ATTR.mode, 'scrolly');
  return stepIds(page);
}

const events = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __steps: { id: string; direction: string; index: number; previousIndex: number }[] })
        .__steps,
  );

test.describe('scrolly', () => {
  test(
    'scrolling down step by step and back up moves the graphic, in both directions',
    { tag: '@phone' },
    async ({ page }) => {
      const ids = await open(page);
      for (const id of ids) {
        await bringStep(page, id);
        await expectShowing(page, id);
      }
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${ids.at(-1)}`);
      for (const id of [...ids].reverse()) {
        await bringStep(page, id);
        await expectShowing(page, id);
      }
      const log = await events(page);
      const downs = log.filter((e) => e.direction === 'down').map((e) => e.id);
      const ups = log.filter((e) => e.direction === 'up').map((e) => e.id);
      expect(downs).toEqual(ids.slice(1));
      expect(ups).toEqual([...ids].reverse().slice(1));
      // Every event carries the step's state, and reading the element gives the same answer.
      const api = await page.evaluate((tag) => {
        const el = document.querySelector(tag) as unknown as { activeIndex: number; activeState: { kind: string } };
        return { index: el.activeIndex, kind: el.activeState.kind };
      }, SCROLLY_TAG);
      expect(api.index).toBe(0);
      expect(['map', 'chart', 'locator']).toContain(api.kind);

      // Leaving the steps upwards clears the fragment (a reload should not jump back into the scrolly).
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    },
  );

  test('slow scrolling in small wheel steps never misses a step', { tag: '@phone' }, async ({ page }) => {
    const ids = await open(page);
    await bringStep(page, ids[0]!, 0.9);
    const end = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top + scrollY,
      ids.at(-1)!,
    );
    const visited = new Set<string>();
    for (let i = 0; i < 400; i++) {
      await page.mouse.wheel(0, 40);
      await page.waitForTimeout(15);
      if (i % 6 === 5) {
        // A wheel step scrolls smoothly, so the page may still be moving: the engine must agree with the step the
        // reader is reading once the page has come to rest.
        await atRest(page);
        const want = await readingStep(page);
        await expect.poll(async () => (await seen(page)).active, { timeout: 10_000 }).toBe(want);
        visited.add(want);
      }
      if ((await page.evaluate(() => scrollY)) > end) break;
    }
    expect([...visited]).toEqual(ids);
    await expectShowing(page, await readingStep(page));
    // And slowly back up.
    for (let i = 0; i < 400 && (await readingStep(page)) !== ids[0]; i++) {
      await page.mouse.wheel(0, -40);
      await page.waitForTimeout(15);
    }
    await expectShowing(page, ids[0]!);
  });

  test("in scrolly mode each step's own figure is still read by screen readers, off screen too", async ({ page }) => {
    // The inline figures are visually hidden in this mode, and not laid out until near the viewport
    // (content-visibility: auto in scrolly.css): Chromium's accessibility tree must still hold each one's text.
    const ids = await open(page);
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    for (const id of ids) {
      const figure = page.locator(`[id="${id}"] ${SELECTOR.figure}`);
      const description = (await figure
        .locator('[data-step-description], img[alt]')
        .first()
        .evaluate((e) => (e.getAttribute('alt') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim()))!;
      expect(description.length, `step ${id} has a text alternative`).toBeGreaterThan(20);
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: `[id="${id}"] ${SELECTOR.figure} :is([data-step-description], img[alt])`,
      });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes[0]!;
      expect(node.ignored, `step ${id}'s figure is in the accessibility tree`).toBe(false);
      const text = [node.name?.value, ...(node.properties ?? []).map((p) => p.value?.value)].join(' ');
      const own = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: true });
      const all = own.nodes.map((n) => String(n.name?.value ?? '')).join(' ') + text;
      expect(all.replace(/\s+/g, ' '), `step ${id}'s figure is read with its text`).toContain(description.slice(0, 40));
    }
  });

  test('a fling far down and back lands on the right step', { tag: '@phone' }, async ({ page }) => {
    const ids = await open(page);
    await bringStep(page, ids.at(-1)!);
    await expectShowing(page, ids.at(-1)!);
    await bringStep(page, ids[0]!);
    await expectShowing(page, ids[0]!);
  });

  test('the URL bar resizing the viewport mid-scroll keeps the right step', { tag: '@phone' }, async ({ page }) => {
    const ids = await open(page);
    const size = page.viewportSize()!;
    const id = ids[1]!;
    await bringStep(page, id, 0.35);
    await expectShowing(page, id);
    // A phone's URL bar hides and shows: the viewport gets ~100px taller or shorter without a scroll.
    for (const h of [size.height + 100, size.height - 60, size.height]) {
      await page.setViewportSize({ width: size.width, height: h });
      await expectShowing(page, await readingStep(page));
      await page.mouse.wheel(0, 120);
      await expectShowing(page, await readingStep(page));
    }
  });

  test('a deep link opens on that step with its graphic', { tag: '@phone' }, async ({ page }) => {
    const first = await open(page);
    const id = first[1]!;
    await page.goto('about:blank');
    await open(page, `#${id}`);
    await expectShowing(page, id);
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await page.waitForTimeout(600); // past the fragment's debounce: it must not have been rewritten
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    const log = await events(page);
    expect(log[0]).toMatchObject({ id, direction: 'jump', previousIndex: -1 });
  });

  test('at 150% browser zoom', async ({ browser }) => {
    // Browser zoom at 150% on a 1280×800 window is a 853×533 CSS-pixel viewport at a device pixel ratio of
    // 1.5: that is what the page sees (innerWidth/innerHeight, media queries, IntersectionObserver rounding), so
    // this is an honest emulation. CSS `zoom` on <html> would not be: it leaves innerHeight unscaled.
    const context = await browser.newContext({ viewport: { width: 853, height: 533 }, deviceScaleFactor: 1.5 });
    const page = await context.newPage();
    const ids = await open(page);
    for (const id of ids) {
      await bringStep(page, id);
      await expectShowing(page, id);
    }
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, -25);
    await expectShowing(page, await readingStep(page));
    await context.close();
  });

  test('reduced motion gets the article layout; the toggle switches and remembers', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url!);
    const root = page.locator(SCROLLY_TAG).first();
    await expect(root).toHaveAttribute(ATTR.mode, 'article');
    await expect(root.locator(SELECTOR.panel)).toBeHidden();
    const figures = root.locator(SELECTOR.figure);
    for (const fig of await figures.all()) expect((await fig.boundingBox())!.width).toBeGreaterThan(200);
    // The buttons come with the scrolly's behaviour, which loads as the reader nears it.
    await root.scrollIntoViewIfNeeded();
    const toggle = root.getByRole('button', { name: 'Read as article' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(root).toHaveAttribute(ATTR.mode, 'scrolly');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(page.locator(SCROLLY_TAG).first()).toHaveAttribute(ATTR.mode, 'scrolly');
    // Its behaviour loads as the reader nears it (the buttons are shown only then).
    await page.locator(SCROLLY_TAG).first().scrollIntoViewIfNeeded();
    await page.locator(SCROLLY_TAG).first().getByRole('button', { name: 'Read as article' }).click();
    await page.reload();
    await expect(page.locator(SCROLLY_TAG).first()).toHaveAttribute(ATTR.mode, 'article');
  });

  test('without JavaScript every step shows its figure inline', { tag: '@phone' }, async ({ browser }, info) => {
    const context = await browser.newContext({ ...info.project.use, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url!);
    const root = page.locator(SCROLLY_TAG).first();
    await expect(root.locator(SELECTOR.panel)).toBeHidden();
    for (const b of await root.locator('button').all()) await expect(b).toBeHidden();
    const steps = await root.locator(SELECTOR.step).all();
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) {
      const box = (await step.locator(SELECTOR.figure).boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(100);
    }
    await context.close();
  });
});
