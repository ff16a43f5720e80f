// `npm run embed:heights`: measures how tall each chart and map-view embed is at the widths its frames commonly
// have (a phone, a blog's column, a wide page) and writes the largest, per item, to src/lib/embed-heights.json.
// The embed codes and oEmbed files use it as the frame's height before it sizes itself, and for good on a host that
// strips scripts, so nothing is cut off there. Run it after a data change that makes a chart taller (the end-to-end
// suite fails, naming the chart, when a frame of that height would cut one off); it needs a built site in dist/.
//
// Chapters, the explore map, the home page and the timeline are far taller than any frame: they keep a fixed
// height and say whose work they are at the top (src/layouts/Embed.astro).

import { chromium } from '@playwright/test';
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './ensure-chromium.mjs';
import { ROOT, basePath, createStaticServer, distDir } from './serve.mjs';

/** Frame widths to fit: small and common phones, a blog's text column, a wide course page. */
export const WIDTHS = [320, 390, 640, 800, 1280];
/** Room for what differs from one reader to the next (the web font or its fallback, a scrollbar): 3%, at least 24 px. */
const slack = (/** @type {number} */ h) => Math.max(24, Math.ceil(h * 0.03));
const OUT = path.join(ROOT, 'src/lib/embed-heights.json');

const dist = distDir();
const base = basePath(dist);
/** The embed pages whose height the site promises: /embed/charts/<id>/ and /embed/map/<step>/. */
const keys = ['charts', 'map'].flatMap((kind) => {
  const dir = path.join(dist, 'embed', kind);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => existsSync(path.join(dir, d, 'index.html')))
        .map((d) => `${kind}/${d}`)
    : [];
});
if (!keys.length) {
  console.error(`No embed pages in ${dist}/embed/: run npm run build first.`);
  process.exit(1);
}

const server = createStaticServer({ dist, base });
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? findChromium()?.path ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
/** @type {Record<string, number>} */
const heights = {};
try {
  for (const key of keys.sort()) {
    let tallest = 0;
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${origin}${base}embed/${key}/`);
      await page.evaluate(() => document.fonts.ready);
      const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      tallest = Math.max(tallest, h);
      await page.close();
    }
    heights[key] = tallest + slack(tallest);
    console.log(`${key}: ${heights[key]} px`);
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(OUT, JSON.stringify(heights, null, 2) + '\n');
console.log(`wrote ${path.relative(ROOT, OUT)} (${keys.length} items, widths ${WIDTHS.join(', ')} px)`);
