/**
 * <scrolly-steps>: the client half of <Scrolly>. It decides which step is active from the steps' geometry, marks it
 * (ATTR.active on the step and on the copy of its figure), tells live graphics (STEP_EVENT), keeps the URL fragment
 * in step, announces the new graphic state politely, and switches between scrolly and article modes.
 *
 * Reliability: one IntersectionObserver (a thin band at the trigger line) plus rAF-throttled scroll, resize,
 * visualViewport resize and scrollend listeners all funnel into the same recompute, which reads every step's
 * rectangle and asks pickActiveStep (src/lib/scrolly.ts) for the answer. Nothing depends on having *seen* a step
 * cross a line, so slow scrolls, flings, zoom, URL-bar resizes and anchor jumps all end on the right step.
 * Everything is torn down in disconnectedCallback.
 */
import {
  ATTR,
  DESCRIPTION_SELECTOR,
  MODE_STORAGE_KEY,
  SCROLLY_TAG,
  SELECTOR,
  STEP_EVENT,
  type ScrollyMode,
  type ScrollyStepsApi,
  type StepDirection,
  type StepEventDetail,
} from '../../lib/scrolly-contract.ts';
import { parseState, pickActiveStep, stepDirection, stepIdFromHash } from '../../lib/scrolly.ts';
import type { StepState } from '../../story/steps.ts';

/** The trigger line, as a fraction of the viewport height from its top. */
const TRIGGER = 0.5;
/**
 * The URL fragment follows the active step at most this often (replaceState is rate-limited by browsers). A throttle,
 * not a debounce: a reader who keeps scrolling never pauses for this long, and a debounced fragment kept naming the
 * previous scrolly's step all through the next one.
 */
const HASH_DELAY = 250;
/**
 * After a mode switch the reader's place is held while figures above it settle their size: until the page's height
 * has not changed for HOLD_QUIET_MS, and never longer than HOLD_MAX_MS (or until the reader scrolls, touches or types).
 */
const HOLD_QUIET_MS = 600;
const HOLD_MAX_MS = 6000;
/** Quiet time before the new graphic state is announced, so a fling announces only where it lands. */
const ANNOUNCE_DELAY = 700;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)');

function storedMode(): ScrollyMode | null {
  try {
    const m = localStorage.getItem(MODE_STORAGE_KEY);
    return m === 'article' || m === 'scrolly' ? m : null;
  } catch {
    return null; // storage disabled: follow the media query
  }
}

/** The reader's choice if any, else article under reduced motion, else scrolly (same rule as the inline script). */
/** A page may force article mode (embeds: sticky layouts do not belong in an iframe), via <html data-reading>. */
const forcedArticle = () => document.documentElement.dataset.reading === 'article';

function preferredMode(): ScrollyMode {
  if (forcedArticle()) return 'article';
  return storedMode() ?? (reducedMotion().matches ? 'article' : 'scrolly');
}

/**
 * Puts one <scrolly-steps> (defined yet or not: its behaviour may load later) in `mode`, and its toggle's words say
 * what the toggle will do next. The toggle has no aria-pressed: a toggle whose name changes must not also announce a
 * pressed state (WAI-ARIA APG, button pattern), and "Read as scrolly, pressed" would say the opposite of the truth.
 */
function applyMode(root: Element, mode: ScrollyMode): void {
  root.setAttribute(ATTR.mode, mode);
  for (const b of root.querySelectorAll(SELECTOR.toggle)) {
    const words = b.getAttribute(mode === 'article' ? ATTR.labelScrolly : ATTR.labelArticle);
    if (words && b.textContent !== words) b.textContent = words;
  }
}

/** The mode is the page's: every scrolly on it switches together (else a page could end half in each mode). */
function applyPageMode(mode: ScrollyMode): void {
  for (const root of document.querySelectorAll(SCROLLY_TAG)) applyMode(root, mode);
}

export class ScrollyStepsElement extends HTMLElement implements ScrollyStepsApi {
  #steps: HTMLElement[] = [];
  #states: (StepState | undefined)[] = [];
  #copies = new Map<string, HTMLElement>();
  #active = -1;
  #inside = false;
  #io: IntersectionObserver | undefined;
  #abort: AbortController | undefined;
  #raf = 0;
  #hashTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Ends the hold of the reader's place after a mode switch (see #hold). */
  #holdAbort: AbortController | undefined;

  /** Index of the active step, -1 before start. */
  get activeIndex(): number {
    return this.#active;
  }
  /** State of the active step. */
  get activeState(): StepState | undefined {
    return this.#states[this.#active];
  }
  /** Current reading mode. */
  get mode(): ScrollyMode {
    return this.getAttribute(ATTR.mode) === 'article' ? 'article' : 'scrolly';
  }

  connectedCallback(): void {
    this.#steps = [...this.querySelectorAll<HTMLElement>(SELECTOR.step)];
    this.#states = this.#steps.map((s) => parseState(s.getAttribute(ATTR.state)));
    this.#copies = new Map(
      [...this.querySelectorAll<HTMLElement>(SELECTOR.copy)].map((c) => [c.getAttribute(ATTR.copy)!, c]),
    );
    if (this.#steps.length === 0) return;
    // The inline script normally set the mode before first paint; this covers a blocked inline script.
    this.#applyMode(this.hasAttribute(ATTR.mode) && !forcedArticle() ? this.mode : preferredMode());

    this.#abort = new AbortController();
    const { signal } = this.#abort;
    const schedule = () => this.#schedule();
    addEventListener('scroll', schedule, { passive: true, signal });
    addEventListener('scrollend', () => this.#recompute(), { signal });
    addEventListener('resize', schedule, { signal });
    window.visualViewport?.addEventListener('resize', schedule, { signal });
    addEventListener('hashchange', () => this.#fromHash(), { signal });
    reducedMotion().addEventListener('change', () => storedMode() ?? this.#applyMode(preferredMode()), { signal });
    this.addEventListener('click', (e) => this.#onClick(e), { signal });

    // A band one percent high at the trigger line: fires when a step edge crosses it, including crossings
    // caused by layout changes (fonts, images) rather than scrolling.
    const below = (1 - TRIGGER) * 100 - 1;
    this.#io = new IntersectionObserver(schedule, { rootMargin: `-${TRIGGER * 100}% 0px -${below}% 0px` });
    for (const s of this.#steps) this.#io.observe(s);

    if (!this.#fromHash()) this.#recompute();
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#io?.disconnect();
    cancelAnimationFrame(this.#raf);
    clearTimeout(this.#hashTimer);
    clearTimeout(this.#announceTimer);
    this.#holdAbort?.abort();
    this.#hashTimer = undefined;
    this.#raf = 0;
    this.#io = undefined;
    this.#abort = undefined;
  }

  #schedule(): void {
    this.#raf ||= requestAnimationFrame(() => {
      this.#raf = 0;
      this.#recompute();
    });
  }

  /** Picks the active step from geometry, then lets the fragment follow once scrolling pauses. */
  #recompute(): void {
    const vh = window.innerHeight;
    const box = this.getBoundingClientRect();
    // Far away: the answer is an end step; skip measuring every step on every frame.
    const pick =
      box.bottom < 0
        ? { index: this.#steps.length - 1, inside: false }
        : box.top > vh
          ? { index: 0, inside: false }
          : pickActiveStep(
              this.#steps.map((s) => s.getBoundingClientRect()),
              vh,
              TRIGGER,
            );
    this.#inside = pick.inside;
    if (pick.index !== this.#active) this.#activate(pick.index, stepDirection(this.#active, pick.index));
    this.#hashTimer ??= setTimeout(() => {
      this.#hashTimer = undefined;
      this.#syncHash();
    }, HASH_DELAY);
  }

  /** Activates the step named by the URL fragment, if it is one of ours. */
  #fromHash(): boolean {
    const id = stepIdFromHash(
      location.hash,
      this.#steps.map((s) => s.id),
    );
    if (id === null) return false;
    this.#inside = true;
    this.#activate(
      this.#steps.findIndex((s) => s.id === id),
      'jump',
    );
    return true;
  }

  #activate(index: number, direction: StepDirection): void {
    const previousIndex = this.#active;
    if (index === previousIndex || index < 0) return;
    this.#active = index;
    const step = this.#steps[index]!;
    this.#steps[previousIndex]?.removeAttribute(ATTR.active);
    step.setAttribute(ATTR.active, '');
    for (const [id, copy] of this.#copies) copy.toggleAttribute(ATTR.active, id === step.id);
    // A shared step-driven chart changes its emphasis instead of swapping copies.
    const shared = this.querySelector<HTMLElement>(SELECTOR.sharedChart);
    const st = this.#states[index];
    if (shared && st?.kind === 'chart') {
      if (st.highlight) shared.dataset.highlight = st.highlight;
      else delete shared.dataset.highlight;
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>(SELECTOR.nav)) {
      b.disabled = Number(b.getAttribute(ATTR.nav)) < 0 ? index === 0 : index === this.#steps.length - 1;
    }
    const state = this.#states[index];
    if (state) {
      const detail: StepEventDetail = { index, id: step.id, state, previousIndex, direction };
      this.dispatchEvent(new CustomEvent(STEP_EVENT, { bubbles: true, detail }));
    }
    if (previousIndex >= 0) this.#announceLater();
  }

  /** Keeps the fragment on the active step while the reader is inside the steps; clears it (if ours) outside. */
  #syncHash(): void {
    const ids = this.#steps.map((s) => s.id);
    const current = stepIdFromHash(location.hash, ids);
    const wanted = this.#inside ? (this.#steps[this.#active]?.id ?? null) : null;
    if (wanted === current || (wanted === null && current === null)) return;
    if (wanted === null && location.hash && current === null) return; // someone else's fragment: leave it
    const url = wanted ? `#${encodeURIComponent(wanted)}` : location.pathname + location.search;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // Safari throws after too many calls in a short time; the next pause will try again.
    }
  }

  #announceLater(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const region = this.querySelector(SELECTOR.announce);
      const step = this.#steps[this.#active];
      if (!region || !step || this.mode !== 'scrolly') return;
      const text =
        step
          .querySelector(SELECTOR.figure)
          ?.querySelector(DESCRIPTION_SELECTOR)
          ?.textContent?.replace(/\s+/g, ' ')
          .trim() ?? '';
      // The words come from the translation table, as templates on the announcer (Scrolly.astro).
      const template = region.getAttribute(text ? ATTR.announceText : ATTR.announceBare) ?? '{step}/{total}';
      const values: Record<string, string> = {
        step: String(this.#active + 1),
        total: String(this.#steps.length),
        text,
      };
      region.textContent = template.replace(/\{(step|total|text)\}/g, (_, k: string) => values[k]!);
    }, ANNOUNCE_DELAY);
  }

  #applyMode(mode: ScrollyMode): void {
    applyMode(this, mode);
  }

  #onClick(event: Event): void {
    const target = event.target instanceof Element ? event.target : null;
    const toggle = target?.closest<HTMLElement>(SELECTOR.toggle);
    if (toggle && this.contains(toggle)) {
      const next: ScrollyMode = this.mode === 'article' ? 'scrolly' : 'article';
      try {
        localStorage.setItem(MODE_STORAGE_KEY, next);
      } catch {
        // Storage disabled: the choice lasts for this page view only.
      }
      // Keep the reader's place: the step being read lands where that mode shows a step, or (outside the steps) the
      // button stays where it was on screen. Every scrolly on the page switches, and those above this one change
      // height, so the place is re-taken once they have, and held while figures settle (#hold).
      const before = toggle.getBoundingClientRect().top;
      const reading = this.#stepInView();
      const step = this.#steps[reading];
      if (step) {
        this.#inside = true;
        this.#activate(reading, 'jump');
      }
      applyPageMode(next);
      this.#hold(() => {
        if (step) step.scrollIntoView({ block: 'start', behavior: 'instant' });
        else window.scrollBy({ top: toggle.getBoundingClientRect().top - before, behavior: 'instant' });
      });
      return;
    }
    const nav = target?.closest<HTMLElement>(SELECTOR.nav);
    if (nav && this.contains(nav)) {
      const index = Math.min(this.#steps.length - 1, Math.max(0, this.#active + Number(nav.getAttribute(ATTR.nav))));
      this.#scrollToStep(index, reducedMotion().matches ? 'instant' : 'smooth');
      this.#inside = true;
      this.#activate(index, 'jump');
      this.#steps[index]!.focus({ preventScroll: true });
    }
  }

  /**
   * The step the reader is reading: the one whose card (scrolly mode) or whole step (article mode) shows the most on
   * screen; -1 when none shows. Not the active step: on a phone a card is read as soon as it appears below the
   * graphic, before it reaches the trigger line, so the active step is still the one before (article mode landed
   * there, "a step early").
   */
  #stepInView(): number {
    let best = -1;
    let most = 0;
    const vh = window.innerHeight;
    this.#steps.forEach((s, i) => {
      const box = (this.mode === 'scrolly' ? (s.querySelector(SELECTOR.text) ?? s) : s).getBoundingClientRect();
      const shown = Math.min(box.bottom, vh) - Math.max(box.top, 0);
      if (shown > most + 1 || (shown > most - 1 && shown > 0 && i === this.#active)) {
        best = i;
        most = shown;
      }
    });
    return best;
  }

  /**
   * Scrolls the step to its landing line: its scroll-margin-top (scrolly.css), the same place a deep link lands. In
   * scrolly mode that line is above the trigger line (where pickActiveStep chooses the step) and, on a phone, below
   * the graphic; in article mode it is the top of the screen.
   */
  #scrollToStep(index: number, behavior: ScrollBehavior): void {
    this.#steps[index]?.scrollIntoView({ block: 'start', behavior });
  }

  /**
   * Runs `place` now and on every frame while the page's layout settles (see HOLD_QUIET_MS), until the reader scrolls,
   * touches, clicks or types: after a mode switch the figures above the reader's step (images, charts,
   * content-visibility estimates) take their real size over the next frames and would push the step away (article
   * mode landed a step early on a phone).
   */
  #hold(place: () => void): void {
    this.#holdAbort?.abort();
    const abort = (this.#holdAbort = new AbortController());
    const stop = () => abort.abort();
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const)
      addEventListener(type, stop, { once: true, passive: true, signal: abort.signal });
    const start = performance.now();
    let quietSince = start;
    let height = -1;
    let y = -1;
    const frame = () => {
      if (abort.signal.aborted) return;
      place();
      const now = performance.now();
      const h = document.documentElement.scrollHeight;
      if (h !== height || Math.abs(scrollY - y) > 1) quietSince = now;
      height = h;
      y = scrollY;
      if (now - quietSince < HOLD_QUIET_MS && now - start < HOLD_MAX_MS) requestAnimationFrame(frame);
      else abort.abort();
    };
    frame();
  }
}

if (!customElements.get(SCROLLY_TAG)) customElements.define(SCROLLY_TAG, ScrollyStepsElement);

declare global {
  interface HTMLElementTagNameMap {
    [SCROLLY_TAG]: ScrollyStepsElement;
  }
  interface HTMLElementEventMap {
    [STEP_EVENT]: CustomEvent<StepEventDetail>;
  }
}
