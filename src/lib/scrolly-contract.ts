/**
 * The scrolly contract: every name that the server markup (src/components/scrolly/*.astro), the client element
 * (src/scripts/scrolly/scrolly-steps.ts) and the live graphics (StoryMap, charts) share. Import from here; never
 * type these strings anywhere else.
 *
 * Markup, as the server renders it:
 *
 *   <scrolly-steps id="moei" data-graphic="map" data-mode="scrolly|article">   ← SCROLLY_TAG; data-mode is set by a
 *     <div data-scrolly-controls> <button data-scrolly-toggle data-label-article data-label-scrolly> …   tiny inline
 *                                                                                 script before paint
 *     <div data-scrolly-panel>                                                   ← the sticky panel (scrolly mode only)
 *       <div data-scrolly-live-graphic> <StoryMap scrollyId /> </div>            ← only for graphic="map"
 *       <div data-scrolly-copies aria-hidden="true" inert>                       ← copies of the step figures
 *         <div data-scrolly-copy="moei-1" [data-active]> <StepGraphic stepId="moei-1-sticky"/> </div> …
 *       <p data-scrolly-announce aria-live="polite" data-announce-text data-announce-bare>  ← the active state's
 *                                                                                 description, from these templates
 *     <div data-scrolly-steps-column>
 *       <div data-scrolly-step id="moei-1" data-state='{"kind":"map",…}' [data-active] tabindex="-1">
 *         <div data-scrolly-figure> <StepGraphic stepId="moei-1"/> </div>        ← the inline static figure
 *         <div data-scrolly-text> …the step's prose… </div>
 *
 * Events: the element dispatches STEP_EVENT (bubbles, not cancelable) on itself whenever the active step changes,
 * with `detail: StepEventDetail`. A live graphic that loads late reads `element.activeIndex` / `element.activeState`
 * (see ScrollyStepsApi) instead of waiting for the next event.
 *
 * Live graphics: the live graphic (e.g. StoryMap) sits under the copy of the active step's static figure and stays
 * hidden until it marks itself ready by setting LIVE_ATTR (`data-live`) on its own root element; from then on the
 * static copies are hidden (CSS `:has()`), so the swap causes no layout shift.
 *
 * Text alternatives: the announcer reads the active step's description from the inline figure: the first element
 * matching DESCRIPTION_SELECTOR (components mark their text alternative with `data-step-description`; a plain
 * <figcaption> is the fallback).
 */
import type { SCROLLY_GRAPHICS, StepState } from '../story/steps.ts';

/** Tag name of the client custom element that wraps every <Scrolly>. */
export const SCROLLY_TAG = 'scrolly-steps';

/** Event dispatched (bubbling) by <scrolly-steps> when its active step changes. */
export const STEP_EVENT = 'scrolly:step';

/** Attribute names (markup contract). */
export const ATTR = {
  /** On <scrolly-steps>: "map" | "chart" | "locator", what the live panel holds. */
  graphic: 'data-graphic',
  /** On <scrolly-steps>: "scrolly" (sticky graphic) or "article" (steps stacked with their figures). */
  mode: 'data-mode',
  /** On a step: its state as JSON (serializeState in src/lib/scrolly.ts). */
  state: 'data-state',
  /** On the active step and on the copy of its figure in the panel (boolean attribute). */
  active: 'data-active',
  /** On a step: marks it as a step of the enclosing scrolly. */
  step: 'data-scrolly-step',
  /** On a figure copy in the panel: the id of the step it belongs to. */
  copy: 'data-scrolly-copy',
  /** On the single panel copy of a step-driven chart (all steps show one chart; the client sets its emphasis). */
  copyShared: 'data-scrolly-copy-shared',
  /** Set by a live graphic on its root once it is showing the active state. */
  live: 'data-live',
  /** On the toggle button. */
  toggle: 'data-scrolly-toggle',
  /** On the toggle: its words in scrolly mode (what it will do: "Read as article"). */
  labelArticle: 'data-label-article',
  /** On the toggle: its words in article mode ("Read as scrolly"). */
  labelScrolly: 'data-label-scrolly',
  /** On the announcer: the announcement template, with {step}, {total} and {text} (the figure's description). */
  announceText: 'data-announce-text',
  /** On the announcer: the template for a figure without a description ({step}, {total}). */
  announceBare: 'data-announce-bare',
  /** On the prev/next buttons: "-1" or "1". */
  nav: 'data-scrolly-nav',
} as const;

/** Selectors (built from ATTR so they cannot drift). */
export const SELECTOR = {
  step: `[${ATTR.step}]`,
  copy: `[${ATTR.copy}]`,
  /** The chart inside a shared panel copy: receives `data-highlight` from the active step's state. */
  sharedChart: `[${ATTR.copyShared}] story-chart`,
  toggle: `[${ATTR.toggle}]`,
  nav: `[${ATTR.nav}]`,
  panel: '[data-scrolly-panel]',
  copies: '[data-scrolly-copies]',
  liveGraphic: '[data-scrolly-live-graphic]',
  announce: '[data-scrolly-announce]',
  figure: '[data-scrolly-figure]',
  text: '[data-scrolly-text]',
} as const;

/** Where a figure's text alternative is found, first match wins. */
export const DESCRIPTION_SELECTOR = '[data-step-description], figcaption';

/**
 * localStorage key holding the reader's chosen mode ("scrolly" | "article"). The mode is the page's, not a
 * section's: switching one scrolly switches every scrolly on the page, and the choice holds for every page.
 */
export const MODE_STORAGE_KEY = 'stc:scrolly-mode';

export type ScrollyMode = 'scrolly' | 'article';
export type ScrollyGraphic = (typeof SCROLLY_GRAPHICS)[number];

/** How the active step was reached: by scrolling down, by scrolling up, or by a jump (fragment, buttons, load). */
export type StepDirection = 'down' | 'up' | 'jump';

/** `detail` of STEP_EVENT. */
export interface StepEventDetail {
  /** Index of the new active step (0-based, document order). */
  index: number;
  /** Its id (= its URL fragment). */
  id: string;
  state: StepState;
  /** Index of the step active before, or -1 on the first activation. */
  previousIndex: number;
  direction: StepDirection;
}

/** What <scrolly-steps> exposes to live graphics. */
export interface ScrollyStepsApi {
  /** Index of the active step, -1 before the element has started. */
  readonly activeIndex: number;
  /** State of the active step, undefined before the element has started. */
  readonly activeState: StepState | undefined;
}

/** Suffix of the step id used for the ids inside the sticky copies of its figure (keeps ids unique). */
export const COPY_ID_SUFFIX = '-sticky';

/**
 * The scrolly's inline script (Scrolly.astro writes it first in each <scrolly-steps>), run while the page is parsed,
 * before first paint: article mode when the page forces it (embeds), else the reader's stored choice, else article
 * mode under reduced motion, else scrolly. (Same rule as preferredMode() in the client element.) A constant, so the
 * page's Content-Security-Policy can allow it by its hash (src/lib/csp-page.ts).
 */
export const MODE_SCRIPT = `(function(e){var m;if(document.documentElement.getAttribute('data-reading')==='article'){e.setAttribute('data-mode','article');return}try{m=localStorage.getItem(${JSON.stringify(MODE_STORAGE_KEY)})}catch(_){}if(m!=='article'&&m!=='scrolly')m=matchMedia('(prefers-reduced-motion: reduce)').matches?'article':'scrolly';e.setAttribute('data-mode',m)})(document.currentScript.parentElement)`;
