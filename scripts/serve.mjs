// A tiny, dependency-free static server for the built site (dist/).
//
//   node scripts/serve.mjs                 # http://127.0.0.1:4321/<base>
//   PORT=4322 HOST=0.0.0.0 node scripts/serve.mjs
//   DIST_DIR=/tmp/other-dist BASE_PATH=/sever-the-chain/ node scripts/serve.mjs
//
// It serves the site under its base path exactly as a static host (e.g. GitHub Pages)
// would, so the end-to-end tests exercise the real built output, not `astro dev`.
// The base path comes from env BASE_PATH, else from `<dist>/.base` (a one-line file
// the build may write), else '/'.
//
// The helpers below are exported so the Playwright config and tests resolve the
// dist directory and base path the same way the server does.

import { createReadStream, existsSync, readFileSync, statSync, realpathSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Repository root (this file lives in <root>/scripts/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Absolute path of the built site: env DIST_DIR (absolute, or relative to the repo root),
 * default `dist`.
 * @returns {string}
 */
export function distDir() {
  return path.resolve(ROOT, process.env.DIST_DIR || 'dist');
}

/**
 * Normalises a base path to the form '/' or '/a/b/' (leading and trailing slash).
 * @param {string} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The site's base path: env BASE_PATH, else `<dist>/.base`, else '/'.
 * @param {string} [dist]
 * @returns {string}
 */
export function basePath(dist = distDir()) {
  if (process.env.BASE_PATH) return normaliseBase(process.env.BASE_PATH);
  const file = path.join(dist, '.base');
  if (existsSync(file)) return normaliseBase(readFileSync(file, 'utf8'));
  return '/';
}

const HTML = 'text/html; charset=utf-8';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': HTML,
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

/**
 * Gzip bodies, kept per file version: compressing MapLibre's 1.1 MB chunk took ~30 ms of CPU on every request,
 * time a real static host (which compresses once, at deploy) does not spend, and that `npm run bench` would
 * otherwise count against the map.
 */
const gzipCache = new Map();
function gzipped(file, etag) {
  const hit = gzipCache.get(file);
  if (hit?.etag === etag) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { etag, body });
  return body;
}

/**
 * Cache policy. Astro's `_astro/` files carry a content hash in their names, so they can be
 * cached forever; everything else (HTML, data files, public/ assets with stable names)
 * must be revalidated so a rebuild is picked up immediately.
 * @param {string} urlPath path relative to the base, e.g. `_astro/app.1a2b.js`
 */
function cacheControl(urlPath) {
  return urlPath.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Maps a path (relative to the base, already percent-decoded) to a file inside `dist`,
 * or returns null. Refuses anything that would leave `dist`, including via symlinks.
 * @param {string} dist absolute, real path of the dist directory
 * @param {string} rel
 * @returns {{ file: string, redirectToSlash: boolean } | null}
 */
function resolveFile(dist, rel) {
  if (rel.includes('\0')) return null;
  const target = path.resolve(dist, '.' + path.posix.sep + rel);
  if (target !== dist && !target.startsWith(dist + path.sep)) return null;

  /** @param {string} p */
  const safeFile = (p) => {
    try {
      if (!statSync(p).isFile()) return false;
      const real = realpathSync(p);
      return real.startsWith(dist + path.sep);
    } catch {
      return false;
    }
  };

  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    /* not found: fall through */
  }
  if (isDir) {
    const index = path.join(target, 'index.html');
    if (!safeFile(index)) return null;
    // `/about` -> `/about/` so relative URLs inside the page resolve as on a static host.
    return { file: index, redirectToSlash: rel !== '' && !rel.endsWith('/') };
  }
  if (safeFile(target)) return { file: target, redirectToSlash: false };
  // Astro's `build.format: 'file'` writes `about.html` for `/about`.
  if (!rel.endsWith('/') && path.extname(target) === '' && safeFile(target + '.html')) {
    return { file: target + '.html', redirectToSlash: false };
  }
  return null;
}

/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use: a path pattern on its own line, then its
 * headers indented under it; `*` matches any characters) into rules.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Creates (but does not start) the server.
 * @param {{ dist?: string, base?: string }} [options]
 * @returns {import('node:http').Server}
 */
export function createStaticServer(options = {}) {
  const dist = realpathSync(options.dist ?? distDir());
  const base = options.base ?? basePath(dist);
  const notFoundPage = path.join(dist, '404.html');
  // The built site's own `_headers` (src/integrations/headers.ts), applied as a static host would; re-read when a
  // rebuild replaced it.
  const headersFile = path.join(dist, '_headers');
  /** @type {{ mtime: number, rules: ReturnType<typeof parseHeadersFile> }} */
  let headerRules = { mtime: -1, rules: [] };
  /** @param {string} urlPath @returns {Record<string, string>} */
  const siteHeaders = (urlPath) => {
    let mtime = 0;
    try {
      mtime = statSync(headersFile).mtimeMs;
    } catch {
      /* no _headers */
    }
    if (mtime !== headerRules.mtime)
      headerRules = { mtime, rules: mtime ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [] };
    /** @type {Record<string, string>} */
    const out = {};
    for (const rule of headerRules.rules)
      if (rule.pattern.test(urlPath))
        // Values of a header that several rules set are joined with commas, as Netlify and Cloudflare Pages do.
        for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
    return out;
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const handle = (req, res) => {
    const method = req.method ?? 'GET';
    /** @param {number} status @param {Record<string, string>} headers @param {string} [body] */
    const send = (status, headers, body = '') => {
      res.writeHead(status, { 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(method === 'HEAD' ? undefined : body);
    };

    if (method !== 'GET' && method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed\n');
      return;
    }

    const notFound = () => {
      if (existsSync(notFoundPage)) {
        send(
          404,
          { ...siteHeaders(`${base}404.html`), 'Content-Type': HTML, 'Cache-Control': 'no-cache' },
          readFileSync(notFoundPage, 'utf8'),
        );
      } else {
        send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not Found\n');
      }
    };

    // Read the request target: normally a path ("origin form"), but a client may send the absolute form
    // (`http://host/path`, which a server must accept) or `*` (only meaningful for OPTIONS, refused above).
    // It is read as a path on this site, never as a host: as a relative URL, `//x` would be a host name.
    const target = req.url ?? '/';
    let pathname;
    let search;
    try {
      const absolute = /^https?:\/\//i.test(target);
      if (!absolute && !target.startsWith('/')) throw new Error('not a path');
      const parsed = absolute ? new URL(target) : new URL(`http://localhost${target.replace(/^\/+/, '/')}`);
      // Repeated slashes name the same file on a static host; collapsing them keeps every redirect on this site.
      pathname = decodeURIComponent(parsed.pathname).replace(/\/{2,}/g, '/');
      search = parsed.search;
    } catch {
      send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad Request\n');
      return;
    }

    // Outside the base path: send the bare root (and `/base` without slash) to the site.
    if (!pathname.startsWith(base)) {
      if (pathname === '/' || pathname + '/' === base) {
        send(302, { Location: base + search });
      } else {
        notFound();
      }
      return;
    }

    const rel = pathname.slice(base.length);
    const found = resolveFile(dist, rel);
    if (!found) {
      notFound();
      return;
    }
    if (found.redirectToSlash) {
      send(301, { Location: encodeURI(base + rel + '/') + search });
      return;
    }

    const stat = statSync(found.file);
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      ...siteHeaders(base + rel),
      'Content-Type': CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(rel),
      ETag: etag,
      'Last-Modified': stat.mtime.toUTCString(),
    };
    if (req.headers['if-none-match'] === etag) {
      send(304, headers);
      return;
    }
    // Compress text as any real static host does, so local measurements (npm run bench) see real sizes.
    const compressible = /^(text\/|application\/(json|javascript|xml|geo\+json|manifest\+json)|image\/svg)/.test(
      headers['Content-Type'],
    );
    if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipped(found.file, etag);
      res.writeHead(200, {
        'X-Content-Type-Options': 'nosniff',
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Content-Length': String(body.length),
        ...headers,
      });
      res.end(method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { 'X-Content-Type-Options': 'nosniff', 'Content-Length': String(stat.size), ...headers });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  // A bug in one answer must not stop the server: log it, answer 500, and go on serving.
  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      console.error(`Error while answering ${req.method} ${req.url}:`, err);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    }
  });
}

function main() {
  const dist = distDir();
  const rel = path.relative(process.cwd(), dist);
  // Show `dist/` when it is under the working directory, the absolute path otherwise.
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dist : rel;
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    console.error(`No built site at ${shown}/ — run npm run build first.`);
    process.exit(1);
  }
  const base = basePath(dist);
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 4321);
  const server = createStaticServer({ dist, base });

  server.on('error', (/** @type {NodeJS.ErrnoException} */ err) => {
    if (err.code === 'EADDRINUSE') {
      console.error(`Port ${port} on ${host} is already in use; set PORT to use another one.`);
    } else {
      console.error(err);
    }
    process.exit(1);
  });
  server.listen(port, host, () => {
    const shownHost = host.includes(':') ? `[${host}]` : host;
    console.log(`Serving ${shown}/ at http://${shownHost}:${port}${base}`);
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}

// Run only when executed directly, not when imported by playwright.config.ts / tests.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
