/**
 * Share images as PNG files (build time): the card of src/lib/share-card.ts, with the item's picture from
 * src/lib/share.ts and the lettering of src/lib/share-fonts.ts, rendered by sharp (libvips and librsvg).
 *
 * Each image is made once: the first file the build asks for starts all of them, two at a time (the other core
 * renders while Astro writes pages), and each PNG is kept in node_modules/.cache/share-images/ with the hash of the
 * SVG it came from, so a build whose cards did not change (same data, same text, same code) reuses them all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { composeCard } from './share-card.ts';
import { getShareFonts } from './share-fonts.ts';
import { getShareItems, shareCardInput } from './share.ts';

/**
 * A palette of 256 colours without dithering: the cards are flat colour, hairlines and antialiased lettering,
 * which a palette holds with no visible loss, at half the truecolour size (25–55 KB a card instead of 75–120 KB);
 * dithering would add noise to every flat area and double the size. zlib at its default level: level 9 took twice
 * as long for files 5% smaller.
 */
const PNG = { palette: true, colours: 256, dither: 0, effort: 1, compressionLevel: 6 } as const;
const CACHE = join(process.cwd(), 'node_modules/.cache/share-images');

/** The card of `key` as SVG text (what the PNG is rendered from). */
export async function shareCardSvg(key: string): Promise<string> {
  const [input, fonts] = await Promise.all([shareCardInput(key), getShareFonts()]);
  return composeCard(input, fonts, input.colors);
}

async function render(key: string): Promise<Buffer> {
  const svg = await shareCardSvg(key);
  const hash = createHash('sha256')
    .update(JSON.stringify([PNG, sharp.versions.vips, sharp.versions.rsvg]))
    .update(svg)
    .digest('hex');
  const file = join(CACHE, `${key}.png`);
  const stamp = `${file}.sha256`;
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return readFileSync(file);
  const png = await sharp(Buffer.from(svg)).png(PNG).toBuffer();
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    writeFileSync(stamp, hash);
  } catch {
    // A read-only node_modules: no cache, the next build renders again.
  }
  return png;
}

const pngs = new Map<string, Promise<Buffer>>();
let started: Promise<void> | undefined;

/** Renders every card, `limit` at a time, into `pngs`. */
async function renderAll(limit: number): Promise<void> {
  const keys = (await getShareItems()).map((i) => i.key);
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      if (!pngs.has(key)) pngs.set(key, render(key));
      await pngs.get(key)!.catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** The PNG of `key` (1200×630). */
export async function sharePng(key: string): Promise<Buffer> {
  started ??= renderAll(Math.max(1, Math.min(2, availableParallelism()))).catch(() => undefined);
  if (!pngs.has(key)) pngs.set(key, render(key));
  return pngs.get(key)!;
}
