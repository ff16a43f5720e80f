/**
 * The static map of one step as a standalone SVG file (served at /maps/<step>.svg and shown with <img>).
 *
 * Why a file and not inline markup: a chapter shows up to a dozen step maps, and inline they were a third
 * of its HTML, downloaded before the first line of text could be drawn. As images they load lazily, once
 * each (the sticky copy of a step reuses the cached file), and cost the first screen nothing.
 *
 * An image cannot see the page's CSS, so the file carries its own: the site's colour tokens for both
 * schemes, chosen by `prefers-color-scheme`. Chromium answers that query in an SVG image with the
 * embedding element's used `color-scheme`, so a page that forces a scheme (embeds, `?theme=`) gets the
 * matching map. Colours of land, sea and borders come from mapPalette(), the live map's source, so the
 * still and live maps match. The "phone" rule keys on the image's own width (media queries inside an
 * SVG image measure the image), where the page keyed on the viewport: the effect is the same.
 */
import { createHash } from 'node:crypto';
import { mapPalette, type SchemeColors } from './style.ts';
import type { StaticMap, StaticOrientation } from './svg.ts';
import { strings } from '../i18n/index.ts';

/**
 * The graphics' sans (--graphic-sans in src/styles/global.css): Inter, the live map's label font. An SVG image cannot
 * load the page's web fonts, so the file asks for Inter where the reader has it, else for 'Map Sans': Arial (or its
 * metric twin Liberation Sans) scaled to Inter's widths, the charts' stand-in for Inter, on which the label placer's
 * width estimate is calibrated. One face per reader across static maps and charts, never the UI's system-ui.
 */
const SANS = "'Inter Variable',Inter,'Map Sans',sans-serif";
const FONT_FACE =
  "@font-face{font-family:'Map Sans';src:local('Arial'),local('Liberation Sans'),local('DejaVu Sans');size-adjust:107%}";

function tokens(c: SchemeColors, dark: boolean): string {
  const p = mapPalette(c, dark);
  return (
    `--sea:${p.sea};--land:${p.land};--border:${p.border};--halo:${p.halo};--ink:${c.ink};--muted:${c.muted};` +
    `--state:${c.state};--compound:${c.compound};--paper:${c.paper}`
  );
}

/** The stylesheet inside every map file: tokens for both schemes, then the marks (was map.css). */
export function mapSvgStyle(colors: { light: SchemeColors; dark: SchemeColors }): string {
  return [
    FONT_FACE,
    `svg{${tokens(colors.light, false)}}`,
    `@media (prefers-color-scheme:dark){svg{${tokens(colors.dark, true)}}}`,
    '.m-sea{fill:var(--sea)}',
    // Land has no outline: its country polygons are 1:50m, and their shared edges would draw a second,
    // coarser border beside the real one; the fill against the sea shows the coast.
    '.m-land{fill:var(--land)}',
    '.m-border{fill:none;stroke:var(--border);stroke-width:1px;vector-effect:non-scaling-stroke}',
    // A river that is the border (the Moei): water-coloured, under the border line, named in italics along it.
    '.m-river{fill:none;stroke:color-mix(in srgb,var(--sea),var(--state) 35%);stroke-width:3.5px;stroke-linejoin:round;stroke-linecap:round}',
    '.m-label--river{fill:color-mix(in srgb,var(--state) 70%,var(--sea));font-style:italic;letter-spacing:.04em}',
    '.m-route{fill:none;stroke:var(--state);stroke-linecap:round;opacity:.85}',
    '.m-route.is-hl{stroke:var(--ink)}',
    '.m-arrow{fill:var(--state)}.m-arrow.is-hl{fill:var(--ink)}',
    '.m-event{fill:var(--state);fill-opacity:.7;stroke:var(--paper);stroke-width:1.5}',
    '.m-event.is-hl{fill-opacity:1;stroke:var(--ink);stroke-width:3}',
    '.m-compound-area{fill:var(--compound);fill-opacity:.16;stroke:var(--compound);stroke-width:2.5}',
    '.m-compound-site{fill:var(--compound);stroke:var(--paper);stroke-width:2.5}',
    '.m-compound-area.is-hl,.m-compound-site.is-hl{stroke:var(--ink);stroke-width:3.5}',
    '.m-place{fill:var(--ink);stroke:var(--paper);stroke-width:1.5}',
    // A place the step is about: a ring, like a highlighted event, so it stands out from the towns around it.
    '.m-place.is-hl{fill:var(--paper);stroke:var(--ink);stroke-width:3.5}',
    `.m-label{font-family:${SANS};font-size:15px;fill:var(--ink);paint-order:stroke;stroke:var(--halo);stroke-width:4px;stroke-linejoin:round}`,
    '.m-label--country{fill:var(--muted);letter-spacing:.12em;font-size:13px}',
    // Compounds in their colour, not bold: the live map's labels have one weight (MapLibre draws one font file).
    '.m-label--compound{fill:var(--compound)}',
    // Orientation of a zoomed view: the inset locator (land, sea and the view's box) and the scale bar.
    '.m-inset-sea{fill:var(--sea);stroke:var(--muted);stroke-width:1.5}',
    '.m-inset-land{fill:var(--land)}',
    '.m-inset-box{fill:var(--state);fill-opacity:.25;stroke:var(--state);stroke-width:2}',
    '.m-scale{fill:none;stroke:var(--ink);stroke-width:2.5;stroke-linecap:square}',
    '.m-scale-halo{fill:none;stroke:var(--halo);stroke-width:6;stroke-linecap:square}',
    // Drawn at phone width (about half the 800-unit viewBox): grow labels and marks to stay legible.
    '@media (max-width:30rem){.m-label{font-size:22px;stroke-width:5px}.m-label--country{font-size:19px}' +
      '.m-event{r:9px}.m-compound-site{r:10px}.m-compound-area{r:20px}.m-place{r:6px}.m-place.is-hl{r:10px}}',
  ].join('');
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]!);
const cls = (base: string, hl: boolean, extra = '') => `class="${base}${hl ? ' is-hl' : ''}${extra}"`;

/** One step's map as a complete SVG document; `title` is its text alternative (also the <img> alt). */
export function renderMapSvg(
  s: StaticMap,
  opts: {
    title: string;
    colors: { light: SchemeColors; dark: SchemeColors };
    /** The scale bar's words for a distance in km (default "50 km"). */
    scaleLabel?: (km: number) => string;
  },
): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s.width} ${s.height}" width="${s.width}" height="${s.height}">`,
    `<title>${esc(opts.title)}</title><style>${mapSvgStyle(opts.colors)}</style><defs>`,
  );
  // Arrowheads stop short of the route's end, so a marker on the place does not hide them.
  for (const [id, hl] of [
    ['a', false],
    ['h', true],
  ] as const) {
    out.push(
      `<marker id="${id}" viewBox="0 0 10 10" refX="17" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">`,
      `<path d="M0 0L10 5L0 10z" ${cls('m-arrow', hl)}/></marker>`,
    );
  }
  out.push(
    '</defs>',
    `<rect class="m-sea" width="${s.width}" height="${s.height}"/>`,
    `<path class="m-land" d="${s.land}"/>`,
    ...(s.rivers ?? []).map((r) => `<path class="m-river" d="${r.d}"/>`),
    `<path class="m-border" d="${s.borders}"/>`,
    ...(s.rivers ?? []).flatMap(({ label: l }) =>
      l
        ? [
            `<text class="m-label m-label--river" x="${l.x}" y="${l.y}" text-anchor="middle" transform="rotate(${l.angle} ${l.x} ${l.y})">${esc(l.text)}</text>`,
          ]
        : [],
    ),
  );
  out.push('<g>');
  for (const e of s.events) out.push(`<circle ${cls('m-event', e.highlight)} cx="${e.x}" cy="${e.y}" r="6"/>`);
  for (const c of s.compoundsArea)
    out.push(`<circle ${cls('m-compound-area', c.highlight)} cx="${c.x}" cy="${c.y}" r="14"/>`);
  for (const c of s.compoundsSite)
    out.push(`<circle ${cls('m-compound-site', c.highlight)} cx="${c.x}" cy="${c.y}" r="7"/>`);
  for (const p of s.places)
    out.push(
      `<circle ${cls('m-place', p.highlight, p.rank === 0 ? ' is-capital' : '')} cx="${p.x}" cy="${p.y}" r="${p.highlight ? 7 : 4}"/>`,
    );
  // Routes above the markers, so an arrowhead that ends on a place still shows its direction.
  for (const r of s.routes)
    out.push(
      `<path ${cls('m-route', r.highlight)} d="${r.d}" stroke-width="${r.width}" marker-end="url(#${r.highlight ? 'h' : 'a'})"/>`,
    );
  out.push('</g><g>');
  for (const l of s.labels) {
    const [first, ...rest] = l.text.split('\n');
    const more = rest.map((line) => `<tspan x="${l.x}" dy="1.15em">${esc(line)}</tspan>`).join('');
    out.push(
      `<text class="m-label m-label--${l.kind}" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${esc(first!)}${more}</text>`,
    );
  }
  out.push('</g>');
  if (s.orientation)
    out.push(renderOrientation(s.orientation, opts.scaleLabel ?? ((km) => strings('en').map.scale(String(km)))));
  out.push('</svg>');
  return out.join('');
}

/** A short content hash, for the file's URL: a changed map is a new URL, so caches never show a stale one. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** The inset locator and the scale bar of a zoomed view (computed in svg.ts). */
function renderOrientation(o: StaticOrientation, scaleLabel: (km: number) => string): string {
  const { inset: i, scale: b } = o;
  const [bx, by, bw, bh] = i.box;
  const bar = `M${b.x} ${b.y - 6}V${b.y}H${Math.round((b.x + b.length) * 10) / 10}V${b.y - 6}`;
  return (
    `<g class="m-inset" transform="translate(${i.x} ${i.y})" aria-hidden="true">` +
    `<rect class="m-inset-sea" width="${i.width}" height="${i.height}"/>` +
    `<svg width="${i.width}" height="${i.height}"><path class="m-inset-land" d="${i.land}"/></svg>` +
    `<rect class="m-inset-box" x="${bx}" y="${by}" width="${bw}" height="${bh}"/></g>` +
    `<g aria-hidden="true"><path class="m-scale-halo" d="${bar}"/><path class="m-scale" d="${bar}"/>` +
    `<text class="m-label m-label--scale" x="${b.x}" y="${b.y - 12}">${esc(scaleLabel(b.km))}</text></g>`
  );
}
