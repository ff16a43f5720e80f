// The 404 contract: an unknown URL under the base path answers HTTP 404 with the site's own
// 404 page (dist/404.html, built from src/pages/404.*), the way static hosts serve it.
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath, distDir } from '../../scripts/serve.mjs';

const dist = distDir();
const base = basePath(dist);

test('a missing page answers 404 with the site’s 404 page', async ({ page }) => {
  const notFoundFile = path.join(dist, '404.html');
  expect(existsSync(notFoundFile), 'the build must produce dist/404.html (add src/pages/404.astro)').toBe(true);

  const response = await page.goto(`${base}this-page-does-not-exist/`);
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-type']).toContain('text/html');
  expect(await response?.text()).toBe(readFileSync(notFoundFile, 'utf8'));
  await expect(page.locator('main h1')).toBeVisible();
});

test('the server refuses to serve files outside dist/', async ({ request }) => {
  for (const probe of [
    `${base}..%2f..%2fpackage.json`,
    `${base}%2e%2e/%2e%2e/package.json`,
    `${base}..%5c..%5cpackage.json`,
  ]) {
    const response = await request.get(probe);
    expect(response.status(), probe).toBe(404);
  }
});

test('an odd request target gets an answer, never a way off the site, and the server goes on serving', async ({
  baseURL,
  request,
}) => {
  const { hostname, port } = new URL(baseURL!);
  // Raw paths, as a browser would never send them but a script or a scanner may. `//` alone used to stop the server.
  for (const target of ['//', '//evil.example/', '/%', `${base}//`]) {
    const { status, location } = await new Promise<{ status: number; location: string | undefined }>(
      (resolve, reject) => {
        const req = httpRequest({ hostname, port, path: target }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, location: res.headers.location });
        });
        req.on('error', reject);
        req.end();
      },
    );
    expect([200, 400, 404], target).toContain(status);
    expect(location ?? '', target).not.toContain('evil.example');
  }
  expect((await request.get(base)).status()).toBe(200);
});
