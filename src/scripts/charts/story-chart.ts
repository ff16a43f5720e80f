/**
 * <story-chart>: enhances a server-rendered chart (src/components/charts/Chart.astro).
 * - Tooltips on marks (elements with `data-tip`) for mouse, touch and keyboard: the visible SVG
 *   becomes a group with a roving tabindex (Tab reaches one mark, arrow keys move, Home/End jump,
 *   Escape closes); the focused mark points at the tooltip with aria-describedby.
 * - Highlight: set `data-highlight` on the element (a scrolly step does) and marks whose
 *   `data-key` differs dim; the matching `.c-band` turns on. CSS fades only without reduced motion.
 * Everything added here is removed in disconnectedCallback.
 */
const MARK = '.c-mark[data-tip]';

class StoryChart extends HTMLElement {
  static observedAttributes = ['data-highlight'];
  #abort?: AbortController;
  #tip?: HTMLElement;
  #active?: SVGElement;

  connectedCallback(): void {
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    this.#tip = this.querySelector<HTMLElement>('.chart__tip') ?? undefined;
    for (const svg of this.querySelectorAll<SVGSVGElement>('.chart__svg svg')) {
      const marks = [...svg.querySelectorAll<SVGElement>(MARK)];
      if (!marks.length) continue;
      svg.removeAttribute('aria-hidden');
      svg.setAttribute('role', 'group');
      svg.setAttribute(
        'aria-label',
        `${this.querySelector('.chart__title')?.textContent ?? 'Chart'}: data points, use arrow keys`,
      );
      marks.forEach((m, i) => {
        m.setAttribute('tabindex', i === 0 ? '0' : '-1');
        m.setAttribute('role', 'img');
        m.setAttribute('aria-label', m.dataset.tip ?? '');
      });
      svg.addEventListener('keydown', (e) => this.#onKey(e, marks), { signal });
      svg.addEventListener('focusin', (e) => this.#show(e.target as SVGElement), { signal });
      svg.addEventListener('focusout', () => this.#hide(), { signal });
      svg.addEventListener('pointerover', (e) => this.#show((e.target as Element).closest<SVGElement>(MARK)), {
        signal,
      });
      svg.addEventListener('pointerleave', () => this.#hide(), { signal });
      // Touch: a tap shows the mark's tooltip, a tap elsewhere hides it.
      svg.addEventListener('click', (e) => this.#show((e.target as Element).closest<SVGElement>(MARK)), { signal });
    }
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.#hide(), { signal });
    this.#applyHighlight();
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#hide();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#applyHighlight();
  }

  #onKey(e: KeyboardEvent, marks: SVGElement[]): void {
    const i = marks.indexOf(e.target as SVGElement);
    if (i < 0) return;
    const next = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: marks.length - 1,
    }[e.key];
    if (e.key === 'Escape') return this.#hide();
    if (next === undefined) return;
    e.preventDefault();
    const to = marks[Math.max(0, Math.min(marks.length - 1, next))]!;
    marks[i]!.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    to.focus();
  }

  #show(mark: SVGElement | null): void {
    const tip = this.#tip;
    if (!tip || !mark?.dataset.tip) return this.#hide();
    this.#active?.classList.remove('is-active');
    this.#active?.removeAttribute('aria-describedby');
    this.#active = mark;
    mark.classList.add('is-active');
    mark.setAttribute('aria-describedby', tip.id);
    tip.textContent = mark.dataset.tip;
    tip.hidden = false;
    const box = tip.parentElement!.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const w = tip.offsetWidth;
    const left = Math.max(0, Math.min(box.width - w, r.left - box.left + r.width / 2 - w / 2));
    const above = r.top - box.top - tip.offsetHeight - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : r.bottom - box.top + 8}px`;
  }

  #hide(): void {
    if (this.#tip) this.#tip.hidden = true;
    this.#active?.classList.remove('is-active');
    this.#active?.removeAttribute('aria-describedby');
    this.#active = undefined;
  }

  #applyHighlight(): void {
    const key = this.dataset.highlight;
    for (const m of this.querySelectorAll<SVGElement>('.c-mark[data-key]'))
      m.classList.toggle('is-dim', !!key && m.dataset.key !== key);
    for (const b of this.querySelectorAll<SVGElement>('.c-band[data-key]'))
      b.classList.toggle('is-on', !!key && b.dataset.key === key);
  }
}

if (!customElements.get('story-chart')) customElements.define('story-chart', StoryChart);

export {};
