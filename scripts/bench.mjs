// `npm run bench`: performance of the built site against bench/budgets.json.
//
//   DIST_DIR=/tmp/x-dist PORT=4599 node scripts/bench.mjs     (expects a built site; `npm run build` first)
//   BENCH_PAGES=map/ BENCH_RUNS=3 node scripts/bench.mjs       (only those pages, comma-separated paths under the
//                                                                base; "chapter" names the first story-map chapter)
//
// Serves dist/ with scripts/serve.mjs, runs Lighthouse (mobile, simulated throttling) on the home page,
// the first chapter with a story map, the timeline and the explore map (/map/: its list of every feature is the
// site's largest DOM), and prints for each the performance score, LCP,
// TBT, CLS, bytes transferred and JavaScript bytes; then the gzip size of every JS chunk in _astro/, and,
// in Chromium via Playwright, how long the story map takes from entering the viewport to going live.
// Exits non-zero when a budget is exceeded (each failure is printed).
//
// Each page is measured BENCH_RUNS times (default 5, as Lighthouse CI recommends), each in a fresh Chrome, and each
// figure is compared by its median over the runs, as Lighthouse CI aggregates assertions: on a shared machine one
// run's simulated timings move with the CPU time other processes take (Lighthouse scales the main-thread tasks it
// observed). The table prints the median and, in brackets, the range. The machine's load average is printed before
// and after the runs, with a warning when it was above its number of CPUs before them: figures from a busy machine
// read high.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ROOT, basePath, distDir } from './serve.mjs';
import { CHROMIUM_ARGS } from './ensure-chromium.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--disable-dev-shm-usage', ...CHROMIUM_ARGS];
const budgets = JSON.parse(readFileSync(path.join(ROOT, 'bench/budgets.json'), 'utf8'));
const dist = distDir();
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`bench: no built site at ${dist}. Run \`npm run build\` first (or set DIST_DIR).`);
  process.exit(2);
}
const base = basePath(dist);
const port = Number(process.env.PORT ?? 4599);
const origin = `http://127.0.0.1:${port}`;
/** Map code: the lazily loaded live-map chunk and MapLibre's worker. */
const MAP_CODE = /\/_astro\/(live|maplibre)[^/]*\.(js|css)$/;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

/** Median of numbers (the mean of the middle two for an even count). */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** "median (min–max)", or the one value. */
const spread = (xs, unit = '') =>
  xs.length === 1 ? `${xs[0]}${unit}` : `${median(xs)}${unit} (${Math.min(...xs)}–${Math.max(...xs)})`;

/** The first chapter (in file order) whose HTML holds a story map host. */
function mapChapter() {
  const dir = path.join(dist, 'chapters');
  for (const slug of readdirSync(dir).sort()) {
    const file = path.join(dir, slug, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes('<story-map')) return `chapters/${slug}/`;
  }
  return undefined;
}

function run(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0] ?? cmd)} exited ${code}\n${err.slice(-2000)}`)),
    );
  });
}

async function lighthouse(pagePath, outDir, runIndex) {
  const out = path.join(outDir, `${pagePath.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${runIndex}.json`);
  await run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      origin + base + pagePath,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--chrome-flags=${FLAGS.join(' ')}`,
    ],
    { CHROME_PATH: CHROME },
  );
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const requests = r.audits['network-requests']?.details?.items ?? [];
  return {
    page: '/' + pagePath,
    score: Math.round((r.categories.performance.score ?? 0) * 100),
    lcp: Math.round(r.audits['largest-contentful-paint'].numericValue),
    tbt: Math.round(r.audits['total-blocking-time'].numericValue),
    cls: Math.round(r.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    bytes: Math.round(r.audits['total-byte-weight'].numericValue),
    jsBytes: requests.filter((q) => q.resourceType === 'Script').reduce((n, q) => n + (q.transferSize ?? 0), 0),
    mapCode: requests.map((q) => q.url).filter((u) => MAP_CODE.test(new URL(u).pathname)),
  };
}

/** Milliseconds from the map scrolly's top entering the viewport to <story-map data-live>. */
async function mapLiveMs(pagePath) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => f !== '--headless=new') });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(origin + base + pagePath, { waitUntil: 'networkidle' });
    return await page.evaluate(async () => {
      const host = document.querySelector('story-map');
      const scrolly = host.closest('scrolly-steps') ?? host;
      // Start with the map two viewports below, so the measurement includes the lazy load.
      window.scrollTo({
        top: Math.max(0, scrolly.getBoundingClientRect().top + scrollY - innerHeight * 3),
        behavior: 'instant',
      });
      await new Promise((r) => setTimeout(r, 500));
      const t0 = performance.now();
      window.scrollTo({ top: scrolly.getBoundingClientRect().top + scrollY - innerHeight + 1, behavior: 'instant' });
      return new Promise((resolve) => {
        const check = () =>
          host.hasAttribute('data-live')
            ? resolve(Math.round(performance.now() - t0))
            : host.dataset.fallback
              ? resolve(-1)
              : setTimeout(check, 20);
        check();
        setTimeout(() => resolve(Infinity), 30_000);
      });
    });
  } finally {
    await browser.close();
  }
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
/** The 1-minute load average, and whether it is above the machine's CPUs (other work competing with the runs). */
const load = () => {
  const l = loadavg()[0];
  return { text: `${l.toFixed(2)} on ${availableParallelism()} CPUs`, busy: l > availableParallelism() };
};
const loadBefore = load();
const server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.mjs')], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: 'ignore',
});
const failures = [];
try {
  // Wait until the server answers (up to 15 s).
  for (let i = 0; i < 75; i++) {
    const ok = await fetch(origin + base).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i === 74) throw new Error(`bench: the server on ${origin} did not start (is the port taken?)`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const found = mapChapter();
  if (!found) failures.push('no chapter with a story map was found');
  const all = ['', ...(found ? [found] : []), 'timeline/', 'map/'];
  const only = process.env.BENCH_PAGES?.split(',').map((p) =>
    p.trim() === 'chapter' ? found : p.trim().replace(/^\//, ''),
  );
  const pages = only ? all.filter((p) => only.includes(p)) : all;
  if (only && pages.length === 0)
    throw new Error(`bench: BENCH_PAGES names none of ${all.map((p) => `"${p}"`).join(', ')}`);
  // The story map's time to go live is measured with its chapter.
  const chapter = pages.includes(found) ? found : undefined;
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const results = [];
  for (const p of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(p, outDir, i));
    const pick = (key) => runs.map((r) => r[key]);
    const r = {
      page: runs[0].page,
      score: median(pick('score')),
      lcp: median(pick('lcp')),
      tbt: median(pick('tbt')),
      cls: median(pick('cls')),
      bytes: Math.max(...pick('bytes')),
      jsBytes: Math.max(...pick('jsBytes')),
      mapCode: [...new Set(runs.flatMap((x) => x.mapCode))],
      runs,
    };
    results.push(r);
    const b = budgets.pages;
    if (r.score < b.performanceScore) failures.push(`${r.page}: performance ${r.score} < ${b.performanceScore}`);
    if (r.lcp > b.lcpMs) failures.push(`${r.page}: LCP ${r.lcp} ms > ${b.lcpMs} ms`);
    if (r.tbt > b.tbtMs) failures.push(`${r.page}: TBT ${r.tbt} ms > ${b.tbtMs} ms`);
    if (r.cls > b.cls) failures.push(`${r.page}: CLS ${r.cls} > ${b.cls}`);
    if (!budgets.mapCodeInFirstLoad && r.mapCode.length)
      failures.push(`${r.page}: map code in the first load: ${r.mapCode.join(', ')}`);
    if (p === chapter && r.bytes > budgets.mapChapterFirstLoadBytes)
      failures.push(`${r.page}: first load ${kib(r.bytes)} > ${kib(budgets.mapChapterFirstLoadBytes)}`);
  }
  console.log(
    `\nLighthouse (mobile), ${RUNS} run${RUNS === 1 ? '' : 's'} a page: median (range); sizes: the largest run`,
  );
  console.table(
    results.map((r) => ({
      page: r.page,
      perf: spread(r.runs.map((x) => x.score)),
      'LCP ms': spread(r.runs.map((x) => x.lcp)),
      'TBT ms': spread(r.runs.map((x) => x.tbt)),
      CLS: spread(r.runs.map((x) => x.cls)),
      transferred: kib(r.bytes),
      JS: kib(r.jsBytes),
      'map code': r.mapCode.length ? 'YES' : 'no',
    })),
  );

  const astro = path.join(dist, '_astro');
  const chunks = readdirSync(astro)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const raw = readFileSync(path.join(astro, f));
      return {
        chunk: f,
        raw: kib(raw.length),
        gzip: kib(gzipSync(raw, { level: 9 }).length),
        _g: gzipSync(raw, { level: 9 }).length,
      };
    })
    .sort((a, b) => b._g - a._g)
    .map(({ _g, ...c }) => c);
  console.log('\nJavaScript chunks (dist/_astro)');
  console.table(chunks);

  if (chapter) {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await mapLiveMs(chapter));
    const ms = median(times);
    console.log(`\nStory map live ${spread(times, ' ms')} after entering the viewport (/${chapter}, Chromium, 390 px)`);
    if (times.some((t) => t < 0)) failures.push('story map fell back to the static map (no WebGL?)');
    else if (ms > budgets.mapLiveMs) failures.push(`story map live after ${ms} ms > ${budgets.mapLiveMs} ms`);
  }
} finally {
  server.kill();
}
// The runs themselves keep about two CPUs busy, so only the load before them says whether other work competed.
console.log(`\nMachine load (1-minute average): ${loadBefore.text} before the runs, ${load().text} after them.`);
if (loadBefore.busy)
  console.log('The machine was busy with other work: timings (TBT, LCP, map live) read high. Rerun when it is idle.');
if (failures.length) {
  console.error(`\nOver budget (bench/budgets.json):\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
