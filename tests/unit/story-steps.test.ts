/**
 * The story's step check (src/story/check-steps.ts) on fixture chapters and the map tests' fixture data: a step that
 * draws what the step above drew fails, naming the file, line and step; so does a highlight the frame leaves out,
 * the layers hide or the map cannot label.
 */
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/map/basemap.ts';
import { buildFeatures } from '../../src/map/features.ts';
import { computeStaticMap } from '../../src/map/svg.ts';
import { buildStory, knownIds, type ChapterSource } from '../../src/story/build.ts';
import { assertSteps, checkSteps, type StepCheckModel } from '../../src/story/check-steps.ts';
import { fixture } from './map/fixture.ts';

const basemap = buildBasemap([95, 9, 122, 35]);
const features = buildFeatures(fixture);
const model: StepCheckModel = { features, draw: (s) => computeStaticMap(s, basemap, features) };

const MOEI = '[98.3, 16.4, 98.8, 17.0]';
const step = (id: string, state: string) =>
  `<Step id="${id}" state={{ kind: 'map', ${state} }}>\n\nText of ${id}.\n\n</Step>`;
function chapter(...steps: string[]): ChapterSource {
  return {
    slug: 'one',
    title: 'One',
    file: 'content/one.mdx',
    text: `---\ntitle: One\norder: 1\n---\n\n<Scrolly id="moei" label="Map">\n${steps.join('\n')}\n</Scrolly>\n`,
  };
}
const check = (...steps: string[]) => checkSteps(buildStory([chapter(...steps)], knownIds(fixture)), model);

describe('the step check', () => {
  it('fails a step that draws the same map as the step above, with its file, line and id', () => {
    // Today's kind of duplicate (chapter 2's kokang-4/5, chapter 1's region-3/4): a wider date window and another
    // event at the same dot, nothing new drawn.
    const errors = check(
      step('moei-1', `view: { bbox: ${MOEI} }, highlight: ['myawaddy'], dates: ['2025-01-01', '2025-03-31']`),
      step(
        'moei-2',
        `view: { bbox: ${MOEI} }, highlight: ['myawaddy', 'cutoff-2025-02'], dates: ['2025-01-01', '2025-12-31']`,
      ),
    );
    expect(errors).toEqual([
      `content/one.mdx:12:1 <Step id="moei-2">: draws the same map as <Step id="moei-1"> above (the same frame, layers and emphasised marks); show what this step's text is about: frame it, highlight it, or change the layers or the date window`,
    ]);
  });

  it('passes steps that each show something new: a new highlight, a new frame, other layers', () => {
    expect(
      check(
        step('moei-1', `view: { bbox: ${MOEI} }, highlight: ['myawaddy']`),
        step('moei-2', `view: { bbox: ${MOEI} }, highlight: ['kk-park']`),
        step('moei-3', `view: { bbox: [98.4, 16.5, 98.7, 16.9] }, highlight: ['kk-park']`),
        step(
          'moei-4',
          `view: { bbox: [98.4, 16.5, 98.7, 16.9] }, layers: ['compounds', 'events'], highlight: ['kk-park']`,
        ),
        // The same map as two steps above is fine: the reader comes back to it.
        step('moei-5', `view: { bbox: [98.4, 16.5, 98.7, 16.9] }, highlight: ['kk-park']`),
      ),
    ).toEqual([]);
  });

  it('fails a highlight that the frame leaves out, or that its layer or date window hides', () => {
    const errors = check(
      step('moei-1', `view: { bbox: ${MOEI} }, highlight: ['bangkok']`),
      step('moei-2', `view: { bbox: ${MOEI} }, layers: ['places'], highlight: ['kk-park', 'raid-2025-10']`),
      step('moei-3', `view: { bbox: ${MOEI} }, highlight: ['kk-park'], dates: ['2015-01-01', '2019-12-31']`),
    );
    expect(errors).toEqual([
      'content/one.mdx:7:1 <Step id="moei-1">: highlights Bangkok ("bangkok"), which is outside the frame',
      'content/one.mdx:12:1 <Step id="moei-2">: highlights KK Park ("kk-park"), but the compounds layer is off',
      'content/one.mdx:12:1 <Step id="moei-2">: highlights the event "raid-2025-10", but the events layer is off',
      'content/one.mdx:17:1 <Step id="moei-3">: highlights KK Park ("kk-park"), which is first reported after the step\'s date window',
    ]);
  });

  it('fails a highlight that the map draws without a label, and a route whose ends are not both in the frame', () => {
    // KK Park's label has no room when the frame is only a little wider than its name.
    const noRoom: StepCheckModel = {
      features,
      draw: (s) => ({ ...computeStaticMap(s, basemap, features), labels: [] }),
    };
    const story = buildStory(
      [chapter(step('moei-1', `view: { bbox: ${MOEI} }, highlight: ['kk-park'], dates: ['2025-01-01', '2025-12-31']`))],
      knownIds(fixture),
    );
    expect(checkSteps(story, noRoom)).toEqual([
      'content/one.mdx:7:1 <Step id="moei-1">: highlights KK Park ("kk-park"), which the map draws without a label (no room)',
    ]);
    expect(
      check(
        step('moei-1', `view: { bbox: [99, 12, 102, 15] }, highlight: ['rt-she'], dates: ['2025-11-12', '2025-11-12']`),
      ),
    ).toEqual([
      'content/one.mdx:7:1 <Step id="moei-1">: highlights the route "rt-she", whose end is outside the frame',
      'content/one.mdx:7:1 <Step id="moei-1">: highlights the route "rt-she", whose end "nanjing" has no label on the map',
    ]);
  });

  it('labels what a step highlights, and throws with every problem at once', () => {
    const story = buildStory(
      [
        chapter(
          step(
            'moei-1',
            `view: { bbox: [98, 12, 120, 33] }, highlight: ['rt-she'], dates: ['2025-11-12', '2025-11-12']`,
          ),
          step(
            'moei-2',
            `view: { bbox: [98, 12, 120, 33] }, highlight: ['rt-she'], dates: ['2025-11-01', '2025-11-30']`,
          ),
        ),
      ],
      knownIds(fixture),
    );
    const labels = model.draw({
      bbox: [98, 12, 120, 33],
      bearing: 0,
      pitch: 0,
      layers: ['compounds', 'places', 'events', 'routes'],
      highlight: ['rt-she'],
      dates: [20251112, 20251112],
    }).labels;
    expect(labels.filter((l) => l.id).map((l) => l.id)).toEqual(expect.arrayContaining(['bangkok', 'nanjing']));
    expect(() => assertSteps(story, model)).toThrow(
      /The story's map steps have 1 problem; nothing was built\.\n {2}- content\/one\.mdx:12:1 <Step id="moei-2">: draws the same map/,
    );
  });
});
