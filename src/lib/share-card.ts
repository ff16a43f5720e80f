/**
 * The share card (the picture under a pasted link, 1200×630): one SVG, composed from the graphic the page shows
 * (a map step's static map or a chart's desktop SVG) and the item's kicker, title, the site's name, its credit and
 * the data version. Pure: the fonts come in as {@link TextFace}s (src/lib/share-fonts.ts) and the result is SVG
 * text, which src/lib/share-render.ts turns into a PNG with sharp (librsvg).
 *
 * librsvg reads a `<style>` but knows neither custom properties nor media queries, so the graphic's stylesheet is
 * flattened first ({@link flattenCss}): the light scheme's tokens are written into every `var()`, and the
 * `@media` / `@container` blocks (dark scheme, phone sizes) are dropped. The card is always in the light scheme:
 * a chat app shows it on either background, and its own frame.
 */
import { SHARE_IMAGE } from './share-image.ts';
import type { SchemeColors } from '../map/style.ts';

/** A font as the card uses it: measure a line and draw it (x, y: the start of its baseline; tracking in em). */
export interface TextFace {
  measure(text: string, size: number, tracking?: number): number;
  draw(text: string, size: number, x: number, y: number, fill: string, tracking?: number): string;
}

export interface CardFonts {
  title: TextFace;
  text: TextFace;
  label: TextFace;
  small: TextFace;
}

/** The site's colour tokens for the card's scheme (the map's own type: site.config.json `colors.light`). */
export type CardColors = SchemeColors;

export interface CardGraphic {
  /** A complete SVG document (its root element has a viewBox, or a width and height). */
  svg: string;
  /** A stylesheet the graphic needs from the page (a chart's marks are styled by chart.css), flattened like its own. */
  css?: string;
  /**
   * `map`: fills the right-hand panel edge to edge, cropped at its sides (the map's frame has room around what it
   * is about); `chart`: sits on the paper, whole if it fits at a legible scale, else its top, faded out.
   */
  fit: 'map' | 'chart';
}

export interface CardInput {
  /** Small capitals over the title: what the item is ("Chapter 3 of 6", "Chart", "Map, view 2 of 5"). */
  kicker: string;
  title: string;
  /** A standfirst under the title, shown only where it fits whole (never cut). */
  subtitle?: string | undefined;
  /** The site's name, over the credit (none on a card whose title is the site's name). */
  site?: string | undefined;
  /** Credit and data version: up to two lines (each wrapped if it must be; beyond two lines, cut). */
  credit: string[];
  graphic: CardGraphic;
}

const { width: W, height: H } = SHARE_IMAGE;
/** Margin around the text column. */
const PAD = 56;
/** Left edge of a map's panel; a chart's box starts a little further right and keeps a margin. */
const MAP_X = 520;
const CHART_BOX = { x: 548, y: 48, width: 604, height: H - 96 };
/** A chart is shown whole down to this scale; a taller one keeps this scale and shows its top. */
const CHART_MIN_SCALE = 0.62;
const TEXT_W = MAP_X - PAD - 40;
/** The smallest title that keeps its standfirst; a longer title drops the standfirst instead. */
const TITLE_WITH_SUBTITLE = 44;
/** The text column's blocks, top to bottom. */
const KICKER_Y = PAD + 46;
const TITLE_TOP = KICKER_Y + 30;

const num = (n: number) => String(Math.round(n * 100) / 100);

// ---------------------------------------------------------------------------------------------------------------
// CSS for librsvg

/** Removes every at-rule (with its block, if it has one) from a stylesheet, and its comments. */
function dropAtRules(css: string): string {
  let out = '';
  const s = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let i = 0; i < s.length;) {
    if (s[i] !== '@') {
      out += s[i++];
      continue;
    }
    const brace = s.indexOf('{', i);
    const semi = s.indexOf(';', i);
    if (semi !== -1 && (brace === -1 || semi < brace)) {
      i = semi + 1;
      continue;
    }
    if (brace === -1) break;
    let depth = 0;
    let j = brace;
    for (; j < s.length; j++) {
      if (s[j] === '{') depth++;
      else if (s[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/**
 * A stylesheet as librsvg can apply it: at-rules dropped (the light scheme and the desktop sizes stay), and every
 * `var(--x)` replaced by the value of `--x`, from `tokens` or, failing that, from a declaration in the sheet itself,
 * or the var()'s fallback. A declaration whose var() has none of these is dropped (a page-only length such as
 * --measure in chart.css, for elements the picture does not have).
 */
export function flattenCss(css: string, tokens: Record<string, string> = {}): string {
  const flat = dropAtRules(css);
  const values = new Map<string, string>();
  for (const m of flat.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) if (!values.has(m[1]!)) values.set(m[1]!, m[2]!.trim());
  for (const [k, v] of Object.entries(tokens)) values.set(k.startsWith('--') ? k : `--${k}`, v);
  const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;
  const UNSET = '\u0000';
  let out = flat;
  for (let pass = 0; pass < 8 && out.includes('var('); pass++)
    out = out.replace(VAR, (_, name: string, fallback?: string) => values.get(name) ?? fallback?.trim() ?? UNSET);
  return out
    .replace(/[^;{}]*(?:\u0000|var\()[^;{}]*;?/g, '')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/[^{}]+\{\}/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// The graphic

interface Parsed {
  /** viewBox of the root: x, y, width, height. */
  box: [number, number, number, number];
  /** Everything inside the root element, its <style> flattened. */
  inner: string;
}

function parseSvg(svg: string): Parsed {
  const open = /<svg\b[^>]*>/.exec(svg);
  const end = svg.lastIndexOf('</svg>');
  if (!open || end < open.index) throw new Error('Share card: the graphic is not an SVG document.');
  const tag = open[0];
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const vb = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const box: [number, number, number, number] =
    vb && vb.length === 4 && vb.every(Number.isFinite)
      ? [vb[0]!, vb[1]!, vb[2]!, vb[3]!]
      : [0, 0, Number(attr('width')), Number(attr('height'))];
  if (!(box[2] > 0 && box[3] > 0))
    throw new Error('Share card: the graphic has no size (viewBox or width and height).');
  const inner = svg
    .slice(open.index + tag.length, end)
    // Its own <title> would name the card; the card's alternative text is in the page's og:image:alt.
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${flattenCss(css)}</style>`);
  return { box, inner };
}

/**
 * The part of a map (its viewBox: x, y, width, height) that a card shows: the panel right of the text column,
 * covered edge to edge, so the map's height fills the card and its sides are cropped evenly. Labels that the crop
 * would cut are for the caller to leave out (src/lib/share.ts does).
 */
export function mapWindow(box: [number, number, number, number]): [number, number, number, number] {
  const [gx, gy, gw, gh] = box;
  const pw = W - MAP_X;
  const scale = Math.max(pw / gw, H / gh);
  const vw = pw / scale;
  const vh = H / scale;
  return [gx + (gw - vw) / 2, gy + (gh - vh) / 2, vw, vh];
}

/** The graphic, placed: a nested <svg> whose viewBox is the part of the graphic that shows. */
function placeGraphic(g: CardGraphic, colors: CardColors): string {
  const { box, inner } = parseSvg(g.svg);
  const [gx, gy, gw, gh] = box;
  const css = g.css ? `<style>${flattenCss(g.css, tokens(colors))}</style>` : '';
  if (g.fit === 'map') {
    const v = mapWindow([gx, gy, gw, gh]);
    return (
      css +
      `<svg x="${MAP_X}" y="0" width="${W - MAP_X}" height="${H}" viewBox="${num(v[0])} ${num(v[1])} ${num(v[2])} ${num(v[3])}" preserveAspectRatio="xMidYMid slice">${inner}</svg>` +
      `<rect x="${MAP_X}" y="0" width="1.5" height="${H}" fill="${colors.rule}"/>`
    );
  }
  // A chart: whole when it fits at CHART_MIN_SCALE or more; else at that scale, its top, fading into the paper.
  const b = CHART_BOX;
  const scale = Math.min(b.width / gw, Math.max(b.height / gh, CHART_MIN_SCALE));
  const shownH = Math.min(gh, b.height / scale);
  const cropped = shownH < gh;
  const w = gw * scale;
  const h = shownH * scale;
  const x = b.x + (b.width - w) / 2;
  const y = cropped ? b.y : b.y + (b.height - h) / 2;
  // Labels may reach past the drawing's edges, as on the page (overflow: visible there): the clip is the panel's
  // width, and only a cropped chart's foot is cut.
  const clip = `<clipPath id="share-clip"><rect x="${MAP_X}" y="0" width="${W - MAP_X}" height="${num(cropped ? y + h : H)}"/></clipPath>`;
  const fade = cropped
    ? `<linearGradient id="share-fade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colors.paper}" stop-opacity="0"/><stop offset="1" stop-color="${colors.paper}"/></linearGradient>` +
      `<rect x="${MAP_X}" y="${num(y + h - 110)}" width="${W - MAP_X}" height="111" fill="url(#share-fade)"/>`
    : '';
  return (
    css +
    `<defs>${clip}</defs><g clip-path="url(#share-clip)">` +
    `<svg x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" viewBox="${num(gx)} ${num(gy)} ${num(gw)} ${num(shownH)}" overflow="visible" class="c-svg">${inner}</svg>` +
    `</g>${fade}`
  );
}

/** The colour tokens of a scheme as custom properties (--paper, --ink…), for a chart's stylesheet. */
function tokens(c: CardColors): Record<string, string> {
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [`--${k}`, v]));
}

// ---------------------------------------------------------------------------------------------------------------
// Text

/** Greedy word wrap into lines no wider than `max`; a word longer than a line stays whole on its own line. */
export function wrapText(face: TextFace, text: string, size: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && face.measure(next, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wraps like CSS `text-wrap: balance` (the site's headings): the same number of lines as a greedy wrap at `max`,
 * at the narrowest width that still gives that number, so the last line is not a lone word.
 */
export function balanceText(face: TextFace, text: string, size: number, max: number): string[] {
  const greedy = wrapText(face, text, size, max);
  if (greedy.length < 2) return greedy;
  let lo = max / 2;
  let hi = max;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (wrapText(face, text, size, mid).length > greedy.length) lo = mid;
    else hi = mid;
  }
  return wrapText(face, text, size, hi);
}

export interface TextBlock {
  size: number;
  lineHeight: number;
  lines: string[];
}

/**
 * The largest size, from `sizes`, at which `text` wraps into at most `maxLines` lines of at most `width` and the
 * block is no taller than `height`; undefined when none fits. Every line is measured to fit `width`.
 */
export function fitText(
  face: TextFace,
  text: string,
  opts: { sizes: number[]; width: number; height: number; maxLines: number; leading: number },
): TextBlock | undefined {
  for (const size of opts.sizes) {
    const lines = balanceText(face, text, size, opts.width);
    const lineHeight = size * opts.leading;
    if (
      lines.length <= opts.maxLines &&
      lines.length * lineHeight <= opts.height &&
      lines.every((l) => face.measure(l, size) <= opts.width)
    )
      return { size, lineHeight, lines };
  }
  return undefined;
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((from - to) / step) + 1 }, (_, i) => from - i * step);

/** The largest size from `max` down to `min` (in steps of 1) at which one line of `text` is no wider than `width`. */
function oneLine(face: TextFace, text: string, max: number, min: number, width: number, tracking = 0): number {
  let size = max;
  while (size > min && face.measure(text, size, tracking) > width) size--;
  return size;
}

/** The card's text layout (exported for tests): the size and lines of each block, and where the foot starts. */
export function layoutText(card: CardInput, fonts: CardFonts) {
  const kickerTracking = 0.08;
  const kicker = card.kicker.toLocaleUpperCase('en');
  const kickerSize = oneLine(fonts.label, kicker, 20, 14, TEXT_W, kickerTracking);
  const siteSize = card.site ? oneLine(fonts.title, card.site, 28, 18, TEXT_W) : 0;
  const creditSize = 18;
  const credit = card.credit.flatMap((l) => wrapText(fonts.small, l, creditSize, TEXT_W)).slice(0, 2);
  const creditTop = H - PAD - credit.length * creditSize * 1.35;
  // The foot: a rule, the site's name (if the title is not already that), the credit lines.
  const ruleY = creditTop - (card.site ? 50 : 26);
  const budget = ruleY - 34 - TITLE_TOP;
  const gap = 22;
  const fitTitle = (sizes: number[], height: number) =>
    fitText(fonts.title, card.title, { sizes, width: TEXT_W, height, maxLines: 6, leading: 1.12 });
  const fitSubtitle = (height: number) =>
    card.subtitle === undefined
      ? undefined
      : fitText(fonts.text, card.subtitle, {
          sizes: range(26, 20, 1),
          width: TEXT_W,
          height,
          maxLines: 6,
          leading: 1.32,
        });
  const layout = (title: NonNullable<ReturnType<typeof fitTitle>>, subtitle: ReturnType<typeof fitSubtitle>) => ({
    kicker,
    kickerSize,
    kickerTracking,
    siteSize,
    title,
    gap,
    subtitle,
    creditSize,
    credit,
    creditTop,
    ruleY,
  });
  // The title as large as it fits with the standfirst under it, down to TITLE_WITH_SUBTITLE; below that, the
  // standfirst gives way and the title takes the column.
  for (const size of card.subtitle === undefined ? [] : range(60, TITLE_WITH_SUBTITLE, 2)) {
    const title = fitTitle([size], budget);
    if (!title) continue;
    const subtitle = fitSubtitle(budget - title.lines.length * title.lineHeight - gap);
    if (subtitle) return layout(title, subtitle);
  }
  const title =
    fitTitle(range(60, 34, 2), budget) ??
    // Longer than any card can hold at a legible size: the smallest size, cut to what fits with an ellipsis.
    truncate(fonts.title, card.title, 34, TEXT_W, Math.floor(budget / (34 * 1.12)));
  return layout(title, undefined);
}

function truncate(face: TextFace, text: string, size: number, width: number, maxLines: number): TextBlock {
  const lines = wrapText(face, text, size, width);
  const kept = lines.slice(0, Math.max(1, maxLines));
  if (lines.length > kept.length) {
    let last = kept[kept.length - 1]!;
    while (last.includes(' ') && face.measure(`${last}…`, size) > width) last = last.slice(0, last.lastIndexOf(' '));
    kept[kept.length - 1] = `${last.replace(/[\s,.;:]+$/, '')}…`;
  }
  return { size, lineHeight: size * 1.12, lines: kept };
}

/** The whole card as an SVG document of 1200×630. */
export function composeCard(card: CardInput, fonts: CardFonts, colors: CardColors): string {
  const t = layoutText(card, fonts);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="${colors.paper}"/>`,
    placeGraphic(card.graphic, colors),
    // The text column: an accent, the kicker, the title, the standfirst; the site's name and credit at the foot.
    `<rect x="${PAD}" y="${PAD}" width="48" height="6" fill="${colors.compound}"/>`,
    fonts.label.draw(t.kicker, t.kickerSize, PAD, KICKER_Y, colors.state, t.kickerTracking),
  ];
  // A line box's baseline sits at about 0.8 of its height (the headings' ascent), as in the page's headings.
  let y = TITLE_TOP;
  for (const line of t.title.lines) {
    out.push(fonts.title.draw(line, t.title.size, PAD, y + t.title.lineHeight * 0.8, colors.ink, -0.015));
    y += t.title.lineHeight;
  }
  if (t.subtitle) {
    y += t.gap;
    for (const line of t.subtitle.lines) {
      out.push(fonts.text.draw(line, t.subtitle.size, PAD, y + t.subtitle.lineHeight * 0.78, colors.muted));
      y += t.subtitle.lineHeight;
    }
  }
  out.push(`<rect x="${PAD}" y="${num(t.ruleY)}" width="${TEXT_W}" height="1.5" fill="${colors.rule}"/>`);
  if (card.site) out.push(fonts.title.draw(card.site, t.siteSize, PAD, t.creditTop - 12, colors.ink));
  t.credit.forEach((line, i) =>
    out.push(fonts.small.draw(line, t.creditSize, PAD, t.creditTop + (i + 1) * t.creditSize * 1.35 - 4, colors.muted)),
  );
  out.push('</svg>');
  return out.join('');
}
