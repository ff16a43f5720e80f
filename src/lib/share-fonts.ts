/**
 * The share images' lettering (build time only): the site's own fonts, drawn as outlines.
 *
 * The images are rendered by librsvg (through sharp), which takes fonts from fontconfig only: it cannot read the
 * woff2 files the site ships, and a family named in the SVG is whatever the build machine has installed under that
 * name (on Debian, DejaVu and Liberation; on a Mac, something else). So the title, kicker and credit are not SVG
 * text: they are shaped here with HarfBuzz from the shipped files (Source Serif 4 for the title, as the site's
 * headings; Inter, the live map's label font, for the small lines), converted from woff2 by subset-font, and
 * written as paths. The picture is then the same on every machine, in the site's type, and the layout measures
 * each line exactly (no estimate, so a title never runs off the card). The graphic inside the card keeps its own
 * SVG text, as on the page (charts in Arial or Liberation Sans, map labels in the system sans).
 *
 * A string with a character the font lacks (a script other than Latin) is written as SVG text instead, in
 * fontconfig's serif or sans, and measured by an estimate that errs wide.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import * as hb from 'harfbuzzjs';
import type { TextFace } from './share-card.ts';

const require = createRequire(import.meta.url);

/** The shipped font files (Fontsource's Latin cuts, variable in weight). */
const FILES = {
  serif: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  sans: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
} as const;

/** What SVG text falls back to when a font lacks a character. */
const FALLBACK_FAMILY = { serif: "'Noto Serif','DejaVu Serif',serif", sans: "'Noto Sans','DejaVu Sans',sans-serif" };

export interface ShareFonts {
  /** Source Serif 4 at the headings' weight (650). */
  title: TextFace;
  /** Source Serif 4, regular. */
  text: TextFace;
  /** Inter, semibold (kickers). */
  label: TextFace;
  /** Inter, regular (credit and data version). */
  small: TextFace;
}

const r = (n: number) => String(Math.round(n * 10) / 10);

function face(ttf: Uint8Array, weight: number, family: 'serif' | 'sans'): TextFace {
  const hbFace = new hb.Face(new hb.Blob(ttf));
  const font = new hb.Font(hbFace);
  font.setVariations([new hb.Variation('wght', weight)]);
  const upem = hbFace.upem;
  const paths = new Map<number, string>();
  // Glyph outlines in font units, rounded to whole units (a thousandth of an em: far below a pixel).
  const glyphPath = (g: number) => {
    let d = paths.get(g);
    if (d === undefined) {
      d = font.glyphToPath(g).replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(Math.round(Number(n))));
      paths.set(g, d);
    }
    return d;
  };
  const shapes = new Map<string, ReturnType<hb.Buffer['getGlyphInfosAndPositions']>>();
  const shaped = (text: string) => {
    let glyphs = shapes.get(text);
    if (!glyphs) {
      const buf = new hb.Buffer();
      buf.addText(text);
      buf.guessSegmentProperties();
      hb.shape(font, buf);
      glyphs = buf.getGlyphInfosAndPositions();
      shapes.set(text, glyphs);
    }
    return glyphs;
  };
  const covers = (text: string) => shaped(text).every((g) => g.codepoint !== 0);
  // Advances in em; `tracking` in em is added after every character but the last.
  const advance = (text: string, tracking: number) => {
    const glyphs = shaped(text);
    return glyphs.reduce((w, g) => w + (g.xAdvance ?? 0) / upem, 0) + tracking * Math.max(0, glyphs.length - 1);
  };
  return {
    measure(text, size, tracking = 0) {
      // Not covered: SVG text in a fallback font, estimated at 0.62 em a character (wide for Latin, CJK is 1 em).
      if (!covers(text)) return [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2e80 ? 1 : 0.62), 0) * size;
      return advance(text, tracking) * size;
    },
    draw(text, size, x, y, fill, tracking = 0) {
      if (!covers(text)) {
        const esc = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
        return `<text x="${r(x)}" y="${r(y)}" font-family="${FALLBACK_FAMILY[family]}" font-size="${r(size)}" font-weight="${weight}" fill="${fill}">${esc}</text>`;
      }
      const s = size / upem;
      const out: string[] = [];
      let pen = 0;
      for (const g of shaped(text)) {
        const d = glyphPath(g.codepoint);
        if (d) out.push(`<path transform="translate(${r(pen + (g.xOffset ?? 0))} ${r(g.yOffset ?? 0)})" d="${d}"/>`);
        pen += (g.xAdvance ?? 0) + tracking * upem;
      }
      return `<g fill="${fill}" transform="translate(${r(x)} ${r(y)}) scale(${s.toFixed(6)} ${(-s).toFixed(6)})">${out.join('')}</g>`;
    },
  };
}

/** Basic Latin to Latin Extended-B and General Punctuation: all that Fontsource's Latin files can hold, and more. */
const LATIN = String.fromCodePoint(
  ...Array.from({ length: 0x250 - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x2070 - 0x2000 }, (_, i) => 0x2000 + i),
  0x20ac,
  0x2122,
  0x2212,
);

let memo: Promise<ShareFonts> | undefined;

/** The four faces, loaded once per build (two woff2 files converted to TrueType: a few tenths of a second). */
export function getShareFonts(): Promise<ShareFonts> {
  return (memo ??= (async () => {
    const ttf = async (file: string) =>
      // subset-font reads woff2 and writes TrueType, which HarfBuzz reads; the subset keeps the whole Latin file
      // (every code point from U+0020 to U+024F; fewer if the font has fewer) and its weight axis.
      subsetFont(readFileSync(require.resolve(file)), LATIN, { targetFormat: 'sfnt' });
    const [serif, sans] = await Promise.all([ttf(FILES.serif), ttf(FILES.sans)]);
    return {
      title: face(serif, 650, 'serif'),
      text: face(serif, 400, 'serif'),
      label: face(sans, 600, 'sans'),
      small: face(sans, 400, 'sans'),
    };
  })());
}
