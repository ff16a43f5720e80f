/**
 * Label placement for the maps drawn at build time: the static map of a step (svg.ts), the scrolly locator
 * (locator.ts) and the share card's crop of the static map (src/lib/share.ts). One estimate of a label's size and
 * one greedy placer, so the three agree on what a label covers.
 *
 * Sizes are estimated, not measured: an SVG image draws its labels in the reader's system sans-serif, which the
 * build cannot know. The estimate is a little wide for most sans-serifs, which is what a collision test needs.
 * (The live map leaves placement to MapLibre, which measures its own font: see labelAnchors in style/anchors.ts.)
 */

/** A label's text style: mixed case, or letter-spaced capitals (country names). */
export type LabelStyle = 'text' | 'caps';
/** Where the text runs from its point, as SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';
/** A box in px: west, north, east, south (y grows downwards). */
export type Box = [number, number, number, number];

/** Average advance of a character, in ems: mixed-case sans, and capitals spaced 0.12 em (the country labels). */
const CHAR_EM: Record<LabelStyle, number> = { text: 0.56, caps: 0.75 };
/** How far a line's box reaches above its baseline, in ems (accents and ascenders, with a little room). */
const ASCENT_EM = 1.1;

/** Line height of a label of several lines, in ems. */
export const LINE_EM = 1.15;

/** The estimated width of label text at `size` px: its longest line (lines are separated by "\n"). */
export function textWidth(text: string, size: number, style: LabelStyle = 'text'): number {
  return Math.max(...text.split('\n').map((line) => line.length)) * size * CHAR_EM[style];
}

/** Labels longer than this many characters are set on two lines (a court's name on a phone is half the map). */
export const WRAP_AT = 22;

/**
 * A label's text as it is set: on one line, or, when longer than {@link WRAP_AT} characters, on two lines broken at
 * the space nearest its middle ("Wenzhou Intermediate\nPeople's Court").
 */
export function wrapLabel(text: string, max = WRAP_AT): string {
  if (text.length <= max) return text;
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1))
    if (best === -1 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  return best === -1 ? text : `${text.slice(0, best)}\n${text.slice(best + 1)}`;
}

/** A line of label text as a renderer writes it: its baseline at `y`, running from `x` as `anchor` says. */
export interface LabelText {
  text: string;
  x: number;
  y: number;
  anchor: Anchor;
  size: number;
  style?: LabelStyle;
}

/**
 * The box label text covers, west, north, east, south in px: from above its first line's capitals to its last
 * line's baseline (descenders may touch the next label's top), grown by `halo` px on every side. `y` is the first
 * line's baseline; further lines follow {@link LINE_EM} apart.
 */
export function textBox(l: LabelText, halo = 0): Box {
  const w = textWidth(l.text, l.size, l.style);
  const extra = (l.text.split('\n').length - 1) * l.size * LINE_EM;
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return [x0 - halo, l.y - l.size * ASCENT_EM - halo, x0 + w + halo, l.y + extra + halo];
}

/** Whether two boxes overlap. */
export const boxesOverlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * Greedy label placement inside a frame: labels are offered in priority order, each with the positions it may take
 * in the order to try; a label takes the first position that stays `margin` px inside the frame and overlaps
 * nothing placed or reserved before it, or is left out.
 */
export class LabelPlacer {
  private readonly boxes: Box[] = [];
  private readonly width: number;
  private readonly height: number;
  private readonly margin: number;
  /** A frame `width` × `height` px; labels keep `margin` px from its edges. */
  constructor(width: number, height: number, margin = 2) {
    this.width = width;
    this.height = height;
    this.margin = margin;
  }

  /** Keeps `box` clear of labels (a mark, or what a step is about). */
  reserve(box: Box): void {
    this.boxes.push(box);
  }

  /** Whether `box` is inside the frame and clear of everything placed or reserved. */
  fits(box: Box): boolean {
    const m = this.margin;
    if (box[0] < m || box[2] > this.width - m || box[1] < m || box[3] > this.height - m) return false;
    return !this.boxes.some((b) => boxesOverlap(b, box));
  }

  /**
   * The first of `positions` whose box fits, now reserved; undefined when none does. `box` gives a position's box
   * (default: {@link textBox} of a {@link LabelText}).
   */
  place<P>(positions: Iterable<P>, box: (p: P) => Box = (p) => textBox(p as LabelText)): P | undefined {
    for (const p of positions) {
      const b = box(p);
      if (!this.fits(b)) continue;
      this.boxes.push(b);
      return p;
    }
    return undefined;
  }
}

/**
 * The positions a point's label may take, in the order to try: east, west, north-east, south-east, north-west,
 * south-west, north, south of the point, each `gap` px clear of it (the radius of the largest mark drawn there, plus
 * room). Text of several lines is centred on the point's latitude east and west of it.
 */
export function pointLabelPositions(
  text: string,
  x: number,
  y: number,
  gap: number,
  size: number,
  style: LabelStyle = 'text',
): LabelText[] {
  const lines = text.split('\n').length;
  const block = size * ASCENT_EM + (lines - 1) * size * LINE_EM;
  // Baselines of the first line: text centred on y, above the point, below it.
  const mid = y - block / 2 + size * ASCENT_EM - size * 0.1;
  const above = y - gap * 0.7 - (lines - 1) * size * LINE_EM;
  const below = y + gap * 0.7 + size * ASCENT_EM - size * 0.2;
  const d = gap * 0.7;
  const at = (x: number, y: number, anchor: Anchor): LabelText => ({
    text,
    x: Math.round(x * 10) / 10,
    y: Math.round(y * 10) / 10,
    anchor,
    size,
    style,
  });
  return [
    at(x + gap, mid, 'start'),
    at(x - gap, mid, 'end'),
    at(x + d, above, 'start'),
    at(x + d, below, 'start'),
    at(x - d, above, 'end'),
    at(x - d, below, 'end'),
    at(x, above - d * 0.3, 'middle'),
    at(x, below + d * 0.3, 'middle'),
  ];
}
