import { describe, expect, it } from 'vitest';
import { parseState, pickActiveStep, serializeState, stepDirection, stepIdFromHash } from '../../src/lib/scrolly.ts';
import type { StepState } from '../../src/story/steps.ts';

/** Three 200px-tall steps separated by 300px gaps, scrolled by `y`. */
const layout = (y: number) => [0, 500, 1000].map((top) => ({ top: top - y, bottom: top - y + 200 }));

describe('pickActiveStep', () => {
  it('is the first step (outside) before any step reaches the trigger line', () => {
    expect(pickActiveStep(layout(-1000), 800)).toEqual({ index: 0, inside: false });
  });
  it('picks the step containing the trigger line', () => {
    // Trigger line at 400; scrolled by 700, step 2 spans 300..500.
    expect(pickActiveStep(layout(700), 800)).toEqual({ index: 2, inside: true });
  });
  it('keeps the step above active in the gap between cards', () => {
    // Scrolled by 50: step 0 spans -50..150, step 1 starts at 450; the line (400) is in the gap.
    expect(pickActiveStep(layout(50), 800)).toEqual({ index: 0, inside: true });
    // Scrolled by 450: step 1 spans 50..250, step 2 starts at 550.
    expect(pickActiveStep(layout(450), 800)).toEqual({ index: 1, inside: true });
  });
  it('switches exactly when a step top reaches the trigger line, scrolling down or up, slowly or in one jump', () => {
    // The line is at 400: step 1's top (500 - y) reaches it at y = 100, step 2's (1000 - y) at y = 600.
    const at = (ys: number[]) => ys.map((y) => pickActiveStep(layout(y), 800).index);
    expect(at([99, 100, 599, 600])).toEqual([0, 1, 1, 2]);
    expect(at([600, 599, 100, 99])).toEqual([2, 1, 1, 0]);
    expect(at([99, 600, 99])).toEqual([0, 2, 0]);
  });
  it('is the last step (outside) once the trigger line is past the last step', () => {
    expect(pickActiveStep(layout(3000), 800)).toEqual({ index: 2, inside: false });
  });
  it('honours the trigger ratio and viewport height (URL bar, zoom)', () => {
    const rects = [
      { top: 300, bottom: 700 },
      { top: 700, bottom: 1100 },
    ];
    expect(pickActiveStep(rects, 800, 0.5).index).toBe(0);
    expect(pickActiveStep(rects, 1500, 0.5).index).toBe(1);
    expect(pickActiveStep(rects, 800, 0.9).index).toBe(1);
  });
  it('returns -1 with no steps', () => {
    expect(pickActiveStep([], 800)).toEqual({ index: -1, inside: false });
  });
});

describe('stepDirection', () => {
  it('is down, up, or jump', () => {
    expect(stepDirection(0, 1)).toBe('down');
    expect(stepDirection(3, 1)).toBe('up');
    expect(stepDirection(-1, 2)).toBe('jump');
    expect(stepDirection(1, 2, true)).toBe('jump');
  });
});

describe('stepIdFromHash', () => {
  const ids = ['moei-1', 'moei-2', 'kk park'];
  it('finds a step named by the fragment', () => {
    expect(stepIdFromHash('#moei-2', ids)).toBe('moei-2');
    expect(stepIdFromHash('moei-1', ids)).toBe('moei-1');
    expect(stepIdFromHash('#kk%20park', ids)).toBe('kk park');
  });
  it('ignores other fragments, empty ones and malformed escapes', () => {
    expect(stepIdFromHash('#note-1', ids)).toBeNull();
    expect(stepIdFromHash('', ids)).toBeNull();
    expect(stepIdFromHash('#', ids)).toBeNull();
    expect(stepIdFromHash('#%E0%A4%A', ids)).toBeNull();
  });
});

describe('state serialisation', () => {
  const a: StepState = {
    kind: 'map',
    view: { bbox: [97.9, 16.2, 99.2, 17.3] },
    layers: ['compounds'],
    highlight: ['kk-park'],
    dates: ['2015-01-01', '2025-02-05'],
  };
  it('is deterministic whatever the key order', () => {
    const b = {
      highlight: ['kk-park'],
      dates: ['2015-01-01', '2025-02-05'],
      layers: ['compounds'],
      view: { bbox: [97.9, 16.2, 99.2, 17.3] },
      kind: 'map',
    } as StepState;
    expect(serializeState(a)).toBe(serializeState(b));
    expect(serializeState(a).startsWith('{"dates"')).toBe(true);
  });
  it('drops undefined fields and round-trips', () => {
    const s: StepState = { kind: 'chart', chart: 'held', highlight: undefined };
    expect(serializeState(s)).toBe('{"chart":"held","kind":"chart"}');
    expect(parseState(serializeState(a))).toEqual(a);
  });
  it('rejects what is not a step state', () => {
    expect(parseState('{"kind":"video"}')).toBeUndefined();
    expect(parseState('not json')).toBeUndefined();
    expect(parseState(null)).toBeUndefined();
    expect(parseState('null')).toBeUndefined();
  });
});
