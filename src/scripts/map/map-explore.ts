/**
 * <map-explore>: explore mode. Loads the live map when it nears the viewport (as the story map does),
 * then wires the layer toggles and the date slider, and gives each entry of the feature list its "Show on map"
 * button (made here, not sent with the page: they do nothing without the live map, and the list is the page's
 * largest DOM). Its words come from data attributes (the translation table, MapExplore.astro).
 * Without a mouse or trackpad (a touch screen), or with Save-Data, it waits until the reader asks for it
 * ({@link startsByItself}).
 * Without WebGL, the static overview and the list stay; the controls stay hidden.
 */
import { resolveMapState } from '../../map/state.ts';
import { dateNumEnd } from '../../map/features.ts';
import type { MapLayer, MapStepState } from '../../story/steps.ts';
import type { LiveMap, MapPayload } from './live.ts';
import type { FeatureDetail } from '../../map/details.ts';
import { hasWebGL } from './webgl.ts';
import { warmLiveMap } from './warm.ts';
import { NEAR_MAP, nearViewport } from './near.ts';

/**
 * Whether the live map starts by itself. With a mouse or trackpad it does. On a touch screen (a phone, most
 * likely), or when the reader has asked to save data, it starts when the reader presses "Pan and zoom": it is
 * about half a megabyte of code and data, and seconds of a cheap phone's processor, during which the page answers
 * slowly. The static map and the list above and below it already show everything.
 */
export function startsByItself(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return matchMedia('(pointer: fine)').matches && connection?.saveData !== true;
}

class MapExploreElement extends HTMLElement {
  #io: IntersectionObserver | undefined;
  #live: LiveMap | undefined;
  #abort = new AbortController();

  connectedCallback(): void {
    // New on every connection: a disconnection aborts the listeners and any load under way.
    this.#abort = new AbortController();
    // ?live=0 keeps the static map and the list (previews on the embed index).
    if (new URLSearchParams(location.search).get('live') === '0') return;
    if (!startsByItself()) return this.#offerStart();
    if (nearViewport(this)) return void this.#start();
    this.#io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#io?.disconnect();
          void this.#start();
        }
      },
      { rootMargin: NEAR_MAP },
    );
    this.#io.observe(this);
  }

  disconnectedCallback(): void {
    this.#io?.disconnect();
    this.#abort.abort();
    this.#live?.destroy();
    this.#live = undefined;
  }

  /** Shows the "Pan and zoom" button over the static map; pressing it starts the live map. */
  #offerStart(): void {
    const offer = this.querySelector<HTMLElement>('[data-map-start]');
    const button = offer?.querySelector('button');
    if (!offer || !button) return;
    offer.hidden = false;
    const status = offer.querySelector<HTMLElement>('[role=status]');
    button.addEventListener(
      'click',
      () => {
        // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
        button.setAttribute('aria-disabled', 'true');
        button.textContent = this.dataset['loading'] ?? button.textContent;
        if (status) status.textContent = this.dataset['loadingStatus'] ?? '';
        void this.#start().then(() => {
          if (!this.isConnected) return;
          // Keyboard focus moves to what the button started (the map, or the note that it cannot come), then the
          // button goes.
          const next = this.#live
            ? this.querySelector<HTMLElement>('[data-map-canvas] canvas')
            : this.querySelector<HTMLElement>('[data-map-unavailable]:not([hidden])');
          next?.focus();
          offer.hidden = true;
        });
      },
      { once: true, signal: this.#abort.signal },
    );
  }

  async #start(): Promise<void> {
    if (!hasWebGL()) return this.#fallBack('no-webgl');
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]')!;
    warmLiveMap(this.dataset['font']);
    const json = <T>(u: string) =>
      fetch(u).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`HTTP ${r.status} for ${u}`))));
    try {
      const [mod, payload, details] = await Promise.all([
        import('./live.ts'),
        json<MapPayload>(this.dataset['src']!),
        json<FeatureDetail[]>(this.dataset['details']!),
      ]);
      if (this.#abort.signal.aborted) return;
      const initial = resolveMapState(JSON.parse(this.dataset['state']!) as MapStepState);
      this.#live = mod.createLiveMap({
        container: canvas,
        payload: { ...payload, details },
        colors: JSON.parse(this.dataset['colors']!),
        fontUrl: this.dataset['font']!,
        sourcesUrl: this.dataset['sources']!,
        initial,
        interactive: true,
        onCamera: (c) => (c === null ? delete this.dataset['camera'] : (this.dataset['camera'] = c)),
      });
      await this.#live.ready;
      // Taken off the page while it loaded: disconnectedCallback ran before there was a map to destroy.
      if (this.#abort.signal.aborted) {
        this.#live.destroy();
        this.#live = undefined;
        return;
      }
      this.setAttribute('data-live', 'true');
      this.#wire();
    } catch (err) {
      this.#live?.destroy();
      this.#live = undefined;
      console.warn('Live map unavailable; showing the static map.', err);
      this.#fallBack('error');
    }
  }

  /** The live map will not come: the static map and the list stay, and a note says why the controls do not come. */
  #fallBack(why: 'no-webgl' | 'error'): void {
    this.dataset['fallback'] = why;
    const note = this.querySelector<HTMLElement>(`[data-map-unavailable=${why}]`);
    if (note) note.hidden = false;
  }

  #wire(): void {
    const live = this.#live!;
    const signal = this.#abort.signal;
    const form = this.querySelector<HTMLFormElement>('[data-map-controls]')!;
    const months = JSON.parse(this.dataset['months']!) as number[];
    // "January 2026", in the site's formatting locale, made at build time (the slider shows whole months).
    const monthLabels = JSON.parse(this.dataset['monthLabels']!) as string[];
    const slider = form.elements.namedItem('until') as HTMLInputElement;
    const label = this.querySelector('[data-until-label]')!;
    const update = () => {
      const layers = [...form.querySelectorAll<HTMLInputElement>('input[name=layer]:checked')].map(
        (i) => i.value as MapLayer,
      );
      live.setLayers(layers);
      const ym = months[Number(slider.value)]!;
      const text = monthLabels[Number(slider.value)]!;
      slider.setAttribute('aria-valuetext', text);
      label.textContent = text;
      const until = dateNumEnd(`${Math.floor(ym / 100)}-${String(ym % 100).padStart(2, '0')}`);
      live.setDates(Number(slider.value) === months.length - 1 ? null : [0, until]);
      this.dataset['layers'] = layers.join(' ');
      this.dataset['dates'] = `…-${until}`;
    };
    form.addEventListener('input', update, { signal });
    form.addEventListener('submit', (e) => e.preventDefault(), { signal });
    form.hidden = false;
    // One listener for every entry's button (delegated), and the buttons themselves, in list order.
    this.addEventListener(
      'click',
      (e) => {
        const b = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-focus]') : null;
        if (!b || !this.contains(b)) return;
        live.focusFeature(b.dataset['focus']!);
        this.dataset['focused'] = b.dataset['focus']!;
        this.querySelector('[data-map-canvas]')?.scrollIntoView({
          block: 'nearest',
          behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth',
        });
      },
      { signal },
    );
    const words = this.dataset['show'] ?? 'Show on map';
    for (const li of this.querySelectorAll<HTMLElement>('li[data-feature]')) {
      const name = li.querySelector('.feature-list__name');
      if (!name || name.querySelector('button[data-focus]')) continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'feature-list__show';
      b.dataset['focus'] = li.dataset['feature']!;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      // The feature's name (the entry's first text), so the button's name says which.
      hidden.textContent = `: ${name.firstChild?.textContent?.trim() ?? ''}`;
      b.append(words, hidden);
      name.append(' ', b);
    }
  }
}

if (!customElements.get('map-explore')) customElements.define('map-explore', MapExploreElement);
