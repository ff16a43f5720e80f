// Bad input publishes nothing: a build over a broken data package must fail with the reporter-readable
// error and leave no output directory behind.
import { describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from './astro-build.ts';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
