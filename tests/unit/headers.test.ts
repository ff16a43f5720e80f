// The cache rules of dist/_headers (src/integrations/headers.ts): hashed /_astro/ files for a year, everything else
// (pages, data tables, map and share files with stable names) revalidated on every use, with no path matched by two
// Cache-Control rules (Cloudflare Pages joins such values with commas, and Netlify keeps one of them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildHeaders } from '../../src/integrations/headers.ts';
import { parseHeadersFile } from '../../scripts/serve.mjs';

const PAGE =
  '<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src \'self\'"></head></html>';
const FILES: Record<string, string> = {
  'index.html': PAGE,
  '404.html': PAGE,
  'chapters/a/index.html': PAGE,
  'chapters/b/index.html': PAGE,
  'embed/index.html': PAGE,
  'embed/map/index.html': PAGE,
  'methods/index.html': PAGE,
  'data/events.csv': 'id\n',
  'data/datapackage.json': '{}',
  'maps/region-1.svg': '<svg/>',
  'share/chapters/a.png': 'png',
  'sources.json': '[]',
  'embed.js': '',
  '_astro/app.1a2b3c.js': '',
  '.base': '/\n',
};

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'stc-headers-'));
  for (const [file, body] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), body);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** The Cache-Control values every rule that matches `path` gives it. */
function cacheControl(text: string, path: string): string[] {
  return parseHeadersFile(text)
    .filter((rule) => rule.pattern.test(path))
    .flatMap((rule) => rule.headers.filter(([name]) => name.toLowerCase() === 'cache-control').map(([, v]) => v));
}

describe.each(['/', '/projects/scams/'])('_headers cache rules under base %s', (base) => {
  const REVALIDATE = 'public, max-age=0, must-revalidate';
  it('hashed assets: immutable for a year, and nothing else', () => {
    expect(cacheControl(buildHeaders(dist, base), `${base}_astro/app.1a2b3c.js`)).toEqual([
      'public, max-age=31536000, immutable',
    ]);
  });
  it.each([
    '',
    '404.html',
    'chapters/a/',
    'embed/',
    'embed/map/',
    'methods/',
    'data/events.csv',
    'data/datapackage.json',
    'maps/region-1.svg',
    'share/chapters/a.png',
    'sources.json',
    'embed.js',
  ])('%s: revalidated on every use, by exactly one rule', (path) => {
    expect(cacheControl(buildHeaders(dist, base), base + path)).toEqual([REVALIDATE]);
  });
});
