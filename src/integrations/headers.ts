/**
 * Writes `_headers` into the built site: the HTTP headers that Netlify and Cloudflare Pages read (one block per path,
 * its header lines indented under it). Each page gets the Content-Security-Policy of its own <meta> tag, which
 * Astro writes with the hashes of that page's scripts and styles, plus `frame-ancestors`, which only a header can
 * carry: embeds may be framed anywhere, every other page nowhere. Every file gets `nosniff`, a referrer policy and
 * `Access-Control-Allow-Origin: *` (an embed in a sandbox without allow-same-origin reads its own files cross-origin),
 * and Astro's content-hashed files are cached for a year. `scripts/serve.mjs` applies the same file, so the local
 * server and the end-to-end tests see what a reader of the deployed site gets.
 *
 * One block per page keeps each policy exact (blocks that match the same path are merged by those hosts, and two
 * policies would both apply). Cloudflare Pages reads at most 100 rules: the build fails past that, with the count.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameAncestors } from '../lib/csp.ts';

const MAX_RULES = 100;

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
  return m?.[1]
    ?.replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .join('; ');
}

export function buildHeaders(dist: string, base: string): string {
  const blocks = [
    // Every file may be read from any origin: the site is public, and an embed framed with sandbox="allow-scripts"
    // alone (WordPress, strict LMSs) has an opaque origin, for which its own module scripts, fonts and map data
    // are cross-origin requests.
    `${base}*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Access-Control-Allow-Origin: *`,
    `${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`,
  ];
  for (const file of htmlFiles(dist).sort()) {
    const path = pagePath(file, base);
    const policy = metaPolicy(readFileSync(join(dist, file), 'utf8'));
    if (!policy) throw new Error(`_headers: ${file} has no Content-Security-Policy <meta> tag (is security.csp on?)`);
    blocks.push(`${path}\n  Content-Security-Policy: ${policy}; ${frameAncestors(path, base)}`);
  }
  if (blocks.length > MAX_RULES)
    throw new Error(
      `_headers would have ${blocks.length} rules; Cloudflare Pages reads at most ${MAX_RULES}. Merge page rules (src/integrations/headers.ts).`,
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
        logger.info('wrote _headers (a Content-Security-Policy and frame-ancestors for every page)');
      },
    },
  };
}
