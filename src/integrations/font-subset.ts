/**
 * Vite plugin: the site ships its web fonts cut down to the characters it actually uses.
 *
 * Fontsource's "latin" files hold ~250 glyphs over the full weight axis (Source Serif 4 ≈ 51 KB,
 * Inter ≈ 48 KB). Every page downloads one or two of them at the highest priority while it first
 * renders, so on a slow phone network their size is a large part of the time to first paint.
 *
 * Any `?url` import of one of the {@link FONTS} files (Fonts.astro, the story map's and the explorer's
 * label font) resolves to a subset made with HarfBuzz (`subset-font`) at build time:
 * - characters: printable ASCII, plus every character of the original file's Latin range that occurs in
 *   the site's own text (content/, data/, src/, site.config.json), so a new name with an accent in the
 *   data is covered at the next build;
 * - weights: the variable `wght` axis limited to the weights the CSS uses (see {@link FONTS});
 * - OpenType features: only those browsers apply to running text by default, plus lining figures
 *   ({@link LAYOUT_FEATURES}). The alternates behind the others (small capitals, old-style and tabular
 *   figures, fractions) are a fifth to a third of each file, and the site's CSS asks for none of them
 *   in these fonts (tables, charts and UI text use system fonts).
 * Characters outside the subset fall back per glyph to the metric-matched fallback face, as characters
 * outside the Latin range always did. {@link unicodeRange} gives the `unicode-range` of the subset.
 *
 * Subsets are cached in node_modules/.cache/font-subset/, keyed by the source file, the characters and
 * the axis range; Vite hashes the output by content, so a changed subset gets a new URL.
 */
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import { DATA_DIR } from './data-gate.ts';

/** The Latin range of Fontsource's latin files (the characters the original files cover). */
export const LATIN_RANGE: readonly [number, number][] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/** OpenType layout features kept in the subsets (see the header); the rest, and their glyphs, are dropped. */
export const LAYOUT_FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk', 'lnum'];

/** Font files that are subset, and the weight range each keeps (the CSS uses 400–700). */
export const FONTS: Record<string, { wght: { min: number; max: number } }> = {
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2': { wght: { min: 400, max: 700 } },
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2': { wght: { min: 400, max: 700 } },
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2': { wght: { min: 400, max: 700 } },
};

const inLatin = (cp: number) => LATIN_RANGE.some(([a, b]) => cp >= a && cp <= b);

/** Text sources scanned for characters: the site's words, wherever they are written. */
function textFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^\.(astro|ts|mdx?|csv|json|svg)$/.test(extname(p))) out.push(p);
    }
  };
  for (const d of [join(root, 'content'), join(root, 'src'), DATA_DIR]) walk(d);
  const site = join(root, 'site.config.json');
  if (existsSync(site)) out.push(site);
  return out.sort();
}

/** Named character references that may stand for non-ASCII text in templates. */
const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  middot: '\u00b7',
  times: '\u00d7',
  minus: '\u2212',
  thinsp: '\u2009',
  hairsp: '\u200a',
  pound: '\u00a3',
  euro: '\u20ac',
  deg: '\u00b0',
  copy: '\u00a9',
};

/** Source text with HTML character references and JavaScript unicode escapes spelled out as their characters. */
function decodeEscapes(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);|&#([0-9]+);/gi, (m, h, d) => {
      const cp = h ? parseInt(h, 16) : Number(d);
      return cp <= 0x10ffff ? m + String.fromCodePoint(cp) : m;
    })
    .replace(/&([a-z]+);/gi, (m, n: string) => m + (NAMED[n.toLowerCase()] ?? ''))
    .replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi, (m, a, b) => {
      const cp = parseInt(a ?? b, 16);
      return cp <= 0x10ffff ? m + String.fromCodePoint(cp) : m;
    });
}

/** The characters the subsets keep: printable ASCII and the Latin-range characters the site's text uses. */
export function subsetCharacters(root: string): string {
  const cps = new Set<number>();
  for (let cp = 0x20; cp < 0x7f; cp++) cps.add(cp);
  cps.add(0xa0); // no-break space (&nbsp;)
  for (const file of textFiles(root))
    for (const ch of decodeEscapes(readFileSync(file, 'utf8'))) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && inLatin(cp)) cps.add(cp);
    }
  return String.fromCodePoint(...[...cps].sort((a, b) => a - b));
}

/** CSS `unicode-range` for a set of characters (runs of consecutive code points merged). */
export function unicodeRange(chars: string): string {
  const cps = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const parts: string[] = [];
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(cps[i]!)}` : `U+${hex(cps[i]!)}-${hex(cps[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

let memo: { root: string; range: string } | undefined;
/** The `unicode-range` of the subsets built for the site in `root` (for the @font-face rules). */
export function subsetUnicodeRange(root = process.cwd()): string {
  if (memo?.root !== root) memo = { root, range: unicodeRange(subsetCharacters(root)) };
  return memo.range;
}

export function fontSubset(root = process.cwd()): Plugin {
  const require = createRequire(join(root, 'package.json'));
  const cacheDir = resolve(root, 'node_modules/.cache/font-subset');
  let chars: string | undefined;
  const pending = new Map<string, Promise<string>>();

  async function build(spec: string): Promise<string> {
    chars ??= subsetCharacters(root);
    const source = require.resolve(spec);
    const input = readFileSync(source);
    const axes = FONTS[spec]!;
    const key = createHash('sha256')
      .update(input)
      .update(chars)
      .update(JSON.stringify(axes))
      .update(LAYOUT_FEATURES.join())
      .digest('hex')
      .slice(0, 16);
    // Keep the original file name (Vite adds its own content hash to the emitted asset).
    const out = join(cacheDir, key, source.split(/[\\/]/).pop()!);
    if (!existsSync(out)) {
      const subset = await subsetFont(input, chars, {
        targetFormat: 'woff2',
        variationAxes: axes,
        keepFeatures: LAYOUT_FEATURES,
      });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, subset);
    }
    return out;
  }

  return {
    name: 'sever-the-chain:font-subset',
    enforce: 'pre',
    async resolveId(id) {
      const [spec, query] = id.split('?');
      if (!spec || !(spec in FONTS) || query !== 'url') return null;
      if (!pending.has(spec)) pending.set(spec, build(spec));
      return `${await pending.get(spec)!}?url`;
    },
  };
}
