/**
 * Pure helpers of the scrolly engine, shared by the server components and the client element and unit-tested in
 * Node (tests/unit/scrolly.test.ts): which step is active for a given layout, fragments and state (de)serialisation.
 * No DOM, no data loading here.
 */
import type { StepState } from '../story/steps.ts';
import type { StepDirection } from './scrolly-contract.ts';

/** The vertical extent of a step, in viewport coordinates (as from getBoundingClientRect). */
export interface StepRect {
  top: number;
  bottom: number;
}

/** Result of pickActiveStep. */
export interface ActivePick {
  /** Step whose state the graphic should show: -1 only when there are no steps. */
  index: number;
  /**
   * Whether the trigger line is within the run of steps (from the first step's top to the last step's bottom).
   * Outside it the graphic still shows the nearest end step, but the URL fragment should not name a step.
   */
  inside: boolean;
}

/**
 * Picks the active step from the steps' rectangles: the last step whose top has crossed the trigger line (a
 * horizontal line at `trigger` × viewport height). Works from geometry alone, so it gives the same answer after a
 * slow scroll, a fling, a resize, a zoom or a jump: nothing depends on having seen the steps pass. Gaps between
 * steps keep the step above active (no flicker between cards). Rects must be in document order.
 */
export function pickActiveStep(rects: readonly StepRect[], viewportHeight: number, trigger = 0.5): ActivePick {
  if (rects.length === 0) return { index: -1, inside: false };
  const line = viewportHeight * trigger;
  let index = -1;
  for (let i = 0; i < rects.length; i++) {
    if (rects[i]!.top <= line) index = i;
    else break;
  }
  if (index === -1) return { index: 0, inside: false };
  const last = rects[rects.length - 1]!;
  return { index, inside: !(index === rects.length - 1 && last.bottom <= line) };
}

/** How a change of active step came about: index order for scrolling, 'jump' when asked for or when steps were skipped by a fragment. */
export function stepDirection(previousIndex: number, index: number, jump = false): StepDirection {
  if (jump || previousIndex < 0) return 'jump';
  return index >= previousIndex ? 'down' : 'up';
}

/**
 * The step id named by a URL fragment ("#moei-2", percent-encoded or not), or null when the fragment names none
 * of `ids`.
 */
export function stepIdFromHash(hash: string, ids: readonly string[]): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed escape: compare the fragment as written.
  }
  return ids.includes(id) ? id : null;
}

/** JSON with object keys sorted, so the same state always serialises to the same bytes (deterministic builds). */
export function serializeState(state: StepState): string {
  return JSON.stringify(sortKeys(state));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Parses a `data-state` attribute; undefined when it is not a step state (missing, bad JSON, unknown kind). */
export function parseState(json: string | null | undefined): StepState | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as { kind?: unknown };
    return v && typeof v === 'object' && (v.kind === 'map' || v.kind === 'chart' || v.kind === 'locator')
      ? (v as StepState)
      : undefined;
  } catch {
    return undefined;
  }
}
