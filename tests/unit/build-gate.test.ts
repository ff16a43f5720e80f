// Bad input publishes nothing: a build over a broken data package must fail with the reporter-readable
// error and leave no output directory behind.
import { describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from './astro-build.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('the build gate', () => {
  it('fails on invalid data with file, line and column, and writes no site', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stc-gate-'));
    const data = join(tmp, 'data');
    const out = join(tmp, 'dist');
    try {
      cpSync(join(ROOT, 'data'), data, { recursive: true });
      const places = readFileSync(join(data, 'places.csv'), 'utf8').split('\n');
      // Line 3 of places.csv: type the latitude with a decimal comma, as a spreadsheet in some locales does.
      places[2] = places[2]!.replace(/,(\d+\.\d+),(\d+\.\d+),/, ',"16,78",$2,');
      writeFileSync(join(data, 'places.csv'), places.join('\n'));
      const r = astroBuild(out, [], { DATA_DIR: data });
      expect(r.status).not.toBe(0);
      expect(r.stdout + r.stderr).toContain('data/places.csv, line 3, column "lat": found "16,78"');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run build', () => {
  it('keeps the last good site when a build fails at its end, and leaves no staging folder', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stc-swap-'));
    const dist = join(tmp, 'dist');
    try {
      mkdirSync(dist);
      writeFileSync(join(dist, 'index.html'), 'the last good build');
      // Every page is written before the build fails: a build straight into dist/ would leave them over the last
      // good site (seen with the old `astro build`: 53 new pages, then a crash).
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/build.mjs'), '--config', 'tests/fixtures/configs/fails-late.astro.config.mjs'],
        {
          cwd: ROOT,
          env: { ...process.env, DIST_DIR: dist, SITE_URL: 'http://127.0.0.1:4399' },
          encoding: 'utf8',
          timeout: 240_000,
        },
      );
      expect(r.stdout + r.stderr).toContain('The build failed at its end, on purpose');
      expect(r.status).not.toBe(0);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
      expect(readdirSync(tmp).sort()).toEqual(['dist']);
      expect(r.stderr).toContain('The build failed (see above); nothing was published');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('a production build', () => {
  it('stops, naming the field, when "site" is still the placeholder origin', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'stc-origin-'));
    const out = join(tmp, 'dist');
    try {
      // The template's own config, whatever a fork has put in site.config.json.
      const config = join(tmp, 'site.config.json');
      writeFileSync(
        config,
        JSON.stringify({
          ...JSON.parse(readFileSync(join(ROOT, 'site.config.json'), 'utf8')),
          site: 'https://example.org',
        }),
      );
      const r = astroBuild(out, [], { SITE_URL: '', SITE_CONFIG: config });
      expect(r.status).not.toBe(0);
      expect(r.stdout + r.stderr).toContain(
        'site.config.json, field "site": https://example.org is the template\'s placeholder',
      );
      expect(existsSync(join(out, 'index.html'))).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
