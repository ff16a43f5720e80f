/**
 * The live MapLibre map. This module (and MapLibre with it) is only ever reached through a dynamic
 * import, when a map is about to be needed, so no page pays for it on first load.
 *
 * One controller per map: `show(state)` moves the camera, switches layers, applies the date window
 * and highlights, and draws new routes in; `destroy()` removes everything it added.
 */
import { Map as MapLibreMap, Popup, ScaleControl, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import type { MapLayer } from '../../story/steps.ts';
import { MAP_LAYERS } from '../../story/steps.ts';
import type { Basemap } from '../../map/basemap.ts';
import type { MapFeatures } from '../../map/features.ts';
import type { FeatureDetail } from '../../map/details.ts';
import { fittedView, paddingFor } from '../../map/geo.ts';
import { isZoomed } from '../../map/inset.ts';
import type { ResolvedMapState } from '../../map/state.ts';
import {
  ARROW_ICON,
  aboutIds,
  LAYER_IDS,
  STORY_LAYERS,
  buildStyle,
  labelLayout,
  layerFilters,
  mapPalette,
  routeGradient,
  type MapView,
  type SchemeColors,
} from '../../map/style.ts';

setWorkerUrl(workerUrl);

// MapLibre's stylesheet arrives with its code, not as a render-blocking <link> on every page that has a map. It is a
// file of the site's own, not an inline <style>, which the page's Content-Security-Policy (hashes only) would refuse;
// asked for as soon as this module runs, so it is in long before the map's first frame.
function ensureCss(): void {
  if (document.querySelector('link[data-maplibre-css]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: maplibreCssUrl });
  link.dataset['maplibreCss'] = '';
  document.head.append(link);
}
ensureCss();

export interface MapPayload {
  basemap: Basemap;
  features: MapFeatures;
  /** Popup content (explore mode only; /map/details.json). */
  details?: FeatureDetail[];
}

export interface LiveMapOptions {
  container: HTMLElement;
  payload: MapPayload;
  colors: { light: SchemeColors; dark: SchemeColors };
  fontUrl: string;
  /** URL of the sources page, for popup links (`…/sources/`). */
  sourcesUrl: string;
  initial: ResolvedMapState;
  /** Free pan/zoom and popups (explore mode); the story map is a picture the page scrolls over. */
  interactive: boolean;
  /** Called after every camera move with the rounded camera ("lon,lat,zoom"), and with null when a story move starts. */
  onCamera?: (camera: string | null) => void;
}

export interface LiveMap {
  /** Resolves when the style and data have loaded (the next frame draws the initial state). */
  ready: Promise<void>;
  show(state: ResolvedMapState, options?: { fresh?: string[]; instant?: boolean }): void;
  /** Explore mode: centre on a feature and open its popup. */
  focusFeature(id: string): void;
  setLayers(layers: MapLayer[]): void;
  setDates(dates: ResolvedMapState['dates']): void;
  destroy(): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A north-pointing triangle, drawn once as an SDF icon so the style can colour it. */
function arrowImage(): ImageData {
  const size = 32;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  // Read back at once: a canvas kept in memory, not on the GPU, whose read-back would wait for the map's first frame.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#000';
  ctx.beginPath();
  ctx.moveTo(16, 3);
  ctx.lineTo(28, 27);
  ctx.lineTo(16, 21);
  ctx.lineTo(4, 27);
  ctx.closePath();
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

/** Builds the popup content with DOM methods (data text is never parsed as HTML). */
function popupContent(d: FeatureDetail, sourcesUrl: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const h = document.createElement('p');
  h.className = 'map-popup__title';
  h.textContent = d.name;
  root.append(h);
  if (d.local) {
    const l = document.createElement('p');
    l.className = 'map-popup__local';
    if (d.local.of) l.append(`${d.local.of} · `);
    d.local.parts.forEach((p, i) =>
      l.append(
        i > 0 ? ' / ' : '',
        Object.assign(document.createElement('span'), { lang: p.lang, textContent: p.text }),
      ),
    );
    root.append(l);
  }
  const meta = document.createElement('p');
  meta.className = 'map-popup__meta';
  meta.textContent = [d.kind, d.date, d.where].filter(Boolean).join(' · ');
  root.append(meta);
  if (d.text) {
    const t = document.createElement('p');
    t.textContent = d.text;
    root.append(t);
  }
  if (d.sources.length) {
    const ul = document.createElement('ul');
    ul.className = 'map-popup__sources';
    for (const s of d.sources) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `${sourcesUrl}#src-${s.id}`;
      a.textContent = s.label;
      li.append(a);
      ul.append(li);
    }
    root.append(ul);
  }
  return root;
}

export function createLiveMap(o: LiveMapOptions): LiveMap {
  ensureCss();
  const dark = matchMedia('(prefers-color-scheme: dark)');
  // A page may force a scheme (embeds: ?theme=light|dark sets data-theme on <html>).
  const forced = document.documentElement.dataset['theme'];
  const isDark = () => (forced === 'dark' || forced === 'light' ? forced === 'dark' : dark.matches);
  let state = o.initial;
  let fresh: string[] = [];
  let raf = 0;
  const details = new Map((o.payload.details ?? []).map((d) => [d.id, d]));
  const colors = () => (isDark() ? o.colors.dark : o.colors.light);
  // A story map frames each step (the same 4:3 view as its static map); the explore map is free.
  const frameOf = (s: ResolvedMapState): MapView | undefined =>
    o.interactive ? undefined : { bbox: s.bbox, frame: fittedView(s.bbox), width: o.container.clientWidth };
  const style = () =>
    buildStyle({
      colors: colors(),
      dark: isDark(),
      basemap: o.payload.basemap,
      features: o.payload.features,
      fontUrl: o.fontUrl,
      state,
      view: frameOf(state),
    });

  const map = new MapLibreMap({
    container: o.container,
    style: style(),
    bounds: state.bbox,
    fitBoundsOptions: { padding: paddingFor(o.container.clientWidth) },
    bearing: state.bearing,
    pitch: state.pitch,
    interactive: o.interactive,
    // The story map is a picture (role="img" on its box, credited in its caption): no control may sit inside it,
    // or keyboard users would tab into links that screen readers do not show. The explore map keeps MapLibre's.
    attributionControl: o.interactive ? { compact: true } : false,
    cooperativeGestures: false,
    renderWorldCopies: false,
    maxZoom: 11,
    minZoom: 2,
    // The story map sits under the reader's scrolling: keep its canvas out of the tab order.
    keyboard: o.interactive,
  });
  // The arrowhead is generated, not fetched. Added now, so the first tiles' icons need no round trip to this thread;
  // the resolver adds it again when a new style (a change of colour scheme) asks for it.
  const addArrow = () => {
    if (!map.hasImage(ARROW_ICON)) map.addImage(ARROW_ICON, arrowImage(), { sdf: true });
  };
  addArrow();
  map.setMissingStyleImageResolver((id) => {
    if (id === ARROW_ICON) addArrow();
  });
  const reportCamera = () => {
    const c = map.getCenter();
    o.onCamera?.(`${c.lng.toFixed(2)},${c.lat.toFixed(2)},${map.getZoom().toFixed(2)}`);
  };
  map.on('moveend', reportCamera);

  const applyFilters = () => {
    const view = frameOf(state);
    const filters = layerFilters({ ...state, about: aboutIds(state.highlight, o.payload.features) }, fresh, view);
    for (const [id, f] of Object.entries(filters)) if (map.getLayer(id)) map.setFilter(id, f);
    // Labels keep off the edges of this step's frame.
    if (view)
      for (const [id, anchors] of Object.entries(labelLayout(view)))
        if (map.getLayer(id)) map.setLayoutProperty(id, 'text-variable-anchor-offset', anchors);
  };
  const applyLayers = (layers: MapLayer[]) => {
    const on = new Set(layers);
    for (const l of MAP_LAYERS)
      for (const id of STORY_LAYERS[l])
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on.has(l) ? 'visible' : 'none');
  };
  const drawIn = () => {
    cancelAnimationFrame(raf);
    const color = mapPalette(colors(), isDark()).route;
    if (fresh.length === 0 || reducedMotion()) {
      map.setPaintProperty(LAYER_IDS.routesNew, 'line-gradient', routeGradient(color, 1));
      return;
    }
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / 1200);
      map.setPaintProperty(LAYER_IDS.routesNew, 'line-gradient', routeGradient(color, 1 - (1 - t) ** 3));
      if (t < 1) raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
  };

  const onScheme = () => {
    map.setStyle(style());
    map.once('styledata', () => {
      applyLayers(state.layers);
      applyFilters();
    });
  };
  dark.addEventListener('change', onScheme);

  let popup: Popup | undefined;
  const openPopup = (id: string, at: [number, number]) => {
    const d = details.get(id);
    if (!d) return;
    popup?.remove();
    popup = new Popup({ maxWidth: '18rem', focusAfterOpen: true })
      .setLngLat(at)
      .setDOMContent(popupContent(d, o.sourcesUrl))
      .addTo(map);
  };
  const clickable = [
    LAYER_IDS.compoundsSite,
    LAYER_IDS.compoundsArea,
    LAYER_IDS.events,
    LAYER_IDS.routes,
    LAYER_IDS.routesNew,
    LAYER_IDS.places,
  ];
  const onClick = (e: { features?: MapGeoJSONFeature[]; lngLat: { lng: number; lat: number } }) => {
    const f = e.features?.[0];
    if (f) openPopup(String(f.properties['id']), [e.lngLat.lng, e.lngLat.lat]);
  };
  if (o.interactive) {
    for (const id of clickable) {
      map.on('click', id, onClick);
      map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
    }
  }

  const ready = new Promise<void>((resolve, reject) => {
    map.once('error', (e) => reject(e.error));
    // 'load': style and data are in, the next frame draws them (waiting for 'idle' would add the
    // label placement of every tile for nothing).
    map.once('load', () => {
      reportCamera();
      resolve();
    });
  });

  const featureCoords = (id: string): [number, number] | undefined => {
    const f = o.payload.features;
    for (const fc of [f.compounds, f.places, f.events]) {
      const x = fc.features.find((p) => p.properties.id === id);
      if (x) return x.geometry.coordinates;
    }
    const r = f.routes.features.find((p) => p.properties.id === id);
    return r ? r.geometry.coordinates[Math.floor(r.geometry.coordinates.length / 2)] : undefined;
  };

  // A zoomed story view gets a scale bar (the inset locator is the host's: story-map.ts). MapLibre's control holds
  // no link or button, so the picture keeps no tab stop.
  let scale: ScaleControl | undefined;
  const orient = (s: ResolvedMapState) => {
    const zoomed = !o.interactive && isZoomed(fittedView(s.bbox));
    if (zoomed && !scale) map.addControl((scale = new ScaleControl({ maxWidth: 110, unit: 'metric' })), 'bottom-left');
    else if (!zoomed && scale) {
      map.removeControl(scale);
      scale = undefined;
    }
  };
  orient(state);

  return {
    ready,
    show(next, opts = {}) {
      state = next;
      orient(next);
      fresh = opts.fresh ?? [];
      applyLayers(next.layers);
      applyFilters();
      drawIn();
      const instant = opts.instant || reducedMotion();
      // End any move still running first (that fires its 'moveend'), then mark the camera as moving.
      map.stop();
      o.onCamera?.(null);
      map.fitBounds(next.bbox, {
        padding: paddingFor(o.container.clientWidth),
        bearing: next.bearing,
        pitch: next.pitch,
        animate: !instant,
        duration: instant ? 0 : 1400,
        essential: false,
      });
      // A move to where the camera already is may end without a 'moveend': report it now.
      if (!map.isMoving()) reportCamera();
    },
    focusFeature(id) {
      const at = featureCoords(id);
      if (!at) return;
      map.easeTo({
        center: at,
        zoom: Math.max(map.getZoom(), 6),
        animate: !reducedMotion(),
        duration: reducedMotion() ? 0 : 800,
      });
      openPopup(id, at);
    },
    setLayers(layers) {
      state = { ...state, layers };
      applyLayers(layers);
    },
    setDates(dates) {
      state = { ...state, dates };
      applyFilters();
    },
    destroy() {
      cancelAnimationFrame(raf);
      if (scale) map.removeControl(scale);
      dark.removeEventListener('change', onScheme);
      popup?.remove();
      map.remove();
    },
  };
}
