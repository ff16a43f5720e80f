// End-to-end tests against the *built* site (dist/), served by scripts/serve.mjs.
// `npm test` builds first; `npm run test:e2e` alone expects an up-to-date dist/.
//
// Browser: Playwright cannot download its own builds here, so we launch an existing
// Chromium (see scripts/ensure-chromium.mjs and /work/shared/TOOLCHAIN.md).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, cachedChromium, findChromium } from './scripts/ensure-chromium.mjs';
import { basePath, distDir } from './scripts/serve.mjs';
import { PHONE } from './tests/e2e/helpers.ts';

const port = Number(process.env.PORT ?? 4322);
const base = basePath(distDir());
const origin = `http://127.0.0.1:${port}`;

/** env CHROMIUM_PATH, else the path `npm run test:e2e` cached, else a fresh lookup, else Debian's. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return cachedChromium() ?? findChromium()?.path ?? '/usr/bin/chromium';
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Tests inside one file (the every-page suite is one file) are spread over both workers.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,

  webServer: {
    command: 'node scripts/serve.mjs',
    // Wait for the port rather than a URL: a URL would have to answer 2xx–403, which the
    // home page does not while the site is being set up.
    port,
    env: { PORT: String(port), HOST: '127.0.0.1' },
    // Caution: outside CI this reuses *whatever* already listens on the port, which may be
    // serving an older build.
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 15_000,
  },

  use: {
    baseURL: `${origin}${base}`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },

  // Every test runs on `desktop`. Tests tagged `@phone` (test('…', { tag: '@phone' }, …))
  // run on `phone` as well. The every-page suite is untagged: it sets the viewport it needs
  // per test (see every-page.spec.ts), so each page is loaded once per check, not per project.
  projects: [
    {
      name: 'desktop',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      grep: /@phone\b/,
      use: { browserName: 'chromium', ...PHONE }, // 390×844, isMobile, hasTouch, DPR 2
    },
  ],
});
