// Embeddable items and oEmbed discovery: a consumer (WordPress, an LMS, a chat app) reads the first
// <link rel="alternate" type="application/json+oembed"> of a page, so a page names at most one item, and each chart,
// the home page and the timeline have a page of their own whose link names that item.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from '../../scripts/serve.mjs';
import { CHART_IDS } from '../../src/story/steps.ts';
import { listPages } from './helpers.ts';

const DISCOVERY = 'link[rel="alternate"][type="application/json+oembed"]';
const discoveryIn = (html: string) =>
  [...html.matchAll(/<link\b[^>]*type="application\/json\+oembed"[^>]*>/g)].map(
    (m) => /href="([^"]*)"/.exec(m[0])?.[1] ?? '',
  );

/** Every oEmbed file in the build, by its key (the path under oembed/, without .json). */
function oembedKeys(): string[] {
  const root = path.join(distDir(), 'oembed');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
    );
  return walk(root)
    .map((f) => path.relative(root, f).split(path.sep).join('/').slice(0, -'.json'.length))
    .sort();
}

interface OEmbed {
  html: string;
  url: string;
  embed_url: string;
  title: string;
  height: number;
}

/** The page's discovery links, as site paths (they are absolute on the configured site, not the test server). */
async function discoveryPaths(page: Page): Promise<string[]> {
  return (await page.locator(DISCOVERY).evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''))).map(
    (href) => new URL(href).pathname,
  );
}

test('every built page carries at most one oEmbed discovery link', () => {
  const many = listPages()
    .map((p) => ({ url: p.url, links: discoveryIn(readFileSync(path.join(distDir(), p.file), 'utf8')) }))
    .filter((p) => p.links.length > 1)
    .map((p) => `${p.url}: ${p.links.length} (${p.links.join(', ')})`);
  expect(many, 'pages with more than one discovery link (a consumer takes the first)').toEqual([]);
});

test('the chart gallery names no single chart for oEmbed, and links each chart to its own page', async ({ page }) => {
  await page.goto('charts/');
  await expect(page.locator(DISCOVERY)).toHaveCount(0);
  for (const id of CHART_IDS) {
    const title = page.locator(`story-chart[data-chart="${id}"]`).getByRole('heading', { level: 2 });
    await expect(title.getByRole('link')).toHaveAttribute('href', new RegExp(`/charts/${id}/$`));
  }
});

for (const id of CHART_IDS) {
  test(`chart ${id} has its own page, whose one discovery link and share box name that chart`, async ({
    page,
    request,
  }) => {
    const res = await page.goto(`charts/${id}/`);
    expect(res?.status()).toBe(200);
    const chart = page.locator(`story-chart[data-chart="${id}"]`);
    await expect(chart).toHaveCount(1);
    // The chart's title is the page's one h1.
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(chart.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/charts/${id}/$`));
    expect(await discoveryPaths(page)).toEqual([expect.stringMatching(new RegExp(`/oembed/charts/${id}\\.json$`))]);
    const o = (await (
      await request.get(new URL((await page.locator(DISCOVERY).getAttribute('href'))!).pathname)
    ).json()) as OEmbed;
    expect(o.html).toMatch(new RegExp(`<iframe src="[^"]+/embed/charts/${id}/\\?v=`));
    expect(new URL(o.url).pathname).toMatch(new RegExp(`/charts/${id}/$`));
    // Share or embed: its link is this page, its code embeds this chart.
    const share = chart.locator('share-box');
    await expect(share.locator('[data-share="link"]')).toHaveText(new RegExp(`/charts/${id}/$`));
    await expect(share.locator('[data-share="code"]')).toHaveText(new RegExp(`/embed/charts/${id}/\\?v=`));
    // A way back to the gallery, and to the chapter that tells the chart's story.
    await expect(page.getByRole('link', { name: /all charts/i })).toHaveAttribute('href', /\/charts\/$/);
    // (Only where a chapter shows the chart: a fork's chapters may not use every chart.)
    const chapters = listPages().filter(
      (p) => /^\/(.*\/)?chapters\/[^/]+\/$/.test(p.url) && !p.url.includes('/embed/'),
    );
    const shown = chapters.some((p) =>
      readFileSync(path.join(distDir(), p.file), 'utf8').includes(`data-chart="${id}"`),
    );
    if (shown) await expect(page.locator(`main a[href*="/chapters/"]`).first()).toBeVisible();

    await page.goto(`embed/charts/${id}/`);
    expect(await discoveryPaths(page)).toEqual([expect.stringMatching(new RegExp(`/oembed/charts/${id}\\.json$`))]);
  });
}

test('each oEmbed file embeds its own item, whose pages name that file', async ({ request }) => {
  // Read from the build (forty-odd items, two pages each): a built page is a served page (every-page.spec.ts).
  const pages = new Map(listPages().map((p) => [p.url, readFileSync(path.join(distDir(), p.file), 'utf8')]));
  const keys = oembedKeys();
  expect(keys).toEqual(expect.arrayContaining(['home', 'timeline', ...CHART_IDS.map((id) => `charts/${id}`)]));
  for (const key of keys) {
    const res = await request.get(`oembed/${key}.json`);
    expect(res.ok(), key).toBe(true);
    const o = (await res.json()) as OEmbed;
    const src = /<iframe src="([^"]+)"/.exec(o.html)?.[1];
    expect(src, `${key}: an iframe`).toBeTruthy();
    const embed = new URL(src!.replaceAll('&amp;', '&')).pathname;
    expect(embed, `${key}: the iframe loads the embed page`).toBe(new URL(o.embed_url).pathname);
    expect(embed, key).toMatch(/\/embed\//);
    // The embed page exists and points back at this very file.
    const own = expect.stringMatching(new RegExp(`/oembed/${key}\\.json$`));
    expect(pages.has(embed), `${key}: ${embed} is built`).toBe(true);
    expect(discoveryIn(pages.get(embed)!), `${key}: discovery on ${embed}`).toEqual([own]);
    // So does the item's page in the full story, when the item is a page of its own (a map view is a step of
    // its chapter, #fragment, and the chapter page names the chapter).
    const story = new URL(o.url);
    if (story.hash) continue;
    expect(pages.has(story.pathname), `${key}: ${story.pathname} is built`).toBe(true);
    expect(discoveryIn(pages.get(story.pathname)!), `${key}: discovery on ${story.pathname}`).toEqual([own]);
  }
});

const PAGES = [
  { key: 'home', story: '', embed: 'embed/home/', content: 'nav ol a[href*="/chapters/"]' },
  { key: 'timeline', story: 'timeline/', embed: 'embed/timeline/', content: '#timeline-events li[data-kind]' },
] as const;

test.describe('the home page and the timeline are embeddable', () => {
  for (const p of PAGES) {
    test(`${p.embed} reads without JavaScript, without the masthead, and names its oEmbed`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const base = test.info().project.use.baseURL!;
      const res = await page.goto(new URL(p.embed, base).href);
      expect(res?.status()).toBe(200);
      await expect(page.locator('main h1')).toHaveCount(1);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('header.masthead')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('data-reading', 'article');
      await expect(page.locator(`main ${p.content}`).first()).toBeVisible();
      expect(await page.locator(`main ${p.content}`).count()).toBeGreaterThan(3);
      await expect(page.locator('.embed-credit')).toContainText(/Data version \d+\.\d+\.\d+/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${p.story}$`));
      expect(await discoveryPaths(page)).toEqual([expect.stringMatching(new RegExp(`/oembed/${p.key}\\.json$`))]);
      const o = (await (await page.request.get(new URL(`oembed/${p.key}.json`, base).href)).json()) as OEmbed;
      expect(o.html).toMatch(new RegExp(`<iframe src="[^"]+/${p.embed}\\?v=[^"]+" title="[^"]+"`));
      expect(o.height).toBeGreaterThan(300);
      await context.close();
    });

    test(`${p.story || 'the home page'} names its own oEmbed and offers "Share or embed"`, async ({ page }) => {
      await page.goto(p.story);
      expect(await discoveryPaths(page)).toEqual([expect.stringMatching(new RegExp(`/oembed/${p.key}\\.json$`))]);
      const share = page.locator('share-box');
      await expect(share).toHaveCount(1);
      await share.getByText('Share or embed').click();
      await expect(share.locator('[data-share="code"]')).toHaveText(new RegExp(`/${p.embed}\\?v=`));
    });
  }

  test('the embed index lists them', async ({ page }) => {
    await page.goto('embed/');
    for (const p of PAGES) {
      const item = page.locator('.embed-index__item').filter({ has: page.locator(`a[href$="/${p.embed}"]`) });
      await expect(item, p.embed).toHaveCount(1);
      await expect(item.locator('iframe[title^="Preview: "]')).toHaveCount(1);
    }
  });
});
