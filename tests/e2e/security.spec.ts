// The site's HTTP headers, from dist/_headers as a static host (and the local server) applies them: the story's
// pages may not be framed by another site, its embeds may, and no page lets the browser guess a file's type.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from '../../scripts/serve.mjs';
import { listPages } from './helpers.ts';

let host: Server;
let hostOrigin = '';
let hostBody = '';

// Another site: a page served from a second origin (another port), as a course platform or a blog would be.
test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostBody);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Opens a page of another site that frames `src`, and returns the frame's final URL. */
async function frameFromAnotherSite(page: Page, src: string): Promise<string> {
  hostBody = `<!doctype html><title>A course page</title><iframe src="${src}" title="embedded" width="600" height="400"></iframe>`;
  await page.goto(`${hostOrigin}/course-page.html`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => frame?.url() ?? '', { message: 'the frame navigates' }).not.toBe('about:blank');
  await frame!.waitForLoadState();
  return frame!.url();
}

test('another site cannot frame a chapter of the story', async ({ page, baseURL }) => {
  const chapter = new URL('chapters/beijings-offensive/', baseURL).href;
  const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
  const url = await frameFromAnotherSite(page, chapter);
  expect(url).not.toBe(chapter);
  await refused;
});

test('another site can frame an embed, which shows its content', async ({ page, baseURL }) => {
  const embed = new URL('embed/chapters/beijings-offensive/', baseURL).href;
  const url = await frameFromAnotherSite(page, embed);
  expect(url).toBe(embed);
  const frame = page.frames().find((f) => f.url() === embed)!;
  await expect(frame.locator('h1').first()).toBeVisible();
});

test('every page and file says nosniff and a referrer policy; hashed assets are cached for a year', async ({
  request,
}) => {
  for (const path of ['', 'chapters/beijings-offensive/', 'embed/', 'data/events.csv']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
  const asset = readdirSync(join(distDir(), '_astro')).find((f) => f.endsWith('.js'));
  expect(asset, 'a hashed script in dist/_astro/').toBeDefined();
  expect((await request.get(`_astro/${asset}`)).headers()['cache-control']).toContain('immutable');
});

test('every page is one well-formed document: nothing after </html>, a policy without unsafe-inline scripts', async () => {
  const problems: string[] = [];
  for (const { url, file } of listPages()) {
    const html = readFileSync(join(distDir(), file), 'utf8');
    if (!html.trimEnd().endsWith('</html>'))
      problems.push(
        `${url}: text after </html>: ${html.slice(html.lastIndexOf('</html>') + 7, html.lastIndexOf('</html>') + 80)}`,
      );
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (!policy) problems.push(`${url}: no Content-Security-Policy <meta>`);
    else if (/unsafe-inline|unsafe-eval|\*/.test(scripts)) problems.push(`${url}: script-src ${scripts}`);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "default-src 'self'"])
      if (!policy.includes(directive)) problems.push(`${url}: policy lacks ${directive}`);
  }
  expect(problems).toEqual([]);
});

test('_headers stays within what Cloudflare Pages reads: at most 100 rules, lines of at most 2,000 characters', () => {
  const text = readFileSync(join(distDir(), '_headers'), 'utf8');
  const rules = text.split('\n').filter((line) => line !== '' && !/^\s/.test(line));
  expect(rules.length).toBeLessThanOrEqual(100);
  const long = text.split('\n').filter((line) => line.length > 2000);
  expect(long.map((l) => `${l.length}: ${l.slice(0, 60)}…`)).toEqual([]);
});
