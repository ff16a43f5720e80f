// A newsroom hosts the story under a sub-path (site.config.json "base"). Every link, script, stylesheet and
// data request in the built pages must stay under that path, or the site breaks on their server.
import { describe, expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const BASE = '/projects/scams/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

describe('hosting under a sub-path', () => {
  it('keeps every root-relative URL under the base path', () => {
    const out = mkdtempSync(join(tmpdir(), 'stc-base-'));
    try {
      const r = astroBuild(out, ['--base', BASE]);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(out, '.base'), 'utf8').trim()).toBe(BASE);
      const stray: string[] = [];
      const files = htmlFiles(out);
      expect(files.length).toBeGreaterThan(10);
      for (const file of files) {
        const html = readFileSync(file, 'utf8');
        for (const m of html.matchAll(/\b(?:href|src|action|data-[a-z-]*url)="(\/[^"]*)"/g)) {
          if (!m[1]!.startsWith(BASE)) stray.push(`${relative(out, file)}: ${m[1]}`);
        }
      }
      expect([...new Set(stray.map((s) => s.split(':')[0]))]).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
