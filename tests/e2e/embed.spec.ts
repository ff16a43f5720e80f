// The educators' embed kit: a titled iframe that sizes itself to its content (and shrinks again),
// with no dependency on the host page's scripts beyond our own tiny resizer.
import { expect, test } from '@playwright/test';
import { listPages } from './helpers.ts';

const embeds = listPages().filter((p) => p.url.includes('/embed/chapters/'));

test('every chapter has an embed page', () => {
  const chapters = listPages().filter((p) => /\/chapters\/[^/]+\/$/.test(p.url) && !p.url.includes('/embed/'));
  expect(embeds.length).toBe(chapters.length);
});

test('an embedded chapter sizes its iframe to the content, both ways', async ({ page, baseURL }) => {
  const src = new URL(embeds[0]!.url, baseURL).href;
  // A host page on the same server (about:blank would have an opaque origin).
  await page.goto(new URL('./', baseURL).href);
  await page.evaluate(
    ({ src, script }) => {
      document.body.innerHTML = `<iframe src="${src}" title="Embedded chapter" width="100%" height="300" style="border:0;width:100%" data-stc-embed></iframe>`;
      const s = document.createElement('script');
      s.src = script;
      document.body.append(s);
    },
    { src, script: new URL('embed.js', baseURL).href },
  );
  const frame = page.locator('iframe[data-stc-embed]');
  const inner = page.frameLocator('iframe[data-stc-embed]');
  await expect(inner.locator('h1')).toBeVisible();
  const contentHeight = async () =>
    inner.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs((await frame.boundingBox())!.height - (await contentHeight())))
    .toBeLessThan(2);
  const tall = (await frame.boundingBox())!.height;
  expect(tall).toBeGreaterThan(300);
  // Shrink the content: the frame follows (pym.js #165: frames that never shrink).
  await inner.locator('.chapter__body').evaluate((el) => (el.innerHTML = '<p>Short.</p>'));
  await expect.poll(async () => (await frame.boundingBox())!.height).toBeLessThan(tall - 100);
});

test('embed pages link back to the full story in the top window and show the data version', async ({ page }) => {
  await page.goto(embeds[0]!.url);
  const back = page.locator('.embed-credit a[target="_top"]').first();
  await expect(back).toHaveAttribute('href', /\/chapters\//);
  await expect(page.locator('.embed-credit')).toContainText('data version');
  await expect(page.locator('header.masthead')).toHaveCount(0);
});

test('chapters offer the embed code with an iframe title', async ({ page }) => {
  const chapter = listPages().find((p) => /\/chapters\/[^/]+\/$/.test(p.url) && !p.url.includes('/embed/'))!;
  await page.goto(chapter.url);
  await page.getByText('Embed this chapter').click();
  const code = await page.getByRole('textbox', { name: /Paste this into your course page/ }).inputValue();
  expect(code).toMatch(/<iframe src="[^"]+\/embed\/chapters\/[^"]+" title="[^"]+"/);
  expect(code).toContain('embed.js');
});
