/**
 * Writes `_headers` into the built site: the HTTP headers that Netlify and Cloudflare Pages read (a path pattern on
 * its own line, its header lines indented under it). `scripts/serve.mjs` applies the same file, so the local server
 * and the end-to-end tests see what a reader of the deployed site gets.
 *
 * - **A header policy beside the <meta> one.** Each page's <meta> policy (Astro's, with the hashes of that page's
 *   scripts and styles) does the work; a browser enforces every policy it is given, so the header adds what a
 *   <meta> policy cannot carry, `frame-ancestors` (embeds may be framed anywhere, every other page nowhere), and
 *   repeats `object-src 'none'` and `base-uri 'self'`. It names no `default-src`, which would also govern scripts
 *   and refuse the inline ones the <meta> policy allows by hash.
 * - **Few rules, one per section of the site** (`/chapters/*`, `/embed/*`, `/timeline/`…), never two for the same
 *   header on one path, except `/embed/` inside `/embed/*`: those hosts join such values with commas, which makes
 *   two policies that both apply, so the embed index stays unframeable. Cloudflare reads at most 100 rules and
 *   2,000 characters a line; the build fails past either.
 * - Every file: `nosniff`, a referrer policy and `Access-Control-Allow-Origin: *` (an embed in a sandbox without
 *   allow-same-origin has an opaque origin, for which its own scripts, fonts and map data are cross-origin reads).
 * - **Cache rules that let a CDN carry any readership.** Astro's content-hashed files (`_astro/*`: scripts, styles,
 *   fonts, the map) are `immutable` for a year: a new build gives them new names, so no reader ever needs to ask for
 *   them again. Everything else keeps its name from build to build (pages, data tables, map and share files,
 *   `embed.js`), so it is `public, max-age=0, must-revalidate`: browsers and CDN edges may keep a copy but ask
 *   (a cheap 304) before each use, and a correction is live as soon as it is deployed. These rules go on one pattern
 *   per top-level entry of the site, never on `*`, so that no path gets two Cache-Control values (Cloudflare Pages
 *   would join them with a comma into a contradiction, Netlify would keep one of them).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER_POLICY, frameAncestors } from '../lib/csp.ts';

const MAX_RULES = 100;
const MAX_LINE = 2000;

/** Content-hashed build output: renamed whenever it changes. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
/** Files with stable names (pages, data, map and share files): kept, but revalidated before each use. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * One pattern per top-level entry of the built site other than `_astro/` (and `_headers` and dotfiles, which are not
 * served): a folder as `<base>folder/*`, a file as its path, and the home page as `<base>`. No two of them match the
 * same path, and none matches a hashed asset.
 */
export function revalidatePatterns(dist: string, base: string): string[] {
  const entries = readdirSync(dist).filter((name) => name !== '_astro' && name !== '_headers' && !name.startsWith('.'));
  return [
    base,
    ...entries.map((name) => (statSync(join(dist, name)).isDirectory() ? `${base}${name}/*` : `${base}${name}`)),
  ].sort();
}

/** Every `.html` file under `dir`, as paths relative to it with forward slashes. */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full, root);
    return name.endsWith('.html') ? [relative(root, full).split(sep).join('/')] : [];
  });
}

/** The URL path of a built page: `chapters/x/index.html` -> `/base/chapters/x/`, `404.html` -> `/base/404.html`. */
export function pagePath(file: string, base: string): string {
  return (
    base + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file)
  );
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m?.[1];
}

/**
 * The path patterns that cover these pages, one per section: a top-level folder with several pages becomes
 * `<base>folder/*`, a lone page its own path. Embeds are one section; the /embed/ index, a page of the site, gets a
 * rule of its own inside it.
 */
export function sectionPatterns(paths: string[], base: string): string[] {
  const sections = new Map<string, string[]>();
  for (const p of paths) {
    const first = p.slice(base.length).split('/')[0] ?? '';
    sections.set(first, [...(sections.get(first) ?? []), p]);
  }
  const patterns: string[] = [];
  for (const [first, members] of sections) {
    if (first === '' || members.length === 1 || first.endsWith('.html')) patterns.push(...members);
    else patterns.push(`${base}${first}/*`);
    if (first === 'embed' && members.includes(`${base}embed/`)) patterns.push(`${base}embed/`);
  }
  return [...new Set(patterns)].sort();
}

export function buildHeaders(dist: string, base: string): string {
  const pages = htmlFiles(dist).sort();
  for (const file of pages)
    if (!metaPolicy(readFileSync(join(dist, file), 'utf8')))
      throw new Error(`_headers: ${file} has no Content-Security-Policy <meta> tag (is security.csp on?)`);
  // Header lines by pattern, so that a section whose pattern is also a cache pattern is one rule.
  const rules = new Map<string, string[]>();
  const add = (pattern: string, line: string) => rules.set(pattern, [...(rules.get(pattern) ?? []), line]);
  add(`${base}_astro/*`, `Cache-Control: ${CACHE_HASHED}`);
  for (const pattern of revalidatePatterns(dist, base)) add(pattern, `Cache-Control: ${CACHE_REVALIDATE}`);
  for (const pattern of sectionPatterns(
    pages.map((f) => pagePath(f, base)),
    base,
  ))
    add(pattern, `Content-Security-Policy: ${HEADER_POLICY}; ${frameAncestors(pattern, base)}`);
  const blocks = [
    `${base}*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Access-Control-Allow-Origin: *`,
    ...[...rules].map(([pattern, lines]) => [pattern, ...lines.map((l) => `  ${l}`)].join('\n')),
  ];
  if (blocks.length > MAX_RULES)
    throw new Error(`_headers would have ${blocks.length} rules; Cloudflare Pages reads at most ${MAX_RULES}.`);
  const long = blocks.flatMap((b) => b.split('\n')).find((line) => line.length > MAX_LINE);
  if (long)
    throw new Error(
      `_headers: a line of ${long.length} characters; Cloudflare Pages reads at most ${MAX_LINE}: ${long.slice(0, 80)}…`,
    );
  return blocks.join('\n\n') + '\n';
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'sever-the-chain:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), buildHeaders(dist, base));
        logger.info('wrote _headers (frame-ancestors and cache rules by section, and the site-wide headers)');
      },
    },
  };
}
