// The story map and explore mode, against the built site: the live map follows the steps both ways,
// loads no map code before the map section approaches, falls back to the static SVG without WebGL or
// JavaScript, never leaves the origin, and the explore list reaches every feature by keyboard.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { listPages, trackRequests } from './helpers.ts';
import { distDir } from '../../scripts/serve.mjs';

/** The first built chapter whose HTML has a story map host (found, not hard-coded). */
function mapChapter(): { url: string; scrollyId: string } {
  for (const p of listPages()) {
    if (!p.file.startsWith('chapters/')) continue;
    const html = readFileSync(path.join(distDir(), p.file), 'utf8');
    const m = /<story-map[^>]*data-scrolly="([^"]+)"/.exec(html);
    if (m) return { url: p.url, scrollyId: m[1]! };
  }
  throw new Error('No chapter with a <story-map> found in the built site.');
}

/** The first built chapter with two or more map scrollies, and the id of its last one. */
function chapterWithMapsBelow(): { url: string; scrollyId: string } {
  for (const p of listPages()) {
    if (!p.file.startsWith('chapters/')) continue;
    const html = readFileSync(path.join(distDir(), p.file), 'utf8');
    const ids = [...html.matchAll(/<story-map[^>]*data-scrolly="([^"]+)"/g)].map((m) => m[1]!);
    if (ids.length > 1) return { url: p.url, scrollyId: ids.at(-1)! };
  }
  throw new Error('No chapter with two story maps found in the built site.');
}

/** Map code: the lazily loaded live-map chunk, MapLibre's worker, or the map data (none of it for a reader without WebGL). */
const isMapCode = (url: string) => /\/_astro\/(live|maplibre)[^/]*\.js$|\/map\/story-map\.json$/.test(url);

/** Collects the page's requests for map code or map data (the live map's chunks, MapLibre's worker, /map/ JSON). */
function trackMapCode(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (isMapCode(r.url()) || /\/map\/[\w-]+\.json$/.test(r.url())) urls.push(r.url());
  });
  return urls;
}

interface MapStep {
  id: string;
  layers: string;
  dates: string;
}

/** Each map step of the scrolly, with what the live map should show for it (from the static figure's attributes). */
/** A static step map: an <img> of its /maps/ SVG file, visible and decoded (the file exists and parses). */
async function expectMapImage(img: Locator): Promise<void> {
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('src', /\/maps\/[\w-]+\.svg\?h=[0-9a-f]+$/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(800);
}

async function mapSteps(page: Page, scrollyId: string): Promise<MapStep[]> {
  return page.$$eval(`#${scrollyId} [data-scrolly-step]`, (steps) =>
    steps
      .map((s) => {
        const fig = s.querySelector<HTMLElement>('[data-map-figure]');
        return fig ? { id: s.id, layers: fig.dataset['layers'] ?? '', dates: fig.dataset['dates'] ?? '' } : null;
      })
      .filter((s): s is { id: string; layers: string; dates: string } => s !== null),
  );
}

/** Scrolls so that the step's top sits at 40% of the viewport (past the engine's trigger line). */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - innerHeight * 0.4, behavior: 'instant' });
  }, id);
}

// Software WebGL (SwiftShader) makes every map frame CPU-bound: on a busy 2-core machine a walk through
// all steps and back takes longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

test.describe('story map', () => {
  test('loads no map code before the map section approaches, then goes live without leaving the origin', async ({
    page,
  }) => {
    // A story map well below the first screen (a chapter's last of two or more), so that "not yet" can be checked.
    const { url, scrollyId } = chapterWithMapsBelow();
    const log = trackRequests(page);
    const mapRequests: string[] = [];
    const events: string[] = [];
    page.on('request', (r) => {
      if (isMapCode(r.url())) mapRequests.push(r.url());
      events.push(`start ${r.url()}`);
    });
    page.on('requestfinished', (r) => events.push(`end ${r.url()}`));
    await page.goto(url, { waitUntil: 'networkidle' });
    const far = await page.$eval(`#${scrollyId}`, (el) => el.getBoundingClientRect().top > innerHeight * 2);
    expect(far, 'the story map starts more than two screens down').toBe(true);
    expect(mapRequests, 'map code requested on first load').toEqual([]);
    // No MapLibre in the first load, whatever the position: its stylesheet included.
    const sheets = await page.$$eval('link[rel=stylesheet]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(sheets.filter((h) => /live|maplibre/.test(h))).toEqual([]);

    await page.locator(`#${scrollyId}`).scrollIntoViewIfNeeded();
    await expect(page.locator(`#${scrollyId} story-map`)).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
    expect(mapRequests.some((u) => /\/_astro\/live[^/]*\.js$/.test(u))).toBe(true);
    // MapLibre's worker script and label font are asked for alongside its code, not after it has run.
    const font = await page.locator(`#${scrollyId} story-map`).getAttribute('data-font');
    const codeArrived = events.findIndex((e) => /^end .*\/_astro\/live[^/]*\.js$/.test(e));
    const first = (re: RegExp) => events.findIndex((e) => e.startsWith('start ') && re.test(e));
    expect(codeArrived).toBeGreaterThan(-1);
    expect(
      first(/\/_astro\/maplibre-gl-worker[^/]*\.js$/),
      'worker requested before the map code arrived',
    ).toBeLessThan(codeArrived);
    expect(first(new RegExp(`${font}$`)), 'label font requested before the map code arrived').toBeLessThan(codeArrived);
    expect(first(new RegExp(`${font}$`))).toBeGreaterThan(-1);
    expect(log.foreign).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('camera, layers and date window follow the steps down and back up', async ({ page }) => {
    const { url, scrollyId } = mapChapter();
    await page.goto(url);
    const steps = await mapSteps(page, scrollyId);
    expect(steps.length).toBeGreaterThan(1);
    const host = page.locator(`#${scrollyId} story-map`);
    await scrollToStep(page, steps[0]!.id);
    await expect(host).toHaveAttribute('data-live', 'true', { timeout: 30_000 });

    const cameras = new Map<string, string>();
    const visit = async (s: MapStep) => {
      await scrollToStep(page, s.id);
      await expect(host).toHaveAttribute('data-step', s.id);
      await expect(host).toHaveAttribute('data-layers', s.layers);
      await expect(host).toHaveAttribute('data-dates', s.dates);
      // data-camera is removed when a move starts and set when it ends.
      await expect(host).toHaveAttribute('data-camera', /^-?\d+\.\d\d,-?\d+\.\d\d,\d+\.\d\d$/, { timeout: 10_000 });
      return (await host.getAttribute('data-camera'))!;
    };
    for (const s of steps) cameras.set(s.id, await visit(s));
    // Distinct framings give distinct cameras.
    expect(new Set(cameras.values()).size).toBeGreaterThan(1);
    // The same camera on the way up: each of lon, lat and zoom to within its rounding (0.01), since a value on a
    // rounding boundary (region-4's centre is 98.775°E) may print either way after a different flight.
    const parts = (c: string | undefined) => (c ?? '').split(',').map(Number);
    for (const s of [...steps].reverse()) {
      const up = parts(await visit(s));
      const down = parts(cameras.get(s.id));
      for (const [i, v] of up.entries())
        expect(Math.abs(v - down[i]!), `camera of ${s.id} on the way up: ${up} (down: ${down})`).toBeLessThanOrEqual(
          0.0101,
        );
    }
  });

  test('announces what changed between steps', async ({ page }) => {
    const { url, scrollyId } = mapChapter();
    await page.goto(url);
    const steps = await mapSteps(page, scrollyId);
    const host = page.locator(`#${scrollyId} story-map`);
    await scrollToStep(page, steps[0]!.id);
    await expect(host).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
    await scrollToStep(page, steps[1]!.id);
    await expect(host).toHaveAttribute('data-step', steps[1]!.id);
    await expect(host.locator('[data-map-announce]')).toHaveText(/^Changed since the previous step: /);
    await expect(host.locator('[data-map-announce]')).toHaveAttribute('aria-live', 'polite');
  });

  test('without WebGL the static map shows the step and the map never goes live', async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/.test(type)) return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    const { url, scrollyId } = mapChapter();
    const mapRequests: string[] = [];
    page.on('request', (r) => {
      if (isMapCode(r.url())) mapRequests.push(r.url());
    });
    await page.goto(url);
    const steps = await mapSteps(page, scrollyId);
    await scrollToStep(page, steps[1]!.id);
    const host = page.locator(`#${scrollyId} story-map`);
    await expect(host).toHaveAttribute('data-fallback', 'no-webgl');
    await expect(host).not.toHaveAttribute('data-live', /.*/);
    expect(mapRequests).toEqual([]);
    // The sticky copy of the active step's static map is what the reader sees.
    const copy = page.locator(`#${scrollyId} [data-scrolly-copy="${steps[1]!.id}"]`);
    await expect(copy).toHaveAttribute('data-active', '');
    await expectMapImage(copy.locator('.map-box img'));
    await expect(copy.locator('[data-map-figure]')).toHaveAttribute('data-layers', steps[1]!.layers);
  });

  test('the live map is a picture with nothing to tab into, credited in its caption', async ({ page }) => {
    await page.goto('embed/map/moei-5/');
    const host = page.locator('story-map');
    await expect(host).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
    const picture = host.locator('[data-map-canvas]');
    await expect(picture).toHaveAttribute('role', 'img');
    await expect(picture.locator('a[href], button, summary, input, [tabindex]:not([tabindex="-1"])')).toHaveCount(0);
    await expect(host.locator('figcaption')).toContainText('Natural Earth');
  });

  test('step maps are image files loaded as they near the screen, not with the page', async ({ page }) => {
    const { url, scrollyId } = chapterWithMapsBelow();
    const files = new Set<string>();
    page.on('request', (r) => {
      if (/\/maps\/[\w-]+\.svg/.test(r.url())) files.add(new URL(r.url()).pathname.split('/').pop()!);
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // The chapter's HTML holds no map geometry, and the files of the map far below are not fetched yet.
    expect(await page.locator('.map-box svg').count()).toBe(0);
    const steps = await mapSteps(page, scrollyId);
    for (const s of steps) expect(files.has(`${s.id}.svg`), `${s.id}.svg loaded with the page`).toBe(false);
    // Near the screen, they load.
    const last = steps.at(-1)!.id;
    await scrollToStep(page, last);
    await expect.poll(() => files.has(`${last}.svg`)).toBe(true);
  });

  test('with JavaScript off every step shows its static map and its description', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { url, scrollyId } = mapChapter();
    await page.goto(url);
    const figures = page.locator(`#${scrollyId} [data-scrolly-step] [data-map-figure]`);
    const n = await figures.count();
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) {
      const f = figures.nth(i);
      await f.scrollIntoViewIfNeeded();
      const img = f.locator('.map-box img');
      await expectMapImage(img);
      const box = await f.locator('.map-box').boundingBox();
      expect(box!.width / box!.height).toBeCloseTo(4 / 3, 1);
      // The text alternative names the map, is generated from the data, and is also in the caption.
      const alt = (await img.getAttribute('alt')) ?? '';
      expect(alt).toMatch(/^Map/);
      await expect(f.locator('[data-step-description]')).toHaveText(alt);
    }
    await context.close();
  });
});

test.describe('explore mode', () => {
  test('a page that opens with its map fetches the map image at once and first (it is the largest paint)', async ({
    page,
  }) => {
    const embed = listPages().find((p) => /\/embed\/map\/[^/]+\/$/.test(p.url));
    expect(embed, 'no map embed page').toBeDefined();
    for (const url of ['map/', embed!.url]) {
      await page.goto(url);
      const img = page.locator('[data-map-figure] img').first();
      await expect(img, url).toHaveJSProperty('loading', 'eager');
      await expect(img, url).toHaveAttribute('fetchpriority', 'high');
      // In the first screen, loaded with the page.
      await expect(img, url).toBeInViewport();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
  });

  test(
    'on a touch screen the live map waits to be asked for; "Pan and zoom" starts it and takes the focus there',
    { tag: '@phone' },
    async ({ page }, info) => {
      test.skip(info.project.name !== 'phone', 'a touch screen');
      const mapRequests = trackMapCode(page);
      await page.goto('map/');
      await page.waitForLoadState('networkidle');
      const offer = page.locator('[data-map-start]');
      await expect(offer.getByRole('button', { name: 'Pan and zoom' })).toBeInViewport();
      expect(mapRequests, 'map code loaded before the reader asked for it').toEqual([]);
      await expect(page.locator('[data-map-controls]')).toBeHidden();
      await offer.getByRole('button').tap();
      const explore = page.locator('map-explore');
      await expect(explore).toHaveAttribute('data-live', 'true', { timeout: 60_000 });
      await expect(offer).toBeHidden();
      expect(mapRequests.length).toBeGreaterThan(0);
      await expect(page.locator('[data-map-canvas] canvas')).toBeFocused();
      await expect(page.getByRole('group', { name: 'Layers' })).toBeVisible();
      await expect(page.locator('[data-map-unavailable]:visible')).toHaveCount(0);
    },
  );

  test('with Save-Data the map waits for the button too, which a keyboard can press', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    });
    const mapRequests = trackMapCode(page);
    await page.goto('map/');
    await page.waitForLoadState('networkidle');
    const offer = page.locator('[data-map-start]');
    const start = offer.getByRole('button', { name: 'Pan and zoom' });
    await expect(start).toBeVisible();
    expect(mapRequests, 'map code loaded before the reader asked for it').toEqual([]);
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('map-explore')).toHaveAttribute('data-live', 'true', { timeout: 60_000 });
    await expect(offer).toBeHidden();
    await expect(page.locator('[data-map-canvas] canvas')).toBeFocused();
    // The focus ring is drawn inside the canvas, which fills a clipped box.
    expect(
      await page.locator('[data-map-canvas] canvas').evaluate((el) => parseFloat(getComputedStyle(el).outlineOffset)),
    ).toBeLessThan(0);
  });

  test('without WebGL, pressing the button says why the layers and slider do not come, and fetches nothing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
      HTMLCanvasElement.prototype.getContext = function () {
        return null;
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    const mapRequests = trackMapCode(page);
    await page.goto('map/');
    const offer = page.locator('[data-map-start]');
    await offer.getByRole('button', { name: 'Pan and zoom' }).click();
    const note = page.getByText('This browser cannot draw the interactive map');
    await expect(note).toBeVisible();
    await expect(note).toBeFocused();
    await expect(offer).toBeHidden();
    await expect(page.getByText('The interactive map could not be loaded')).toBeHidden();
    await expect(page.locator('map-explore')).toHaveAttribute('data-fallback', 'no-webgl');
    await expect(page.locator('[data-map-controls]')).toBeHidden();
    await expectMapImage(page.locator('.map-explore__static .map-box img'));
    await page.waitForLoadState('networkidle');
    expect(mapRequests).toEqual([]);
  });

  test('without JavaScript the button and the notes stay hidden; the static map and the list remain', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('map/');
    await expect(page.locator('[data-map-start]')).toBeHidden();
    await expect(page.locator('[data-map-unavailable]:visible')).toHaveCount(0);
    await expectMapImage(page.locator('.map-explore__static .map-box img'));
    await expect(page.getByRole('heading', { name: 'Everything on the map' })).toBeVisible();
    await context.close();
  });

  test('the feature list reaches every feature by keyboard and focuses the map on it', async ({ page }) => {
    const log = trackRequests(page);
    await page.goto('map/');
    const explore = page.locator('map-explore');
    await expect(explore).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
    const ids = await page.$$eval('[data-feature]', (els) => els.map((e) => e.getAttribute('data-feature')!));
    expect(ids.length).toBeGreaterThan(10);

    // Tab from the date slider through the list: every feature's button is reached, in order.
    await page.locator('input[type=range]').focus();
    const reached: string[] = [];
    const stops = await page.locator('map-explore a, map-explore button:not([hidden])').count();
    for (let i = 0; i < stops + 10 && reached.length < ids.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['focus'] ?? null);
      if (id) reached.push(id);
    }
    expect(reached).toEqual(ids);

    // Enter on a button centres the map on that feature and opens its popup with source links.
    const target = page.locator('[data-focus="kk-park"]');
    await target.focus();
    await page.keyboard.press('Enter');
    await expect(explore).toHaveAttribute('data-focused', 'kk-park');
    const popup = page.locator('.map-popup');
    await expect(popup).toContainText('KK Park');
    await expect(popup.locator('a[href*="/sources/#src-"]').first()).toBeVisible();
    expect(log.foreign).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('local-script names carry their language; source titles in other languages come in English', async ({
    page,
  }) => {
    await page.goto('map/?live=0');
    const langs = (id: string) =>
      page
        .locator(`[data-feature="${id}"] .feature-list__local [lang]`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(await langs('myawaddy')).toEqual(['my']);
    expect(await langs('phnom-penh')).toEqual(['km']);
    expect(await langs('mae-sot')).toEqual(['th']);
    // A name given in two scripts: each part in its own language.
    expect(await langs('laukkaing')).toEqual(['zh', 'my']);
    // Source titles in other languages are given in English, naming the language (as in the notes).
    const sources = await page.locator('.feature-list__sources a').allTextContents();
    expect(sources.filter((t) => /\(in Chinese\)$/.test(t.trim())).length).toBeGreaterThan(0);
    expect(sources.filter((t) => /\p{Script=Han}/u.test(t))).toEqual([]);
  });

  test('layer toggles and the date slider are labelled and change the map', async ({ page }) => {
    await page.goto('map/');
    const explore = page.locator('map-explore');
    await expect(explore).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
    // With a mouse the map started by itself: no button, no note.
    await expect(page.locator('[data-map-start]')).toBeHidden();
    await expect(page.locator('[data-map-unavailable]:visible')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Events' }).uncheck();
    await expect(explore).toHaveAttribute('data-layers', 'compounds places routes');
    const slider = page.getByRole('slider', { name: 'Show what had happened by' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(explore).toHaveAttribute('data-dates', /^…-\d{8}$/);
    await expect(slider).toHaveAttribute('aria-valuetext', /\d{4}$/);
  });
});
