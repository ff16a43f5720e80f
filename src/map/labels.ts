/**
 * Label placement for the maps drawn at build time: the static map of a step (svg.ts), the scrolly locator
 * (locator.ts) and the share card's crop of the static map (src/lib/share.ts). One estimate of a label's size and
 * one greedy placer, so the three agree on what a label covers.
 *
 * Sizes are estimated, not measured: an SVG image draws its labels in the reader's system sans-serif, which the
 * build cannot know. The estimate is a little wide for most sans-serifs, which is what a collision test needs.
 * (The live map leaves placement to MapLibre, which measures its own font: see labelAnchors in style/labels.ts.)
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

/** The estimated width of one line of label text at `size` px. */
export function textWidth(text: string, size: number, style: LabelStyle = 'text'): number {
  return text.length * size * CHAR_EM[style];
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
 * The box a line of label text covers, west, north, east, south in px: from above its capitals to its baseline
 * (descenders may touch the next label's top), grown by `halo` px on every side.
 */
export function textBox(l: LabelText, halo = 0): Box {
  const w = textWidth(l.text, l.size, l.style);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return [x0 - halo, l.y - l.size * ASCENT_EM - halo, x0 + w + halo, l.y + halo];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

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
    return !this.boxes.some((b) => overlaps(b, box));
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
