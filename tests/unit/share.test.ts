/**
 * Share images (link previews): the card's CSS for librsvg, its text layout, the lettering from the shipped fonts,
 * a real render through sharp (size, colours of a map drawn from custom properties), and the oEmbed thumbnail.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/index.ts';
import { oembed, type Embeddable } from '../../src/lib/embed.ts';
import { getData } from '../../src/lib/data.ts';
import {
  composeCard,
  fitText,
  flattenCss,
  layoutText,
  mapWindow,
  wrapText,
  type CardFonts,
  type CardInput,
  type TextFace,
} from '../../src/lib/share-card.ts';
import { getShareFonts } from '../../src/lib/share-fonts.ts';
import { SHARE_IMAGE, shareImagePath } from '../../src/lib/share-image.ts';
import { site } from '../../src/lib/site.ts';

/** A monospaced stand-in: every character half an em wide. */
const mono: TextFace = {
  measure: (t, size) => t.length * size * 0.5,
  draw: (t, size, x, y) => `<text x="${x}" y="${y}" font-size="${size}">${t}</text>`,
};
const monoFonts: CardFonts = { title: mono, text: mono, label: mono, small: mono };
const colors = site.colors.light;

describe('flattenCss: a stylesheet librsvg can apply', () => {
  it('writes the light tokens into var(), drops the dark scheme and the phone sizes', () => {
    const css =
      'svg{--sea:#aabbcc;--ink:#111111}@media (prefers-color-scheme:dark){svg{--sea:#000000}}' +
      '.m-sea{fill:var(--sea)}.m-label{fill:var(--ink);stroke:var(--halo, #ffffff)}' +
      '@media (max-width:30rem){.m-label{font-size:22px}}';
    const flat = flattenCss(css);
    expect(flat).toContain('.m-sea{fill:#aabbcc}');
    expect(flat).toContain('.m-label{fill:#111111;stroke:#ffffff}');
    expect(flat).not.toMatch(/@media|var\(|#000000|22px/);
  });
  it('takes tokens from the caller, and drops declarations nothing resolves', () => {
    const flat = flattenCss(
      '/* a comment */ .c-dot{fill:var(--compound);stroke:var(--paper)} .chart{max-width:var(--measure)}',
      {
        '--compound': '#a4441b',
        paper: '#fbfaf6',
      },
    );
    expect(flat).toContain('.c-dot{fill:#a4441b;stroke:#fbfaf6}');
    expect(flat).not.toMatch(/measure|\.chart|comment/);
  });
  it('resolves every var() in chart.css with the site tokens', () => {
    const css = readFileSync('src/components/charts/chart.css', 'utf8');
    const flat = flattenCss(css, Object.fromEntries(Object.entries(colors).map(([k, v]) => [`--${k}`, v])));
    expect(flat).not.toContain('var(');
    expect(flat).toMatch(new RegExp(`\\.c-dot\\{fill: ?${colors.compound};`));
    expect(flat).not.toContain('@container');
  });
});

describe('card text layout', () => {
  const card = (over: Partial<CardInput> = {}): CardInput => ({
    kicker: 'Chapter 3 of 6',
    title: 'The human cost',
    subtitle: 'A standfirst of a few words.',
    site: 'Sever the Chain',
    credit: ['Data version 1.0.0, 1 January 2027', 'The desk'],
    graphic: { svg: '<svg viewBox="0 0 800 600"></svg>', fit: 'map' },
    ...over,
  });
  it('wraps greedily and keeps every line within the width', () => {
    const lines = wrapText(mono, 'one two three four five six seven', 10, 60);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven']);
  });
  it('fits a title at the largest size whose lines are within the column', () => {
    const block = fitText(mono, 'Map of the scam-compound region and the offensive in northern Myanmar', {
      sizes: [60, 50, 40, 30],
      width: 420,
      height: 400,
      maxLines: 6,
      leading: 1.12,
    })!;
    expect(block.size).toBe(50);
    for (const l of block.lines) expect(mono.measure(l, block.size)).toBeLessThanOrEqual(420);
    expect(block.lines.join(' ')).toBe('Map of the scam-compound region and the offensive in northern Myanmar');
  });
  it('keeps the standfirst where it fits whole, and drops it (never cuts it) where it does not', () => {
    expect(layoutText(card(), monoFonts).subtitle?.lines.join(' ')).toBe('A standfirst of a few words.');
    const long = layoutText(card({ subtitle: 'word '.repeat(200).trim() }), monoFonts);
    expect(long.subtitle).toBeUndefined();
    expect([long.title.size, long.title.lines]).toEqual([60, ['The human cost']]);
  });
  it('cuts only a title no card could hold, with an ellipsis', () => {
    const t = layoutText(card({ title: 'long '.repeat(120).trim(), subtitle: undefined }), monoFonts).title;
    expect(t.size).toBe(34);
    expect(t.lines.at(-1)).toMatch(/…$/);
    for (const l of t.lines) expect(mono.measure(l, 34)).toBeLessThanOrEqual(420);
  });
  it('crops a map to the panel evenly at its sides, keeping its whole height', () => {
    const [x, y, w, h] = mapWindow([0, 0, 800, 600]);
    expect(y).toBe(0);
    expect(h).toBeCloseTo(600);
    expect(x).toBeCloseTo(800 - x - w);
    expect(w / h).toBeCloseTo((SHARE_IMAGE.width - 520) / SHARE_IMAGE.height);
  });
});

describe('a card rendered with the shipped fonts', async () => {
  const fonts = await getShareFonts();
  const map =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600"><title>A map</title>' +
    '<style>svg{--sea:#3366cc}@media (prefers-color-scheme:dark){svg{--sea:#000000}}.m-sea{fill:var(--sea)}</style>' +
    '<rect class="m-sea" width="800" height="600"/></svg>';
  const input: CardInput = {
    kicker: 'Map, view 2 of 5',
    title: 'Map of the Moei river border between Myawaddy and Mae Sot',
    subtitle: 'From the chapter “The human cost”',
    site: site.title,
    credit: ['Data version 1.0.0, 1 January 2027', site.organisation],
    graphic: { svg: map, fit: 'map' },
  };
  const svg = composeCard(input, fonts, colors);

  it('letters the text as outlines of Source Serif 4 and Inter (no font lookup on the build machine)', () => {
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('<title>');
    expect(fonts.title.measure('The human cost', 50)).toBeGreaterThan(fonts.title.measure('The human', 50));
  });

  it('falls back to SVG text for a script the fonts lack', () => {
    expect(fonts.title.draw('电诈园区', 40, 0, 0, '#000')).toMatch(/^<text [^>]*font-family="[^"]*serif/);
  });

  it('renders to a small 1200×630 PNG, the map in its light colours (librsvg knows no custom properties)', async () => {
    const png = await sharp(Buffer.from(svg)).png({ palette: true, dither: 0 }).toBuffer();
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'png']);
    expect(png.length).toBeLessThan(150_000);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    expect(at(900, 600)).toEqual([0x33, 0x66, 0xcc]);
    const paper = [1, 3, 5].map((i) => parseInt(colors.paper.slice(i, i + 2), 16));
    expect(at(20, 20)).toEqual(paper);
  });

  it('renders a chart with its page styles: marks in the site colours, no black fills', async () => {
    const chart = buildChart('held', getData(), { locale: site.locale });
    const css = readFileSync('src/components/charts/chart.css', 'utf8');
    const card = composeCard({ ...input, graphic: { svg: chart.svg.desktop, css, fit: 'chart' } }, fonts, colors);
    expect(card).not.toContain('var(');
    const { data } = await sharp(Buffer.from(card)).raw().toBuffer({ resolveWithObject: true });
    const compound = [1, 3, 5].map((i) => parseInt(colors.compound.slice(i, i + 2), 16));
    let compoundPixels = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] === compound[0] && data[i + 1] === compound[1] && data[i + 2] === compound[2]) compoundPixels++;
    expect(compoundPixels).toBeGreaterThan(100);
  });
});

describe('oEmbed thumbnail', () => {
  const item: Embeddable = {
    key: 'charts/held',
    name: 'Held',
    title: 'Held (chart)',
    description: 'd',
    path: 'embed/charts/held/',
    canonical: 'charts/held/',
    height: 640,
    medium: 'Interactive chart',
  };
  it("names the item's share image, with its size", () => {
    const o = oembed(item, { version: '1.4.0', date: '2027-02-03' });
    expect(o.thumbnail_url).toBe(new URL('/share/charts/held.png?v=1.4.0', site.site).href);
    expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
  });
  it('share image paths are per key, with the data version as a query', () => {
    expect(shareImagePath('map/moei-2')).toBe('share/map/moei-2.png');
    expect(shareImagePath('home', '1.0.0')).toBe('share/home.png?v=1.0.0');
  });
});
