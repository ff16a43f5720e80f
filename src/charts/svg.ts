/**
 * A tiny hyperscript for SVG strings: the same markup on the server (Astro) and in the browser,
 * with no DOM. Numbers are written with at most one decimal so that output is deterministic and
 * snapshot tests do not churn on floating-point noise.
 */

/** An attribute value; `undefined`/`false` drop the attribute, `true` writes it bare. */
export type Attr = string | number | boolean | undefined | null;
export type Child = string | false | null | undefined | Child[];

/** Rounds to one decimal and drops a trailing `.0` and negative zero. */
export function n(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`Chart geometry produced a non-finite number (${x}).`);
  const r = Math.round(x * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Escapes text and attribute values for XML/HTML. */
export function esc(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Writes one element. Children are already-serialised strings (use `text()` for text content). */
export function h(tag: string, attrs: Record<string, Attr> = {}, ...children: Child[]): string {
  let a = '';
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (v === true) a += ` ${k}`;
    else a += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  const body = children
    .flat(Infinity as 1)
    .filter((c): c is string => typeof c === 'string')
    .join('');
  return body === '' && tag !== 'text' && tag !== 'title' ? `<${tag}${a}/>` : `<${tag}${a}>${body}</${tag}>`;
}

/** Escaped text content. */
export const text = (s: string) => esc(s);

/** A path `d` from points, numbers normalised. */
export function line(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)},${n(y)}`).join('');
}

/**
 * Rough width of a label in px, for layout without a DOM: the one text measure of the charts. Calibrated on Inter
 * at 400 weight (about 0.56 em per character on average, digits and capitals a little wider); errs wide. Semi-bold
 * text (600, the value labels) runs about 8% wider.
 */
export function textWidth(s: string, size: number, weight: 400 | 600 = 400): number {
  let w = 0;
  for (const ch of s)
    w += /[A-Z0-9$%]/.test(ch) ? 0.64 : /[ il.,;:'|!]/.test(ch) ? 0.3 : /[mwMW]/.test(ch) ? 0.85 : 0.55;
  return w * size * (weight === 600 ? 1.08 : 1);
}

/** Greedy word wrap into lines no wider than `max` px. */
export function wrap(s: string, max: number, size: number): string[] {
  const words = s.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidth(next, size) > max) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** The <svg> element shared by every chart (no ids: both layouts sit in one page). */
export function svgRoot(width: number, height: number, children: string[]): string {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${n(width)} ${n(height)}`,
      width,
      height,
      class: 'c-svg',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    children,
  );
}

/**
 * The CSS `aspect-ratio` of a chart SVG made by svgRoot, from its viewBox. The box around a drawing takes it, so the
 * box has its final height before the drawing is laid out (chart.css lets the browser skip that while off screen).
 */
export function svgAspectRatio(markup: string): string {
  const [, w, h] = /<svg[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup) ?? [];
  if (!w || !h) throw new Error(`A chart SVG has no viewBox "0 0 width height": ${markup.slice(0, 120)}…`);
  return `${w} / ${h}`;
}
