// The embed kit: every chapter, chart and map view in someone else's page. A host page is served from a
// second origin (another port), as a course platform would be, and embeds the built site in iframes.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { listPages, shareText } from './helpers.ts';
import { CHART_IDS } from '../../src/story/steps.ts';

const SANDBOX = 'allow-scripts allow-same-origin allow-popups';
const embedPages = listPages().filter((p) => /\/embed\/.+/.test(p.url));
const pymJs = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

let host: Server;
let hostOrigin = '';
/** Host pages by path, set by each test before it navigates. */
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/pym.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(pymJs);
      return;
    }
    const body = hostPages.get(path);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const hostHtml = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Course page</title><style>body{margin:0 auto;max-width:800px;padding:8px}iframe{display:block;border:0;width:100%}</style></head>` +
  `<body><h1>Week 6</h1>${body}</body></html>`;

async function openHost(page: Page, name: string, body: string): Promise<void> {
  hostPages.set(`/${name}`, hostHtml(body));
  await page.goto(`${hostOrigin}/${name}`);
  expect(new URL(page.url()).origin).not.toBe(new URL(test.info().project.use.baseURL!).origin);
}

/** How far the iframe's height is from its document's height, in CSS px. */
async function mismatch(frame: Locator, inner: FrameLocator): Promise<number> {
  const outer = (await frame.boundingBox())!.height;
  const content = await inner
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height))
    .catch(() => Number.NaN);
  return Number.isNaN(content) ? Infinity : Math.abs(outer - content);
}

const CASES = [
  { name: 'a chart', path: 'embed/charts/held/', ready: 'h1' },
  { name: 'a map view', path: 'embed/map/moei-2/', ready: 'story-map[data-live]' },
  { name: 'a chapter', path: 'embed/chapters/the-human-cost/', ready: 'h1' },
] as const;

test('a chart, a map view and a chapter size their iframes on another origin, at 1280 px and at 390 px', async ({
  page,
  baseURL,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const frames = CASES.map(
    (c, i) =>
      `<iframe id="f${i}" src="${new URL(c.path, baseURL).href}" title="${c.name}" height="300" sandbox="${SANDBOX}" data-stc-embed></iframe><p>Questions for the seminar.</p>`,
  );
  await openHost(page, 'plain', `${frames.join('')}<script src="${new URL('embed.js', baseURL).href}"></script>`);
  for (const [i, c] of CASES.entries()) {
    const frame = page.locator(`#f${i}`);
    const inner = page.frameLocator(`#f${i}`);
    await frame.scrollIntoViewIfNeeded();
    await expect(inner.locator(c.ready)).toBeAttached({ timeout: 20_000 });
    await expect.poll(() => mismatch(frame, inner), { message: `${c.name} at 1280 px` }).toBeLessThanOrEqual(3);
    expect((await frame.boundingBox())!.height).toBeGreaterThan(300);
  }
  // Opening the chart's table makes the frame follow, and closing it shrinks it again (pym.js #165).
  const chart = page.locator('#f0');
  const before = (await chart.boundingBox())!.height;
  await chart.scrollIntoViewIfNeeded();
  await page.frameLocator('#f0').getByText('Show table').click();
  await expect.poll(async () => (await chart.boundingBox())!.height).toBeGreaterThan(before + 100);
  await expect.poll(() => mismatch(chart, page.frameLocator('#f0'))).toBeLessThanOrEqual(3);
  await page.frameLocator('#f0').getByText('Show table').click();
  await expect.poll(async () => (await chart.boundingBox())!.height).toBe(before);
  const wide = await Promise.all(CASES.map((_, i) => page.locator(`#f${i}`).boundingBox()));
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [i, c] of CASES.entries()) {
    const frame = page.locator(`#f${i}`);
    // Chromium does not lay out a cross-origin frame while it is off screen; it catches up when scrolled to.
    await frame.scrollIntoViewIfNeeded();
    await expect
      .poll(() => mismatch(frame, page.frameLocator(`#f${i}`)), { message: `${c.name} at 390 px` })
      .toBeLessThanOrEqual(3);
  }
  // The chart and the chapter reflow taller on a phone: the frames followed, not just kept their height.
  expect((await page.locator('#f0').boundingBox())!.height).not.toBe(wide[0]!.height);
  expect((await page.locator('#f2').boundingBox())!.height).toBeGreaterThan(wide[2]!.height);
});

test('a host page that already runs pym.js sizes a chart, a map view and a chapter with no script of ours', async ({
  page,
  baseURL,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const parents = CASES.map((_, i) => `<div id="pym-${i}"></div>`).join('<p>Next item.</p>');
  const starts = CASES.map(
    (c, i) => `new pym.Parent('pym-${i}', ${JSON.stringify(new URL(c.path, baseURL).href)}, {});`,
  ).join('');
  await openHost(page, 'pym', `${parents}<script src="/pym.js"></script><script>${starts}</script>`);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [i, c] of CASES.entries()) {
      const frame = page.locator(`#pym-${i} iframe`);
      const inner = page.frameLocator(`#pym-${i} iframe`);
      await frame.scrollIntoViewIfNeeded();
      await expect(inner.locator(c.ready)).toBeAttached({ timeout: 20_000 });
      await expect.poll(() => mismatch(frame, inner), { message: `${c.name} at ${width} px` }).toBeLessThanOrEqual(3);
    }
  }
});

test('without the resize script the frame keeps its height and scrolls: nothing is cut off silently', async ({
  page,
  baseURL,
}) => {
  await openHost(
    page,
    'noscript',
    `<iframe id="f" src="${new URL('embed/charts/chain/', baseURL).href}" title="Chart" height="400"></iframe>`,
  );
  const inner = page.frameLocator('#f');
  await expect(inner.locator('h1')).toBeVisible();
  expect((await page.locator('#f').boundingBox())!.height).toBe(400);
  const scroll = await inner.locator('html').evaluate((html) => ({
    overflow: [getComputedStyle(html).overflowY, getComputedStyle(document.body).overflowY],
    scrollable: html.scrollHeight > html.clientHeight,
  }));
  expect(scroll.scrollable).toBe(true);
  expect(scroll.overflow).not.toContain('hidden');
  // The last line (the credit and data version) can be scrolled to.
  await inner.locator('.embed-credit').scrollIntoViewIfNeeded();
  await expect(inner.locator('.embed-credit')).toBeInViewport();
});

test('a map view in a sandboxed frame goes live, from the site’s own files only', async ({ page, baseURL }) => {
  test.slow();
  const foreign: string[] = [];
  const site = new URL(baseURL!).origin;
  page.on('request', (r) => {
    const o = new URL(r.url()).origin;
    if (o !== site && o !== hostOrigin && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      foreign.push(r.url());
  });
  await openHost(
    page,
    'map',
    `<iframe id="f" src="${new URL('embed/map/tycoons-4/', baseURL).href}" title="Map" height="600" sandbox="${SANDBOX}" data-stc-embed></iframe><script src="${new URL('embed.js', baseURL).href}"></script>`,
  );
  const inner = page.frameLocator('#f');
  await expect(inner.locator('story-map[data-live]')).toBeAttached({ timeout: 20_000 });
  await expect(inner.locator('story-map')).toHaveAttribute('data-step', 'tycoons-4');
  await expect(inner.locator('story-map')).toHaveAttribute('data-layers', 'places routes');
  expect(foreign).toEqual([]);
});

test('embed pages set no cookies and name themselves for oEmbed', async ({ page, context, request }) => {
  for (const path of ['embed/charts/money/', 'embed/map/home-3/', 'embed/chapters/challenges-ahead/', 'embed/map/']) {
    await page.goto(path);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    // Discovery links are absolute on the configured site; fetch the same path here.
    const res = await request.get(new URL(href!).pathname);
    expect(res.ok()).toBe(true);
    const o = (await res.json()) as Record<string, unknown>;
    expect(o).toMatchObject({ version: '1.0', type: 'rich' });
    expect(typeof o['width']).toBe('number');
    expect(typeof o['height']).toBe('number');
    expect(o['html']).toMatch(new RegExp(`<iframe src="[^"]+/${path}\\?v=[^"]+" title="[^"]+"`));
    expect(o['html']).toContain('embed.js');
    expect(o['data_version']).toBeTruthy();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/(chapters|charts|map)\//);
  }
  expect(await context.cookies()).toEqual([]);
});

test('embed pages keep the title, credit, data version and a way back, and say when the data moved on', async ({
  page,
}) => {
  for (const path of ['embed/charts/held/', 'embed/map/kokang-2/', 'embed/chapters/the-human-cost/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('header.masthead')).toHaveCount(0);
    const credit = page.locator('.embed-credit');
    await expect(credit).toContainText(/Data version \d+\.\d+\.\d+/);
    await expect(credit).toContainText('Sever the Chain');
    const back = credit.getByRole('link', { name: /full story/ });
    await expect(back).toHaveAttribute('target', '_blank');
    await expect(page.locator('[data-embed-version]')).toBeHidden();
  }
  const current = await page.locator('[data-embed-version]').getAttribute('data-current');
  await page.goto(`embed/charts/held/?v=0.0.1`);
  await expect(page.locator('[data-embed-version]')).toBeVisible();
  await expect(page.locator('[data-embed-version]')).toContainText(`version 0.0.1`);
  await expect(page.locator('[data-embed-version]')).toContainText(`now shows version ${current}`);
  await page.goto(`embed/charts/held/?v=${current}`);
  await expect(page.locator('[data-embed-version]')).toBeHidden();
  // The address is anyone's to write: any other text is not a version, and is never shown.
  for (const v of ['Call+0800+now+to+claim+a+refund', '1.0.0-phishing', '1.0', '<b>1.0.0</b>']) {
    await page.goto(`embed/charts/held/?v=${v}`);
    await expect(page.locator('[data-embed-version]'), v).toBeHidden();
  }
});

test('?theme= matches the host page, whatever the reader’s scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('embed/charts/held/?theme=light');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto('embed/charts/held/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).not.toBe(dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('embed/charts/held/?theme=dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
});

test.describe('share or embed', () => {
  test('a chapter offers its link, embed code and a dated citation, and copies them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('chapters/the-human-cost/');
    const share = page.locator('share-box').filter({ hasText: 'Share or embed this chapter' });
    await share.getByText('Share or embed').click();
    const code = await shareText(share, /Embed code/).textContent();
    expect(code).toMatch(/<iframe src="[^"]+\/embed\/chapters\/the-human-cost\/\?v=[^"]+" title="[^"]+"/);
    expect(code).toContain(`sandbox="${SANDBOX}`);
    expect(code).toContain('embed.js');
    await expect(shareText(share, 'Link')).toHaveText(/\/chapters\/the-human-cost\/$/);
    // The script (it arrives after the first screen) shows the copy buttons and writes the reader's access date.
    await expect(share.getByRole('button', { name: 'Copy embed code' })).toBeVisible();
    const today = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
    await expect(shareText(share, 'Cite')).toHaveText(new RegExp(`Retrieved ${today}, from`));
    const cite = await shareText(share, 'Cite').textContent();
    expect(cite).toMatch(/Data version \d+\.\d+\.\d+/);
    expect(cite).toContain('[Interactive chapter]');
    await share.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(share.getByRole('status')).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // One click selects the whole embed code, ready to copy with the keyboard or the menu (what a reader without
    // the copy buttons does).
    await shareText(share, /Embed code/).click();
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(code);
  });

  test('without JavaScript the texts are there and the citation asks for the date', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('charts/', test.info().project.use.baseURL).href);
    const share = page.locator('share-box').first();
    await share.getByText('Share or embed').click();
    await expect(shareText(share, 'Cite')).toHaveText(/Retrieved \[date accessed\], from/);
    await expect(share.getByRole('button', { name: /Copy/ })).toHaveCount(0);
    await context.close();
  });

  test('a map’s share control follows the view the reader is on', async ({ page }) => {
    await page.goto('chapters/the-human-cost/#moei-3');
    const share = page.locator('#moei share-box');
    await expect(share).toHaveCount(1);
    await expect(shareText(share, /Embed code/, true)).toHaveText(/\/embed\/map\/moei-3\//);
    await page.locator('#moei-5').scrollIntoViewIfNeeded();
    await expect(shareText(share, /Embed code/, true)).toHaveText(/\/embed\/map\/moei-5\//);
  });
});

test('the embed index lists every embeddable item with a preview and its code', async ({ page }) => {
  await page.goto('embed/');
  const items = page.locator('.embed-index__item');
  // Every embed page (minus the index itself) is listed once.
  expect(await items.count()).toBe(embedPages.length);
  for (const { url } of embedPages) {
    const item = items.filter({ has: page.locator(`a[href="${url}"]`) });
    await expect(item, url).toHaveCount(1);
    await expect(item.locator('iframe[title^="Preview: "]')).toHaveCount(1);
    // The code exactly, as a copy would take it: no stray white space around it.
    expect(await shareText(item, 'Embed code').textContent()).toMatch(/^<iframe src=[^]*<\/script>$/);
  }
  // Previews are lazy, and the map previews stay on their still map: no map code on this page.
  const mapCode: string[] = [];
  page.on('request', (r) => /maplibre|\/live\./.test(r.url()) && mapCode.push(r.url()));
  await page.locator('#map-views').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  expect(mapCode).toEqual([]);
});

// Hosts that are stricter than a plain page. WordPress, for an oEmbed provider it discovers, drops our script and
// frames the page with sandbox="allow-scripts" (no same-origin, no popups); strict LMS frames do the same. The frame
// then has an opaque origin: the page's module scripts, fonts and data are cross-origin requests to the site.
const STRICT = 'allow-scripts';

test('under sandbox="allow-scripts" alone, a chart, a map view and a chapter still size their frames and run', async ({
  page,
  baseURL,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const frames = CASES.map(
    (c, i) =>
      `<iframe id="f${i}" src="${new URL(c.path, baseURL).href}" title="${c.name}" height="300" sandbox="${STRICT}" data-stc-embed></iframe><p>Next item.</p>`,
  );
  await openHost(page, 'strict', `${frames.join('')}<script src="${new URL('embed.js', baseURL).href}"></script>`);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [i, c] of CASES.entries()) {
      const frame = page.locator(`#f${i}`);
      const inner = page.frameLocator(`#f${i}`);
      await frame.scrollIntoViewIfNeeded();
      await expect(inner.locator(c.ready)).toBeAttached({ timeout: 20_000 });
      await expect.poll(() => mismatch(frame, inner), { message: `${c.name} at ${width} px` }).toBeLessThanOrEqual(3);
    }
  }
  // The frame's origin is opaque: scripts ran anyway (the map went live, the chart has its keyboard marks).
  expect(await page.frames()[1]!.evaluate(() => self.origin)).toBe('null');
  await expect(page.frameLocator('#f0').locator('story-chart [tabindex="0"]').first()).toBeAttached();
});

/** A host that runs WordPress's embed receiver (wp-includes/js/wp-embed.js): heights and links by message. */
const WP_RECEIVER = `<script>
window.addEventListener('message', function (e) {
  var d = e.data;
  if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    if (e.source !== f.contentWindow) continue;
    if (d.message === 'height') {
      var h = parseInt(d.value, 10);
      f.height = h > 1000 ? 1000 : ~~h < 200 ? 200 : h;
    }
    if (d.message === 'link') {
      var from = new URL(f.getAttribute('src')), to = new URL(d.value);
      if (to.host === from.host && document.activeElement === f) window.top.location.href = d.value;
    }
  }
});
document.querySelectorAll('iframe[data-secret]').forEach(function (f) {
  f.addEventListener('load', function () { f.contentWindow.postMessage({ message: 'ready', secret: f.dataset.secret }, '*'); });
});
</script>`;

test('a WordPress host sizes pasted embeds by its own protocol, and opens the full story in the top window', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const frames = CASES.map(
    (c, i) =>
      `<iframe id="f${i}" src="${new URL(c.path, baseURL).href}#?secret=Wp${i}Secret" data-secret="Wp${i}Secret" title="${c.name}" width="600" height="338" sandbox="${STRICT}" security="restricted" style="border:0;width:100%"></iframe><p>Next item.</p>`,
  );
  await openHost(page, 'wordpress', `${frames.join('')}${WP_RECEIVER}`);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [i, c] of CASES.entries()) {
      const frame = page.locator(`#f${i}`);
      const inner = page.frameLocator(`#f${i}`);
      await frame.scrollIntoViewIfNeeded();
      await expect(inner.locator(c.ready)).toBeAttached({ timeout: 20_000 });
      // WordPress caps a frame at 1000 px (a taller item scrolls inside it, which it can: nothing is cut off).
      await expect
        .poll(
          async () => {
            const content = await inner
              .locator('html')
              .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
            return Math.abs((await frame.boundingBox())!.height - Math.min(1000, content));
          },
          { message: `${c.name} at ${width} px` },
        )
        .toBeLessThanOrEqual(3);
    }
  }
  await page.locator('#f1').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#f1').locator('story-map[data-live]')).toBeAttached({ timeout: 20_000 });
  const story = page.frameLocator('#f1').getByRole('link', { name: /full story/ });
  await story.click();
  await page.waitForURL(/\/chapters\/the-human-cost\//);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test('where a host strips every script, a chart or a map view fits its default height, and a chapter is credited at the top', async ({
  page,
  baseURL,
  request,
}) => {
  test.slow();
  const items = [...CHART_IDS.map((id) => `charts/${id}`), 'map/moei-2', 'map/region-1'];
  /** The default height the item's embed code and oEmbed give (the frame's height for good, here). */
  const height = async (key: string) =>
    ((await (await request.get(`oembed/${key}.json`)).json()) as { height: number }).height;
  const frames = await Promise.all(
    items.map(
      async (key, i) =>
        `<iframe id="f${i}" src="${new URL(`embed/${key}/`, baseURL).href}" title="${key}" height="${await height(key)}" style="border:0;width:100%;display:block"></iframe>`,
    ),
  );
  const chapter = 'chapters/the-human-cost';
  frames.push(
    `<iframe id="ch" src="${new URL(`embed/${chapter}/`, baseURL).href}" title="chapter" height="${await height(chapter)}" style="border:0;width:100%;display:block"></iframe>`,
  );
  await openHost(page, 'stripped', frames.join(''));
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [i, key] of items.entries()) {
      const frame = page.locator(`#f${i}`);
      await frame.scrollIntoViewIfNeeded();
      const inner = page.frameLocator(`#f${i}`);
      await expect(inner.locator('.embed-credit')).toBeAttached();
      const fit = await inner
        .locator('html')
        .evaluate((html) => ({ content: html.scrollHeight, frame: html.clientHeight }));
      expect(
        fit.content,
        `${key} at ${width} px: ${fit.content} px of content in a ${fit.frame} px frame (run npm run embed:heights)`,
      ).toBeLessThanOrEqual(fit.frame);
    }
    const ch = page.locator('#ch');
    await ch.scrollIntoViewIfNeeded();
    const byline = page.frameLocator('#ch').locator('.embed-byline');
    await expect(byline).toContainText('Sever the Chain');
    const box = (await byline.boundingBox())!;
    const frameBox = (await ch.boundingBox())!;
    expect(
      box.y + box.height,
      `the chapter's credit is in its frame's first screen at ${width} px`,
    ).toBeLessThanOrEqual(frameBox.y + frameBox.height);
  }
});

test('links in an embedded chapter open outside the frame; its notes stay inside', async ({ page, baseURL }) => {
  const src = new URL('embed/chapters/what-the-data-shows/', baseURL).href;
  await openHost(
    page,
    'links',
    `<iframe id="f" src="${src}" title="Chapter" height="700" sandbox="${SANDBOX} allow-popups-to-escape-sandbox" style="width:100%;border:0"></iframe>`,
  );
  const inner = page.frameLocator('#f');
  const frame = page.frames().find((f) => f.url().startsWith(src))!;
  // Every link that leaves the page names a new tab; the relative links of the chapter's prose resolve on the site.
  const stray = await frame.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => !a.getAttribute('href')!.startsWith('#') && a.target !== '_blank' && a.target !== '_top')
      .map((a) => a.outerHTML.slice(0, 120)),
  );
  expect(stray).toEqual([]);
  const timeline = inner.getByRole('link', { name: 'the timeline', exact: true });
  await expect(timeline).toHaveAttribute('href', /^\/timeline\/$|\/timeline\/$/);
  const [popup] = await Promise.all([page.waitForEvent('popup'), timeline.click()]);
  await popup.waitForLoadState();
  expect(new URL(popup.url()).pathname).toMatch(/\/timeline\/$/);
  expect((await popup.goto(popup.url()))?.status()).toBe(200);
  expect(frame.url()).toBe(src);
});
