// Link previews, read the way a link-preview scraper (LINE, WhatsApp, Telegram, Facebook, X) reads them: a plain
// HTTP GET of the page, no JavaScript, the <meta property|name> tags of its <head>; then a GET of the image they
// name, which must be a 1200×630 PNG of the site. The oEmbed files' thumbnails are checked the same way.
//
// Absolute URLs in the build use site.config.json's `site` (a placeholder origin until a newsroom sets its own), so
// an image is fetched by its path under the test server, and its origin is checked against the page's canonical.
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { listPages } from './helpers.ts';

/** The tags a scraper needs; each must be present once and not empty. */
const REQUIRED = [
  'og:type',
  'og:title',
  'og:description',
  'og:url',
  'og:site_name',
  'og:locale',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'og:image:type',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:image:alt',
];

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The attributes of one start tag, names lower-cased, values decoded (quoted or not, as a scraper's parser reads them). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (name.startsWith('<')) continue;
    out[name] ??= decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

interface Head {
  /** Every <meta property|name=…> in <head>, by property or name, with all the values it was given. */
  meta: Map<string, string[]>;
  canonical: string[];
  oembed: string[];
}

/** What a scraper sees of a page: the <head> of the HTML as served, no script run. */
function readHead(html: string): Head {
  const head = /<head[\s>]([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const meta = new Map<string, string[]>();
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const key = a['property'] ?? a['name'];
    if (key === undefined || a['content'] === undefined) continue;
    meta.set(key, [...(meta.get(key) ?? []), a['content']]);
  }
  const links = [...head.matchAll(/<link\b[^>]*>/gi)].map((m) => attributes(m[0]));
  return {
    meta,
    canonical: links.filter((l) => l['rel'] === 'canonical').map((l) => l['href'] ?? ''),
    oembed: links.filter((l) => l['type'] === 'application/json+oembed').map((l) => l['href'] ?? ''),
  };
}

const one = (head: Head, key: string) => head.meta.get(key)?.[0] ?? '';

/** The site's origin as configured (absolute URLs in the build), or the test server's if the build used that. */
function allowedOrigins(baseURL: string): Set<string> {
  const config = JSON.parse(readFileSync(process.env.SITE_CONFIG ?? 'site.config.json', 'utf8')) as { site: string };
  return new Set([new URL(config.site).origin, new URL(baseURL).origin]);
}

/** The share image a page should name, by the page's path under the base: the item it is, or whose embed it is. */
function expectedImage(rel: string): string {
  const item = /^(?:embed\/)?((?:chapters|charts|map)\/[^/]+)\/$/.exec(rel)?.[1];
  if (item) return `share/${item}.png`;
  if (rel === 'map/' || rel === 'embed/map/') return 'share/map/explore.png';
  if (rel === 'timeline/' || rel === 'embed/timeline/') return 'share/timeline.png';
  return 'share/home.png';
}

interface Png {
  width: number;
  height: number;
  bytes: number;
}

/** GETs an image by its path under the test server, and reads its PNG header (signature, then IHDR width and height). */
async function fetchPng(request: APIRequestContext, baseURL: string, absolute: string): Promise<Png> {
  const u = new URL(absolute);
  const res = await request.get(new URL(u.pathname + u.search, baseURL).href);
  expect(res.status(), `${u.pathname}${u.search}`).toBe(200);
  expect(res.headers()['content-type'], u.pathname).toBe('image/png');
  const b = await res.body();
  expect([...b.subarray(0, 8)], `${u.pathname}: PNG signature`).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(b.subarray(12, 16).toString('latin1'), `${u.pathname}: first chunk`).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
}

const pages = listPages();

test('every page carries Open Graph and Twitter card tags, and its share image is a 1200×630 PNG of the site', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL!).pathname;
  const origins = allowedOrigins(baseURL!);
  const problems: string[] = [];
  const images = new Map<string, string>();
  for (const p of pages) {
    const res = await request.get(p.url);
    const html = await res.text();
    const head = readHead(html);
    const say = (what: string) => problems.push(`${p.url}: ${what}`);
    for (const key of REQUIRED) {
      const values = head.meta.get(key) ?? [];
      if (values.length !== 1) say(`${key} appears ${values.length} times`);
      else if (values[0]!.trim() === '') say(`${key} is empty`);
    }
    const rel = p.url.slice(base.length);
    const isChapter = /^(?:embed\/)?chapters\/[^/]+\/$/.test(rel);
    if (one(head, 'og:type') !== (isChapter ? 'article' : 'website'))
      say(`og:type is "${one(head, 'og:type')}", expected ${isChapter ? 'article' : 'website'}`);
    if (one(head, 'twitter:card') !== 'summary_large_image') say(`twitter:card is "${one(head, 'twitter:card')}"`);
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(one(head, 'og:locale'))) say(`og:locale "${one(head, 'og:locale')}"`);
    if (head.canonical.length !== 1) say(`${head.canonical.length} canonical links`);
    else if (one(head, 'og:url') !== head.canonical[0])
      say(`og:url ${one(head, 'og:url')} is not the canonical ${head.canonical[0]}`);
    if (one(head, 'og:image:width') !== '1200' || one(head, 'og:image:height') !== '630')
      say(`og:image size ${one(head, 'og:image:width')}×${one(head, 'og:image:height')}`);
    if (one(head, 'og:image:type') !== 'image/png') say(`og:image:type ${one(head, 'og:image:type')}`);
    if (one(head, 'twitter:image') !== one(head, 'og:image')) say('twitter:image is not og:image');
    if (one(head, 'twitter:image:alt') !== one(head, 'og:image:alt')) say('twitter:image:alt is not og:image:alt');
    if (one(head, 'og:image:alt').length > 420) say('image alt is over 420 characters (X cuts it)');
    const image = one(head, 'og:image');
    let u: URL;
    try {
      u = new URL(image);
    } catch {
      say(`og:image "${image}" is not an absolute URL`);
      continue;
    }
    if (!origins.has(u.origin)) say(`og:image ${image} is not on the site (${[...origins].join(' or ')})`);
    if (head.canonical[0] && new URL(head.canonical[0]).origin !== u.origin)
      say(`og:image ${image} and the canonical are on different origins`);
    if (u.pathname !== base + expectedImage(rel))
      say(`og:image is ${u.pathname}, expected ${base}${expectedImage(rel)}`);
    images.set(u.pathname + u.search, image);
  }
  expect(problems).toEqual([]);

  const sizes: string[] = [];
  for (const [path, image] of images) {
    const png = await fetchPng(request, baseURL!, image);
    expect(`${png.width}×${png.height}`, path).toBe('1200×630');
    // Chat apps fetch the image on a phone's connection, and some refuse large ones (WhatsApp: about 300 KB).
    expect(png.bytes, `${path}: ${png.bytes} bytes`).toBeLessThan(150_000);
    sizes.push(`${path} ${Math.round(png.bytes / 1024)} KB`);
  }
  test.info().annotations.push({ type: 'share images', description: sizes.join(', ') });
});

test('every oEmbed file names its share image as a thumbnail of 1200×630', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const files = new Set<string>();
  for (const p of pages) {
    for (const href of readHead(await (await request.get(p.url)).text()).oembed) files.add(new URL(href).pathname);
  }
  expect(files.size, 'oEmbed files found through discovery').toBeGreaterThan(0);
  const thumbnails = new Map<string, string>();
  for (const file of files) {
    const res = await request.get(new URL(file, baseURL).href);
    expect(res.status(), file).toBe(200);
    const json = (await res.json()) as { thumbnail_url?: string; thumbnail_width?: number; thumbnail_height?: number };
    expect(json.thumbnail_url, `${file}: thumbnail_url`).toMatch(/^https?:\/\/[^/]+\/.*\.png(\?|$)/);
    expect([json.thumbnail_width, json.thumbnail_height], `${file}: thumbnail size`).toEqual([1200, 630]);
    const u = new URL(json.thumbnail_url!);
    thumbnails.set(u.pathname + u.search, json.thumbnail_url!);
  }
  for (const [path, url] of thumbnails) {
    const png = await fetchPng(request, baseURL!, url);
    expect(`${png.width}×${png.height}`, path).toBe('1200×630');
  }
});
