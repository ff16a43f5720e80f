// Dev aid: `node scripts/screenshots.mjs <baseUrl> <outDir> path1 path2 …` takes full-page PNGs at
// 390px and 1280px, light and dark, in Debian's Chromium. Not part of the test run.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from './ensure-chromium.mjs';

const [base = 'http://127.0.0.1:4321', out = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const schemes = (process.env.SCHEMES ?? 'light').split(',');
for (const p of paths.length ? paths : ['/']) {
  for (const [w, h] of [
    [390, 844],
    [1280, 800],
  ]) {
    for (const scheme of schemes) {
      const page = await browser.newPage({
        viewport: { width: w, height: h },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(base + p, { waitUntil: 'networkidle' });
      await page.waitForTimeout(Number(process.env.WAIT ?? 300));
      const name = `${out}/${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${w}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
