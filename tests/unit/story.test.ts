/**
 * The story index (src/story/): built from chapter MDX (fixtures here, never the live content/), with every step
 * state and component prop checked against its schema, errors naming the file, line and key.
 */
import { describe, expect, it } from 'vitest';
import { buildStory, type ChapterSource } from '../../src/story/build.ts';

const known = {
  features: new Set(['myawaddy', 'kk-park', 'ev-raid', 'route-1']),
  places: new Set(['myawaddy', 'kk-park']),
};

const mapStep = (id: string, extra = '') =>
  `<Step id="${id}" state={{ kind: 'map', view: { bbox: [97.9, 16.2, 99.1, 17.2] }${extra} }}>\n\nText of ${id}.\n\n</Step>`;

function chapter(slug: string, body: string, front = 'title: T\norder: 1'): ChapterSource {
  return { slug, title: `Chapter ${slug}`, file: `content/${slug}.mdx`, text: `---\n${front}\n---\n\n${body}\n` };
}

const build = (...sources: ChapterSource[]) => buildStory(sources, known);
/** The error lines of a story that fails to build. */
function errorsOf(...sources: ChapterSource[]): string[] {
  try {
    build(...sources);
  } catch (e) {
    return (e as Error).message.split('\n  - ').slice(1);
  }
  throw new Error('expected the story to fail');
}

describe('the story index', () => {
  it('lists chapters, scrollies and steps in reading order, with their states and where they are written', () => {
    const story = build(
      chapter(
        'one',
        `Intro.\n\n<Scrolly id="moei" label="Map of the Moei">\n${mapStep('moei-1')}\n${mapStep('moei-2', ", highlight: ['kk-park']")}\n</Scrolly>\n\n<Chart id="held" />`,
      ),
      chapter(
        'two',
        `<Scrolly id="years" label="Events by year">\n<Step id="years-2024" state={{ kind: 'chart', chart: 'crackdown', highlight: '2024' }}>\n\nA.\n\n</Step>\n<Step id="years-2025" state={{ kind: 'chart', chart: 'crackdown', highlight: '2025' }}>\n\nB.\n\n</Step>\n</Scrolly>`,
      ),
    );
    expect(story.chapters.map((c) => c.slug)).toEqual(['one', 'two']);
    const moei = story.scrolly('moei');
    expect(moei.chapter.slug).toBe('one');
    expect(moei.graphic).toBe('map');
    expect(moei.steps.map((s) => [s.id, s.index, s.where])).toEqual([
      ['moei-1', 0, 'content/one.mdx:9:1'],
      ['moei-2', 1, 'content/one.mdx:14:1'],
    ]);
    expect(moei.steps[1]!.state).toEqual({
      kind: 'map',
      view: { bbox: [97.9, 16.2, 99.1, 17.2] },
      highlight: ['kk-park'],
    });
    expect(story.mapSteps.map((m) => `${m.chapter.slug}/${m.scrolly.id}/${m.step.id}`)).toEqual([
      'one/moei/moei-1',
      'one/moei/moei-2',
    ]);
    // A scrolly whose steps all show one chart draws it once, with the first step's emphasis.
    expect(story.scrolly('years').sharedChart).toEqual({ kind: 'chart', chart: 'crackdown', highlight: '2024' });
    expect(story.chartUse('held')).toMatchObject({ chapter: { slug: 'one' }, anchor: 'chart-held' });
    expect(story.chartUse('crackdown')).toMatchObject({ chapter: { slug: 'two' }, anchor: 'years' });
    expect(story.chartUse('money')).toBeUndefined();
    expect(() => story.scrolly('nope')).toThrow(/<Scrolly id="nope"> is not in the story index/);
  });

  it('fails on a misspelt step key, naming the file, line and key, and the key it was meant to be', () => {
    const errors = errorsOf(
      chapter('one', `<Scrolly id="moei" label="M">\n${mapStep('moei-1', ", layer: ['compounds']")}\n</Scrolly>`),
    );
    expect(errors).toEqual([
      'content/one.mdx:7:1 <Step id="moei-1">: state: there is no key "layer" here (did you mean "layers"?); the keys are kind, view, layers, highlight, dates',
    ]);
  });

  it('fails on a misspelt key deep in a state, and on a value of the wrong kind', () => {
    const errors = errorsOf(
      chapter(
        'one',
        `<Scrolly id="moei" label="M">\n<Step id="moei-1" state={{ kind: 'map', view: { bbox: [97.9, 16.2, 99.1, 17.2], zom: 3 } }}>\n\nA.\n\n</Step>\n<Step id="moei-2" state={{ kind: 'map', view: { bbox: [97.9, 16.2, 99.1] }, layers: ['compound'] }}>\n\nB.\n\n</Step>\n</Scrolly>`,
      ),
    );
    expect(errors).toContain(
      'content/one.mdx:7:1 <Step id="moei-1">: state.view: there is no key "zom" here (did you mean "zoom"?); the keys are bbox, center, zoom, bearing, pitch',
    );
    expect(errors.filter((e) => e.startsWith('content/one.mdx:12:1 <Step id="moei-2">: state.'))).toHaveLength(2);
    expect(errors.join('\n')).toMatch(
      /state\.layers\[0\]: "compound" is not one of compounds, places, events, routes \(did you mean "compounds"\?\)/,
    );
    expect(errors.join('\n')).toMatch(/state\.view\.bbox/);
  });

  it('fails on an unknown chart id, in a <Chart> or a step, with the closest id', () => {
    const errors = errorsOf(
      chapter(
        'one',
        `<Chart id="helt" />\n\n<Scrolly id="years" label="Y">\n<Step id="years-1" state={{ kind: 'chart', chart: 'crackdwn' }}>\n\nA.\n\n</Step>\n</Scrolly>`,
      ),
    );
    expect(errors).toEqual([
      'content/one.mdx:6:1 <Chart id="helt">: id: "helt" is not one of held, crackdown, moved, money, chain (did you mean "held"?)',
      'content/one.mdx:9:1 <Step id="years-1">: state.chart: "crackdwn" is not one of held, crackdown, moved, money, chain (did you mean "crackdown"?)',
    ]);
  });

  it('fails on an unknown prop, an unknown kind, an id the data lacks, and a step outside a scrolly', () => {
    const errors = errorsOf(
      chapter(
        'one',
        `<Scrolly id="moei" lable="M">\n${mapStep('moei-1', ", highlight: ['kk-prak']")}\n<Step id="moei-2" state={{ kind: 'mapp', view: {} }}>\n\nB.\n\n</Step>\n</Scrolly>\n\n${mapStep('loose-1')}\n\nA fact: <Fact id="events:x" feild="date" />.`,
      ),
    );
    expect(errors).toEqual([
      'content/one.mdx:6:1 <Scrolly id="moei">: label: missing; expected string',
      'content/one.mdx:6:1 <Scrolly id="moei">: there is no key "lable" here (did you mean "label"?); the keys are id, label, graphic',
      'content/one.mdx:7:1 <Step id="moei-1">: state.highlight "kk-prak" is not an id in data/places.csv, events.csv or routes.csv (did you mean "kk-park"?)',
      'content/one.mdx:12:1 <Step id="moei-2">: state.kind: "mapp" is not a kind; expected one of map, chart, locator',
      'content/one.mdx:19:1 <Step id="loose-1">: a <Step> belongs directly inside a <Scrolly>',
      'content/one.mdx:25:9 <Fact id="events:x">: there is no key "feild" here (did you mean "field"?); the keys are id, field, format',
    ]);
  });

  it('fails on an expression where a plain string belongs, and on code in a state', () => {
    const errors = errorsOf(
      chapter(
        'one',
        `<Chart id={'held'} />\n\n<Scrolly id="m" label="M">\n<Step id="m-1" state={{ kind: 'map', view: { bbox: box } }}>\n\nA.\n\n</Step>\n</Scrolly>`,
      ),
    );
    expect(errors[0]).toBe('content/one.mdx:6:1 <Chart>: id must be a plain string ("…"), not an expression');
    expect(errors.some((e) => e.startsWith('content/one.mdx:9:1 <Step id="m-1">: state must be a literal value'))).toBe(
      true,
    );
  });

  it('fails when two chapters use one scrolly or step id (each is a URL fragment, a map file and an embed)', () => {
    const errors = errorsOf(
      chapter('one', `<Scrolly id="moei" label="M">\n${mapStep('moei-1')}\n</Scrolly>`),
      chapter('two', `<Scrolly id="moei" label="N">\n${mapStep('moei-1')}\n</Scrolly>`),
    );
    expect(errors).toEqual([
      'content/two.mdx:6:1 <Scrolly id="moei">: content/one.mdx:6:1 already has this id; scrolly ids are unique in the story',
      'content/two.mdx:7:1 <Step id="moei-1">: content/one.mdx:7:1 already has this id; step ids are unique in the story (each is a map file and an embed)',
    ]);
  });
});
