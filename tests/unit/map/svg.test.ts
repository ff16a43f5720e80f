import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../../src/map/basemap.ts';
import { buildFeatures } from '../../../src/map/features.ts';
import { resolveMapState } from '../../../src/map/state.ts';
import { computeStaticMap, labelBox } from '../../../src/map/svg.ts';
import { contentHash, renderMapSvg } from '../../../src/map/svg-file.ts';
import { mapPalette } from '../../../src/map/style.ts';
import { fixture } from './fixture.ts';

const basemap = buildBasemap([95, 9, 122, 35]);
const features = buildFeatures(fixture);

describe('static map', () => {
  const s = resolveMapState({
    kind: 'map',
    view: { bbox: [98.3, 16.4, 98.8, 17.0] },
    highlight: ['kk-park'],
    dates: ['2025-01-01', '2025-06-30'],
  });
  const m = computeStaticMap(s, basemap, features);

  it('draws a site as a dot and an approximate place as an area', () => {
    expect(m.compoundsSite.map((c) => c.id)).toEqual(['kk-park']);
    expect(m.compoundsArea.map((c) => c.id)).toEqual(['shwe-kokko']);
    expect(m.compoundsSite[0]!.highlight).toBe(true);
  });

  it('applies the date window', () => {
    expect(m.events.map((e) => e.id)).toEqual(['cutoff-2025-02']);
  });

  it('keeps every mark inside the box, rounded to 0.1 px', () => {
    for (const p of [...m.compoundsSite, ...m.compoundsArea, ...m.events, ...m.places]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(800);
      expect(Math.round(p.x * 10) / 10).toBe(p.x);
    }
    expect(m.land).not.toMatch(/\d\.\d\d/);
    expect(m.land.length).toBeGreaterThan(0);
  });

  it('places the step bbox inside the padded box (same framing as fitBounds)', () => {
    const kk = m.compoundsSite[0]!;
    expect(kk.x).toBeGreaterThan(48);
    expect(kk.x).toBeLessThan(752);
  });

  it('draws routes only on steps that show them, and labels without overlaps', () => {
    const wide = computeStaticMap(
      resolveMapState({ kind: 'map', view: { bbox: [95, 9, 122, 35] }, layers: ['routes', 'places'] }),
      basemap,
      features,
    );
    expect(wide.routes.map((r) => r.id)).toEqual(['rt-she']);
    expect(wide.routes[0]!.d).toMatch(/^M[\d.]+,[\d.]+/);
    expect(wide.compoundsSite).toEqual([]);
    expect(wide.labels.map((l) => l.text)).toContain('Bangkok');
  });

  it('keeps every label off the ring of a highlighted place', () => {
    // A labelled town 0.02° east of Myawaddy, whose name would otherwise start over Myawaddy's ring.
    const crowded = structuredClone(fixture);
    const bangkok = crowded.places.find((p) => p.id === 'bangkok')!;
    crowded.places.push({ ...bangkok, id: 'neighbour', name: 'Neighbourtown', lat: 16.688, lon: 98.5286 });
    const map = computeStaticMap(
      resolveMapState({
        kind: 'map',
        view: { bbox: [98.3, 16.4, 98.8, 17.0] },
        layers: ['places'],
        highlight: ['myawaddy'],
      }),
      basemap,
      buildFeatures(crowded),
    );
    const ring = map.places.find((p) => p.highlight)!;
    expect(ring.id).toBe('myawaddy');
    const clear = (labels: typeof map.labels, x: number, y: number, r: number, what: string) => {
      for (const l of labels) {
        const [w, n, e, s] = labelBox(l);
        expect(w >= x + r || e <= x - r || n >= y + r || s <= y - r, `"${l.text}" over ${what}`).toBe(true);
      }
    };
    clear(map.labels, ring.x, ring.y, 8, `the ring of ${ring.name}`);
    // The same for the middle of a highlighted compound: a labelled town just west of KK Park.
    const nearPark = structuredClone(fixture);
    nearPark.places.push({ ...bangkok, id: 'west', name: 'Westtown', lat: 16.6284, lon: 98.5498 });
    const park = computeStaticMap(
      resolveMapState({ kind: 'map', view: { bbox: [98.3, 16.4, 98.8, 17.0] }, highlight: ['kk-park'] }),
      basemap,
      buildFeatures(nearPark),
    );
    const kk = park.compoundsSite.find((c) => c.highlight)!;
    clear(park.labels, kk.x, kk.y, 12, 'KK Park');
  });

  it('is deterministic', () => {
    expect(computeStaticMap(s, basemap, features)).toEqual(m);
  });
});

describe('static map file', () => {
  const colors = {
    light: {
      paper: '#fbfaf6',
      ink: '#1c1d21',
      muted: '#5b5d66',
      rule: '#d9d6cc',
      state: '#1f4f86',
      compound: '#a4441b',
    },
    dark: {
      paper: '#15171b',
      ink: '#ebe8e0',
      muted: '#a8aab2',
      rule: '#3a3d45',
      state: '#8db8ef',
      compound: '#f09a6c',
    },
  };
  const wide = computeStaticMap(
    resolveMapState({
      kind: 'map',
      view: { bbox: [95, 9, 122, 35] },
      layers: ['routes', 'places'],
      highlight: ['rt-she'],
    }),
    basemap,
    features,
  );
  const file = renderMapSvg(wide, { title: 'Map of <the> region & "routes"', colors });

  it('is a standalone SVG document with its text alternative as title, escaped', () => {
    expect(file).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 600" width="800" height="600">/,
    );
    expect(file).toContain('<title>Map of &lt;the&gt; region &amp; &quot;routes&quot;</title>');
    expect(file.endsWith('</svg>')).toBe(true);
    // Nothing outside the file: no external references an <img> could not load anyway.
    expect(file).not.toMatch(/href=|url\((?!#)|@import/);
    // Its one font face is the reader's own Arial or Liberation Sans, scaled to Inter's widths: local() only.
    expect(file.match(/@font-face\{[^}]*\}/g)).toEqual([
      "@font-face{font-family:'Map Sans';src:local('Arial'),local('Liberation Sans'),local('DejaVu Sans');size-adjust:107%}",
    ]);
  });

  it('carries the colours of both schemes, the dark ones behind prefers-color-scheme', () => {
    const light = mapPalette(colors.light, false);
    const dark = mapPalette(colors.dark, true);
    expect(file).toContain(`svg{--sea:${light.sea};--land:${light.land};--border:${light.border}`);
    expect(file).toContain(`@media (prefers-color-scheme:dark){svg{--sea:${dark.sea};--land:${dark.land}`);
  });

  it('draws every mark of the step, a highlighted route with the highlight arrowhead', () => {
    expect(file.match(/<path class="m-route[^"]*"/g)).toHaveLength(wide.routes.length);
    expect(file).toContain('class="m-route is-hl"');
    expect(file).toMatch(/class="m-route is-hl" d="[^"]+" stroke-width="[\d.]+" marker-end="url\(#h\)"/);
    expect(file.match(/<text /g)).toHaveLength(wide.labels.length);
    expect(file).toContain('>Bangkok</text>');
  });

  it('gets a new content hash when the map changes, the same one when it does not', () => {
    expect(contentHash(file)).toMatch(/^[0-9a-f]{10}$/);
    expect(contentHash(renderMapSvg(wide, { title: 'Map of <the> region & "routes"', colors }))).toBe(
      contentHash(file),
    );
    expect(contentHash(renderMapSvg(wide, { title: 'Another map', colors }))).not.toBe(contentHash(file));
  });
});
