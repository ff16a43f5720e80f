/**
 * <story-map>: the live map host of a map scrolly. Reads its configuration from data-* attributes
 * (StoryMap.astro), follows the enclosing <scrolly-steps> (STEP_EVENT, activeState), and loads
 * MapLibre with a dynamic import only when the scrolly comes within one viewport of the screen.
 *
 * Without an enclosing scrolly it shows one fixed view, from data-step-id and data-state (a map view's embed
 * page); `?live=0` in the page address keeps such a page on its static map (the previews of the embed index).
 *
 * State exposed for tests and styles, on the element: data-live ("true" once it shows the active
 * step), data-fallback ("no-webgl" | "error" when it will never go live), data-step, data-layers,
 * data-dates, data-camera ("lon,lat,zoom" rounded).
 */
import {
  ATTR,
  SCROLLY_TAG,
  STEP_EVENT,
  SELECTOR,
  type ScrollyStepsApi,
  type StepEventDetail,
} from '../../lib/scrolly-contract.ts';
import type { MapStepState, StepState } from '../../story/steps.ts';
import { parseState } from '../../lib/scrolly.ts';
import { resolveMapState, stateAttributes, visibleFeatures, type ResolvedMapState } from '../../map/state.ts';
import { describeChange, describeState } from '../../map/describe.ts';
import { fittedView } from '../../map/geo.ts';
import { insetBox, insetHeight, insetLand, isZoomed } from '../../map/inset.ts';
import type { LiveMap, MapPayload } from './live.ts';
import { hasWebGL } from './webgl.ts';
import { warmLiveMap } from './warm.ts';
import { NEAR_MAP, nearViewport } from './near.ts';

class StoryMapElement extends HTMLElement {
  #scrolly: (HTMLElement & Partial<ScrollyStepsApi>) | null = null;
  #io: IntersectionObserver | undefined;
  #mo: MutationObserver | undefined;
  #live: LiveMap | undefined;
  #payload: MapPayload | undefined;
  #shown: { id: string; state: ResolvedMapState } | undefined;
  #started = false;
  #pending: { id: string; state: MapStepState; direction: string } | undefined;

  connectedCallback(): void {
    this.#scrolly = this.closest(SCROLLY_TAG);
    if (!this.#scrolly && new URLSearchParams(location.search).get('live') === '0') return;
    this.#scrolly?.addEventListener(STEP_EVENT, this.#onStep);
    if (!('IntersectionObserver' in window)) return;
    // One viewport ahead: the map has loaded by the time the reader reaches it, and never on first paint
    // of a page whose map is further down. Already that near (as after a fast scroll): at once.
    const block = this.#scrolly ?? this;
    if (nearViewport(block) && !this.#articleMode()) return void this.#start();
    this.#io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.#articleMode()) this.#start();
      },
      { rootMargin: NEAR_MAP },
    );
    this.#io.observe(block);
    // In article mode the panel is not shown: wait until the reader switches to scrolly mode.
    if (this.#scrolly) {
      this.#mo = new MutationObserver(() => {
        if (!this.#articleMode()) {
          this.#io?.unobserve(this.#scrolly!);
          this.#io?.observe(this.#scrolly!);
        }
      });
      this.#mo.observe(this.#scrolly, { attributes: true, attributeFilter: [ATTR.mode] });
    }
  }

  disconnectedCallback(): void {
    this.#scrolly?.removeEventListener(STEP_EVENT, this.#onStep);
    this.#io?.disconnect();
    this.#mo?.disconnect();
    this.#live?.destroy();
    this.#live = undefined;
  }

  #articleMode(): boolean {
    return this.#scrolly?.getAttribute(ATTR.mode) === 'article';
  }

  #onStep = (e: Event): void => {
    const d = (e as CustomEvent<StepEventDetail>).detail;
    if (d.state.kind !== 'map') return;
    this.#pending = { id: d.id, state: d.state, direction: d.direction };
    if (this.#live && this.hasAttribute(ATTR.live)) this.#show(d.id, d.state, d.direction);
  };

  /** The active step now: from the scrolly element if it has started, else its first map step. */
  #activeStep(): { id: string; state: MapStepState } | undefined {
    if (this.#pending) return this.#pending;
    const s = this.#scrolly;
    const fixed = parseState(this.dataset['state']);
    if (!s && fixed?.kind === 'map' && this.dataset['stepId']) return { id: this.dataset['stepId'], state: fixed };
    const steps = s ? [...s.querySelectorAll<HTMLElement>(SELECTOR.step)] : [];
    const idx = s?.activeIndex ?? -1;
    const el = steps[idx >= 0 ? idx : 0];
    if (!el) return undefined;
    const state = (s?.activeState ?? JSON.parse(el.getAttribute(ATTR.state) ?? 'null')) as StepState | null;
    return state?.kind === 'map' ? { id: el.id, state } : undefined;
  }

  async #start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#io?.disconnect();
    this.#mo?.disconnect();
    if (!hasWebGL()) {
      this.dataset['fallback'] = 'no-webgl';
      return;
    }
    const first = this.#activeStep();
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    if (!first || !canvas) return;
    this.dataset['loading'] = 'true';
    warmLiveMap(this.dataset['font']);
    try {
      const [mod, payload] = await Promise.all([
        import('./live.ts'),
        fetch(this.dataset['src']!).then((r) => {
          if (!r.ok) throw new Error(`Map data: HTTP ${r.status}`);
          return r.json() as Promise<MapPayload>;
        }),
      ]);
      this.#payload = payload;
      const initial = resolveMapState(first.state);
      this.#live = mod.createLiveMap({
        container: canvas,
        payload,
        colors: JSON.parse(this.dataset['colors']!),
        fontUrl: this.dataset['font']!,
        sourcesUrl: this.dataset['sources']!,
        initial,
        interactive: false,
        // data-camera is removed while a move runs and set when it ends: "has a camera" means "has arrived".
        onCamera: (c) => (c === null ? delete this.dataset['camera'] : (this.dataset['camera'] = c)),
      });
      await this.#live.ready;
      const now = this.#activeStep() ?? first;
      this.#show(now.id, now.state, 'jump');
      this.setAttribute(ATTR.live, 'true');
    } catch (err) {
      // The static figures stay; the reader loses nothing but motion.
      this.dataset['fallback'] = 'error';
      this.#live?.destroy();
      this.#live = undefined;
      console.warn('Live map unavailable; showing the static map.', err);
    } finally {
      delete this.dataset['loading'];
    }
  }

  /**
   * The inset locator of a zoomed view (src/map/inset.ts): made once, from the basemap the live map fetched (the
   * page's HTML carries no map geometry), over the live map's box; it shows the view's box (data-zoomed), and stays
   * hidden for a wide view. The static maps draw their own.
   */
  #locate(state: ResolvedMapState): void {
    const host = this.querySelector('.map-box');
    if (!host || !this.#payload) return;
    let inset = host.querySelector<SVGSVGElement>('[data-map-inset]');
    if (!inset) {
      const W = 176;
      const H = insetHeight(W);
      const ns = 'http://www.w3.org/2000/svg';
      const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) => {
        const e = document.createElementNS(ns, tag);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
        return e;
      };
      inset = el('svg', { class: 'map-inset', 'data-map-inset': '', viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' });
      inset.append(
        el('rect', { class: 'map-inset__sea', width: W, height: H }),
        el('path', { class: 'map-inset__land', d: insetLand(this.#payload.basemap.land.features, W, H) }),
        el('rect', { class: 'map-inset__box', 'data-map-inset-box': '', width: 6, height: 6 }),
      );
      host.append(inset);
    }
    const box = inset.querySelector('[data-map-inset-box]');
    if (!box) return;
    const view = fittedView(state.bbox);
    inset.toggleAttribute('data-zoomed', isZoomed(view));
    const [w, h] = [inset.viewBox.baseVal.width, inset.viewBox.baseVal.height];
    const [x, y, bw, bh] = insetBox(view, w, h);
    for (const [k, v] of Object.entries({ x, y, width: bw, height: bh })) box.setAttribute(k, String(v));
  }

  #show(id: string, raw: MapStepState, direction: string): void {
    if (!this.#live || !this.#payload) return;
    const state = resolveMapState(raw);
    const prev = this.#shown;
    const v = visibleFeatures(state, this.#payload.features);
    // Routes that arrive with this step are drawn in (only when reading forwards).
    const fresh =
      prev && direction === 'down'
        ? v.routes
            .map((r) => r.id)
            .filter((rid) => !visibleFeatures(prev.state, this.#payload!.features).routes.some((r) => r.id === rid))
        : [];
    this.#live.show(state, { fresh, instant: direction === 'jump' });
    this.#shown = { id, state };
    this.#locate(state);
    const a = stateAttributes(state);
    this.dataset['step'] = id;
    this.dataset['layers'] = a.layers;
    this.dataset['dates'] = a.dates;
    this.dataset['highlight'] = a.highlight;
    const locale = this.dataset['locale'] ?? 'en-GB';
    const desc = this.querySelector('[data-map-description]');
    const staticDesc = document.getElementById(`${id}-map-desc`)?.textContent;
    if (desc) desc.textContent = staticDesc ?? describeState(state, v, locale);
    if (prev && prev.id !== id) {
      const change = describeChange(prev.state, visibleFeatures(prev.state, this.#payload.features), state, v, locale);
      const live = this.querySelector('[data-map-announce]');
      if (live && change) live.textContent = change;
    }
  }
}

if (!customElements.get('story-map')) customElements.define('story-map', StoryMapElement);
