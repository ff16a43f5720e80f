/**
 * WCAG 2.2 contrast of the site config's colour tokens, checked when the config is read, so that a brand colour a
 * reader cannot read fails the build with the field and the ratio instead of failing an axe scan minutes later.
 * Text needs 4.5:1 on paper (success criterion 1.4.3, AA), marks and lines in charts and maps 3:1 (1.4.11). The
 * accents are both: `state` is the colour of every link and of the timeline's kind labels, `compound` of the
 * chapter kickers (src/styles/global.css), so they are held to the text minimum too; a 3:1 accent would pass as
 * a graphic and fail as the link text it also is. Pure.
 */

/** Minimum ratio against `paper` per token, and what the token is used for. `rule` is decoration: not checked. */
export const CONTRAST_MINIMUM = {
  ink: { ratio: 4.5, use: 'body text (WCAG 2.2 AA, 1.4.3)' },
  muted: { ratio: 4.5, use: 'captions and dates (WCAG 2.2 AA, 1.4.3)' },
  state: { ratio: 4.5, use: 'link text (WCAG 2.2 AA, 1.4.3) as well as chart and map marks (1.4.11, 3:1)' },
  compound: { ratio: 4.5, use: 'kicker text (WCAG 2.2 AA, 1.4.3) as well as chart and map marks (1.4.11, 3:1)' },
} as const;

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a #rrggbb colour (WCAG 2.2 definition). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The ratio as WCAG tools print it, rounded down to two decimals so that a colour is never shown as passing when
 * it does not (4.496 is "4.49:1", not "4.50:1").
 */
export const formatRatio = (r: number) => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;

export interface ContrastProblem {
  /** Path of the field in the config, like ["colors", "light", "state"]. */
  path: string[];
  message: string;
}

/** Every colour token with too little contrast against its scheme's paper. */
export function contrastProblems(colors: Record<string, Record<string, string>>): ContrastProblem[] {
  const out: ContrastProblem[] = [];
  for (const [scheme, tokens] of Object.entries(colors)) {
    const paper = tokens.paper;
    if (!paper) continue;
    for (const [token, { ratio: minimum, use }] of Object.entries(CONTRAST_MINIMUM)) {
      const colour = tokens[token];
      if (!colour) continue;
      const ratio = contrastRatio(colour, paper);
      if (ratio >= minimum) continue;
      out.push({
        path: ['colors', scheme, token],
        message: `${colour} on paper ${paper} has a contrast of ${formatRatio(ratio)}; ${token} is used for ${use}, which needs at least ${minimum}:1. Choose a ${luminance(paper) > 0.5 ? 'darker' : 'lighter'} ${token} or a ${luminance(paper) > 0.5 ? 'lighter' : 'darker'} paper`,
      });
    }
  }
  return out;
}
