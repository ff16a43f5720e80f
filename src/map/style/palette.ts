/**
 * The map's colours: the site's colour tokens for a scheme (site.config.json `colors`), and the colours of the
 * map's parts derived from them. The live map's style and the static map files (svg-file.ts) both read them, so the
 * still and live maps match.
 */

/** The site's colour tokens for one scheme (site.config.json `colors.light` / `colors.dark`). */
export interface SchemeColors {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  state: string;
  compound: string;
}

/** `#rrggbb` mixed with `#rrggbb`: t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  return (
    '#' +
    pa
      .map((x, i) =>
        Math.round(x + (pb[i]! - x) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}
function parseHex(h: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(h);
  if (!m) throw new Error(`Map style: colour "${h}" must be written #rrggbb.`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colours of the map's parts, derived from the tokens: a quiet basemap, strong story layers. */
export function mapPalette(c: SchemeColors, dark: boolean) {
  return {
    sea: dark ? mix(c.paper, c.state, 0.1) : mix(c.paper, c.state, 0.12),
    land: dark ? mix(c.paper, c.ink, 0.1) : c.paper,
    border: mix(c.paper, c.ink, dark ? 0.5 : 0.45),
    countryLabel: c.muted,
    place: c.ink,
    halo: dark ? mix(c.paper, c.ink, 0.1) : c.paper,
    compound: c.compound,
    event: c.state,
    route: c.state,
    highlight: c.ink,
  };
}
