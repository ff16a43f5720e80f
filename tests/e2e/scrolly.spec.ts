// The scrolly engine against the built site: the active step and the sticky graphic must follow the reader in
// both directions, at phone and desktop sizes, through slow scrolls, flings, URL-bar resizes, 150% zoom and deep
// links; reduced motion and no-JS readers get the stacked article layout. These are the failure modes reported
// against scrollama (#87, #93, #126, #136). The chapter is discovered from dist/: the first chapter page with a
// <scrolly-steps> element; steps are read from the page, never hard-coded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { listPages } from './helpers.ts';
import { distDir } from '../../scripts/serve.mjs';
import { ATTR, MODE_STORAGE_KEY, SCROLLY_TAG, SELECTOR, STEP_EVENT } from '../../src/lib/scrolly-contract.ts';

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
    const toggle = root.getByRole('button', { name: 'Read as scrolly' });
    await toggle.click();
    await expect(root).toHaveAttribute(ATTR.mode, 'scrolly');
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

// The scrolly's furniture, on the first chapter with two scrollies whose first one is a map (issue 19, point 7):
// the mode toggle keeps the reader's place both ways and says what it will do, the mode is the page's, the URL
// fragment keeps up with a reader who never pauses, and on a phone the map uses the screen's height and the buttons
// never sit on a card.
function twoScrollyPage(): string | undefined {
  return listPages().find((p) => {
    if (!p.url.includes('/chapters/') || p.url.includes('/embed/')) return false;
    const html = readFileSync(path.join(distDir(), p.file), 'utf8');
    const tags = [...html.matchAll(new RegExp(`<${SCROLLY_TAG}[^>]*data-graphic="(\\w+)"`, 'g'))];
    return tags.length >= 2 && tags[0]![1] === 'map';
  })?.url;
}
const twoUrl = twoScrollyPage();

test.describe('scrolly furniture', () => {
  test.skip(!twoUrl, 'no built chapter has two scrollies, the first a map');

  /** Opens the chapter (optionally in article mode, as a reader who chose it before) and waits for the behaviour. */
  async function openTwo(page: Page, mode?: 'article'): Promise<{ first: string[]; second: string[] }> {
    if (mode) await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [MODE_STORAGE_KEY, mode]);
    await page.goto(twoUrl!);
    const roots = page.locator(SCROLLY_TAG);
    await roots.first().scrollIntoViewIfNeeded();
    await page.waitForFunction((tag) => !!customElements.get(tag), SCROLLY_TAG);
    const ids = (n: number) =>
      roots
        .nth(n)
        .locator(SELECTOR.step)
        .evaluateAll((els) => els.map((e) => e.id));
    return { first: await ids(0), second: await ids(1) };
  }

  /** The step being read in scrolly `n`: the last whose top has passed the middle of the screen (null: none). */
  const readingIn = (page: Page, n = 0) =>
    page.evaluate(
      ({ S, tag, n }) => {
        let id: string | null = null;
        for (const s of document.querySelectorAll(tag)[n]!.querySelectorAll<HTMLElement>(S.step))
          if (s.getBoundingClientRect().top <= innerHeight / 2) id = s.id;
        return id;
      },
      { S: SELECTOR, tag: SCROLLY_TAG, n },
    );
  /**
   * Presses a button where the reader sees it: a click at its centre, with no scrolling first (Playwright's click may
   * scroll a sticky button "into view" first, which moves the reader's place before the press).
   */
  async function press(page: Page, button: Locator): Promise<void> {
    const box = (await button.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  /** Where step `id`'s top is, as a fraction of the screen's height. */
  const topOf = (page: Page, id: string) =>
    page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top / innerHeight, id);

  test('"Read as article" keeps the step the reader is on', { tag: '@phone' }, async ({ page }) => {
    const { first } = await openTwo(page);
    const id = first[2] ?? first.at(-1)!;
    // The reader reads a card as soon as it shows (on a phone: below the map), before it has reached the trigger
    // line in the middle of the screen, where the engine makes its step the active one.
    await bringStep(page, id, 0.62);
    await expect.poll(() => seen(page).then((x) => x.active)).toBe(first[first.indexOf(id) - 1]);
    await press(page, page.locator(SCROLLY_TAG).first().locator(SELECTOR.toggle));
    await expect(page.locator(SCROLLY_TAG).first()).toHaveAttribute(ATTR.mode, 'article');
    // The figures above settle over the next frames: the step must be the one read once they have, and stay so.
    await expect.poll(() => readingIn(page), { message: 'the step read in article mode', timeout: 10_000 }).toBe(id);
    await page.waitForTimeout(1_500);
    const at = await topOf(page, id);
    expect(await readingIn(page), `the step read in article mode (${id} at ${at.toFixed(2)} of the screen)`).toBe(id);
    expect(at, 'the step starts near the top of the screen').toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(0.5);
  });

  test('"Read as scrolly" from a step in article mode lands on that step', { tag: '@phone' }, async ({ page }) => {
    const { first } = await openTwo(page, 'article');
    const root = page.locator(SCROLLY_TAG).first();
    await expect(root).toHaveAttribute(ATTR.mode, 'article');
    const id = first[2] ?? first.at(-1)!;
    await bringStep(page, id, 0.15);
    await expect.poll(() => seen(page).then((x) => x.active)).toBe(id);
    // The reader presses the toggle where they are (it stays at hand through the section).
    await expect(root.locator(SELECTOR.toggle)).toBeInViewport();
    await press(page, root.locator(SELECTOR.toggle));
    await expect(root).toHaveAttribute(ATTR.mode, 'scrolly');
    await expectShowing(page, id);
    await page.waitForTimeout(1_500);
    await expectShowing(page, id);
    expect(await readingIn(page), 'the step read in scrolly mode').toBe(id);
  });

  test("the toggle says what it will do, and the mode is the whole page's, remembered", async ({ page }) => {
    await openTwo(page);
    const roots = page.locator(SCROLLY_TAG);
    const count = await roots.count();
    const toggle = roots.first().locator(SELECTOR.toggle);
    await expect(toggle).toHaveText('Read as article');
    // The name changes with the mode, so it announces no pressed state (a "pressed" toggle named by its action
    // would say the opposite of the truth).
    await expect(toggle).not.toHaveAttribute('aria-pressed', /.*/);
    await toggle.click();
    for (let i = 0; i < count; i++) {
      await expect(roots.nth(i), `scrolly ${i + 1} of ${count}`).toHaveAttribute(ATTR.mode, 'article');
      await expect(roots.nth(i).locator(SELECTOR.toggle)).toHaveText('Read as scrolly');
    }
    await page.reload();
    for (let i = 0; i < count; i++) await expect(roots.nth(i)).toHaveAttribute(ATTR.mode, 'article');
    // Switching back from the second scrolly switches the first too.
    await roots.nth(1).scrollIntoViewIfNeeded();
    await roots.nth(1).getByRole('button', { name: 'Read as scrolly' }).click();
    for (let i = 0; i < count; i++) await expect(roots.nth(i)).toHaveAttribute(ATTR.mode, 'scrolly');
    await expect(roots.first().locator(SELECTOR.toggle)).toHaveText('Read as article');
  });

  test(
    'the URL fragment follows a reader who scrolls on into the next scrolly without pausing',
    { tag: '@phone' },
    async ({ page }) => {
      const { first, second } = await openTwo(page);
      await bringStep(page, first.at(-1)!);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${first.at(-1)}`);
      // Scroll on in small steps every 50 ms (a slow, steady reader never pauses for long), until the second
      // scrolly's first step has been the one read for a second: by then the fragment must name a step of it.
      const result = await page.evaluate(
        ({ S, tag }) =>
          new Promise<{ reached: boolean; hash: string }>((resolve) => {
            const steps = [...document.querySelectorAll(tag)[1]!.querySelectorAll<HTMLElement>(S.step)];
            let since = 0;
            const started = performance.now();
            const tick = () => {
              window.scrollBy({ top: 12, behavior: 'instant' });
              const reading = steps.some((s) => s.getBoundingClientRect().top <= innerHeight / 2);
              if (reading && !since) since = performance.now();
              if ((since && performance.now() - since > 1_000) || performance.now() - started > 60_000)
                resolve({ reached: since > 0, hash: decodeURIComponent(location.hash.slice(1)) });
              else setTimeout(tick, 50);
            };
            tick();
          }),
        { S: SELECTOR, tag: SCROLLY_TAG },
      );
      expect(result.reached, 'reached the second scrolly').toBe(true);
      expect(second, `fragment "#${result.hash}" while reading the second scrolly`).toContain(result.hash);
    },
  );

  test(
    'on a tall phone the live map uses the height above the reading line',
    { tag: '@phone' },
    async ({ page }, info) => {
      test.skip(info.project.name !== 'phone', 'phone layout');
      const { first } = await openTwo(page);
      const id = first[1]!;
      await bringStep(page, id);
      const host = page.locator(SCROLLY_TAG).first().locator('story-map');
      await expect(host).toHaveAttribute('data-live', /.*/, { timeout: 60_000 });
      const box = await host.locator('.map-box').evaluate((el) => {
        const r = el.getBoundingClientRect();
        const strip = el.closest('scrolly-steps')!.querySelector('[data-scrolly-controls]')!.getBoundingClientRect();
        // The room between the controls' strip and the reading line (mid-screen), where a card is not read.
        const room = innerHeight / 2 - strip.bottom;
        return { bottom: r.bottom / innerHeight, share: r.height / room };
      });
      expect(box.share, 'share of the room above the reading line that the map takes').toBeGreaterThan(0.85);
      expect(box.bottom, 'the map ends above the reading line').toBeLessThanOrEqual(0.5);
      // The step buttons land a card under the map, above the reading line.
      await page.locator(SCROLLY_TAG).first().getByRole('button', { name: 'Next step' }).click();
      await expectShowing(page, first[2]!);
      await page.waitForTimeout(1_000); // the smooth scroll ends
      const at = await page.evaluate(
        (id) =>
          document.getElementById(id)!.querySelector('[data-scrolly-text]')!.getBoundingClientRect().top / innerHeight,
        first[2]!,
      );
      expect(at).toBeGreaterThanOrEqual(box.bottom - 0.01);
      expect(at).toBeLessThan(0.5);
    },
  );

  test(
    'on a phone the step buttons never sit on a card, and stay pressable',
    { tag: '@phone' },
    async ({ page }, info) => {
      test.skip(info.project.name !== 'phone', 'phone layout');
      const { first } = await openTwo(page);
      const root = page.locator(SCROLLY_TAG).first();
      for (const offset of [-20, 0, 10, 25, 40]) {
        // The card's text starts `offset` px below the top of the screen, where the buttons are.
        await page.evaluate(
          ({ id, offset }) => {
            const text = document.getElementById(id)!.querySelector('[data-scrolly-text]')!;
            scrollTo({ top: text.getBoundingClientRect().top + scrollY - offset, behavior: 'instant' });
          },
          { id: first[1]!, offset },
        );
        const hits = await root.locator(`${SELECTOR.nav}, ${SELECTOR.toggle}`).evaluateAll((buttons) =>
          buttons.map((b) => {
            const r = b.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            const text = (top?.closest('[data-scrolly-text]') ?? null) !== null;
            return { button: b.textContent, ok: !!top && b.contains(top), onCardText: text };
          }),
        );
        for (const h of hits) {
          expect(h.onCardText, `card text over "${h.button}" (card ${offset}px from the top)`).toBe(false);
          expect(h.ok, `"${h.button}" pressable (card ${offset}px from the top)`).toBe(true);
        }
      }
    },
  );
});
