// Finds (and if needed installs) a Chromium for the Playwright tests.
//
// Playwright cannot download its own browser builds on the project's machines (no network
// beyond the npm registry and Debian apt), so the tests run against Debian's Chromium.
// Order of preference:
//   1. env CHROMIUM_PATH (must exist when set);
//   2. a system Chromium/Chrome (/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome);
//   3. Playwright's own browser, if one is already installed;
//   4. `playwright install chromium` (works where the network allows it);
//   5. as root on Debian/Ubuntu: `apt-get update && apt-get install -y chromium`.
// The chosen path is written to node_modules/.cache/chromium-path, which playwright.config.ts
// reads. `findChromium()` is the install-free lookup, exported for the config.

import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the chosen browser path is cached for playwright.config.ts. */
export const CACHE_FILE = path.join(ROOT, 'node_modules', '.cache', 'chromium-path');

/**
 * Launch flags that work here (TOOLCHAIN.md): headless as root without a GPU (SwiftShader WebGL for the map);
 * the background-networking flags stop Chromium from endlessly retrying hosts the network refuses.
 * Shared by playwright.config.ts, scripts/bench.mjs and scripts/screenshots.mjs.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Path of Playwright's own Chromium if it is installed, else null.
 * @returns {string | null}
 */
function playwrightChromium() {
  try {
    const require = createRequire(path.join(ROOT, 'package.json'));
    /** @type {{ chromium: { executablePath(): string } }} */
    const pw = require('playwright-core');
    const file = pw.chromium.executablePath();
    return file && isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Install-free lookup, in the documented order. Throws if CHROMIUM_PATH is set but unusable
 * (an explicit choice should fail loudly rather than be silently replaced).
 * @returns {{ path: string, source: string } | null}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
    return { path: fromEnv, source: 'env CHROMIUM_PATH' };
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (isExecutable(candidate)) return { path: candidate, source: 'system browser' };
  }
  const bundled = playwrightChromium();
  if (bundled) return { path: bundled, source: "Playwright's installed browser" };
  return null;
}

/**
 * The path cached by a previous run of this script, if it still exists.
 * @returns {string | null}
 */
export function cachedChromium() {
  try {
    const file = readFileSync(CACHE_FILE, 'utf8').trim();
    return file && isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {number} timeoutMs
 */
function run(command, args, timeoutMs) {
  console.log(`ensure-chromium: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, cwd: ROOT });
  if (result.error) console.log(`ensure-chromium: ${command} failed: ${result.error.message}`);
  return result.status === 0;
}

function tryPlaywrightInstall() {
  const cli = path.join(ROOT, 'node_modules', '.bin', 'playwright');
  if (!existsSync(cli)) return false;
  // Where downloads are blocked this fails within seconds; the timeout only guards
  // against a connection that hangs.
  return run(cli, ['install', 'chromium'], 90_000);
}

function tryAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !isExecutable('/usr/bin/apt-get')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log('ensure-chromium: installing Debian chromium with apt-get');
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env, timeout: 300_000 });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', ...SITE_FONTS], {
    stdio: 'inherit',
    env,
    timeout: 600_000,
  });
  return install.status === 0;
}

/**
 * The system fonts the site's charts are set in ('Sans Fallback' in Fonts.astro: Arial, else its metric twin
 * Liberation Sans), which Debian's chromium only recommends. Without them Chromium falls back to the wider DejaVu
 * Sans, so the tests would lay out and measure charts and embed heights unlike any reader's browser.
 */
const SITE_FONTS = ['fonts-liberation'];

/** Installs the site's fonts with apt-get when fontconfig has no Liberation Sans (Debian, as root); else a note. */
function ensureFonts() {
  const list = spawnSync('fc-list', [':family=Liberation Sans'], { encoding: 'utf8' });
  if (list.status === 0 && list.stdout.trim() !== '') return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && isExecutable('/usr/bin/apt-get')) {
    console.log(`ensure-chromium: installing ${SITE_FONTS.join(', ')} with apt-get (the charts' font)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...SITE_FONTS], {
      stdio: 'inherit',
      env,
      timeout: 300_000,
    });
    if (install.status !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit', env, timeout: 300_000 });
      install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...SITE_FONTS], {
        stdio: 'inherit',
        env,
        timeout: 300_000,
      });
    }
    if (install.status === 0) return;
  }
  console.warn(
    'ensure-chromium: no Liberation Sans (fonts-liberation); charts and embed heights will measure wider than a reader sees.',
  );
}

/** @param {string} file */
function version(file) {
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return result.status === 0 ? result.stdout.trim() : 'version unknown';
}

function main() {
  let found;
  try {
    found = findChromium();
    if (!found && tryPlaywrightInstall()) found = findChromium();
    if (!found && tryAptInstall()) found = findChromium();
  } catch (err) {
    console.error(`ensure-chromium: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }

  if (!found) {
    console.error(
      [
        'ensure-chromium: no Chromium found for the end-to-end tests.',
        `  Looked at: env CHROMIUM_PATH, ${SYSTEM_CANDIDATES.join(', ')}, Playwright's browser cache;`,
        '  `playwright install chromium` and apt-get did not succeed (apt-get needs root on Debian/Ubuntu).',
        '  Fix one of:',
        '    sudo apt-get install -y chromium           (Debian/Ubuntu)',
        '    npx playwright install chromium            (where downloads are allowed)',
        '    CHROMIUM_PATH=/path/to/chrome npm test     (any Chromium or Chrome)',
      ].join('\n'),
    );
    process.exit(1);
  }

  ensureFonts();
  mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
  writeFileSync(CACHE_FILE, found.path + '\n');
  console.log(`ensure-chromium: using ${found.path} (${found.source}; ${version(found.path)})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
