import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { join } from 'node:path';
import { remarkFacts } from '../../src/lib/remark-facts.ts';

/** Compiles MDX with the plugin and returns the front matter it wrote (or throws its error). */
async function run(body: string, path = 'content/07-test.mdx') {
  const file = new VFile({ path, value: body });
  await compile(file, { remarkPlugins: [remarkFacts] });
  return (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
}

describe('remark-facts', () => {
  it('numbers notes in reading order, one per distinct set of sources', async () => {
    const fm = await run(
      'A <Fact id="events:kk-park-raid-2025-10" field="figure" />.<Cite of="events:kk-park-raid-2025-10" />\n\n' +
        'B.<Cite sources="nation-2025-11-12-she-extradited" /> C.<Cite of="events:kk-park-raid-2025-10" />\n',
    );
    expect(fm.factCount).toBe(1);
    expect(fm.citeCount).toBe(3);
    const citations = fm.citations as string[][];
    expect(citations).toHaveLength(2);
    expect(citations[1]).toEqual(['nation-2025-11-12-she-extradited']);
  });
  it('fails with the chapter file, line and column for an unknown id', async () => {
    await expect(run('Intro.\n\nSee <Fact id="events:no-such-event" />.\n')).rejects.toThrow(
      /content\/07-test.mdx:3:5 <Fact id="events:no-such-event">: there is no row with id "no-such-event" in data\/events.csv/,
    );
  });
  it('lists every bad fact, not just the first', async () => {
    await expect(run('<Fact id="people:nobody" /> and <Cite sources="no-source" />\n')).rejects.toThrow(
      /people:nobody[\s\S]*sources="no-source"/,
    );
  });
  it('rejects expressions and unknown formats', async () => {
    await expect(run('<Fact id={"events:x"} />\n')).rejects.toThrow(/must be a plain string/);
    await expect(run('<Fact id="stats:as-of" format="fancy" />\n')).rejects.toThrow(/format "fancy" is unknown/);
  });
});

describe('remark-facts: step states and props (read by src/story/read.ts)', () => {
  const scrolly = (steps: string) =>
    `<Scrolly id="moei" label="Map of the Moei" graphic="map">\n${steps}\n</Scrolly>\n`;
  it('refuses a state that is code, not a literal, or of no known kind, naming the file and line', async () => {
    await expect(
      run(scrolly(`<Step id="moei-1" state={{ kind: 'map', view: makeView() }}>\n\nOne.\n\n</Step>`)),
    ).rejects.toThrow(/07-test.mdx:2:1 <Step id="moei-1">: state must be a literal value: CallExpression/);
    await expect(run(scrolly(`<Step id="moei-1" state={{ kind: 'globe' }}>\n\nOne.\n\n</Step>`))).rejects.toThrow(
      '07-test.mdx:2:1 <Step id="moei-1">: state.kind: "globe" is not a kind; expected one of map, chart, locator',
    );
  });
  it('refuses a misspelt state key, with the key it is close to', async () => {
    await expect(
      run(
        scrolly(
          `<Step id="moei-1" state={{ kind: 'map', view: { bbox: [98.3, 16.3, 98.85, 16.95] }, layer: ['places'] }}>\n\nOne.\n\n</Step>`,
        ),
      ),
    ).rejects.toThrow(
      '07-test.mdx:2:1 <Step id="moei-1">: state: there is no key "layer" here (did you mean "layers"?); the keys are kind, view, layers, highlight, dates',
    );
  });
});

const COMPONENTS = 'a chapter can use <Fact>, <Cite>, <Scrolly>, <Step>, <Chart>';

describe('remark-facts: components', () => {
  it('refuses a component that does not exist, with the file, line and the components that do', async () => {
    await expect(run('Intro.\n\n<Nope />\n')).rejects.toThrow(
      `content/07-test.mdx:3:1 <Nope>: there is no component <Nope>; ${COMPONENTS}`,
    );
    await expect(run('Intro.\n\nText with <Nope>inline</Nope> in it.\n')).rejects.toThrow(
      `content/07-test.mdx:3:11 <Nope>: there is no component <Nope>; ${COMPONENTS}`,
    );
    await expect(run('<Scrolly id="s" label="S">\n<Widget.Thing />\n</Scrolly>\n')).rejects.toThrow(
      `content/07-test.mdx:2:1 <Widget.Thing>: there is no component <Widget.Thing>; ${COMPONENTS}`,
    );
  });
  it('suggests the component a typo is close to, whatever its case', async () => {
    await expect(run('<Fcat id="stats:as-of" />\n')).rejects.toThrow(
      `content/07-test.mdx:1:1 <Fcat id="stats:as-of">: there is no component <Fcat>; ${COMPONENTS} (did you mean <Fact>?)`,
    );
    await expect(run('As of <fact id="stats:as-of" />.\n')).rejects.toThrow(
      `content/07-test.mdx:1:7 <fact id="stats:as-of">: there is no component <fact>; ${COMPONENTS} (did you mean <Fact>?)`,
    );
  });
  it('accepts HTML elements, fragments and components the chapter imports', async () => {
    await run('A <abbr title="Special economic zone">SEZ</abbr> and <span>x</span>.\n\n<Fragment>y</Fragment>\n');
    await run("import Local from './local.astro';\nexport const Other = () => null;\n\n<Local /> <Other />\n");
  });
  it('names the chapter by its path from the working directory', async () => {
    await expect(run('<Nope />\n', join(process.cwd(), 'content/07-test.mdx'))).rejects.toThrow(
      /^The chapter content\/07-test.mdx has 1 error; nothing was built.\n {2}- content\/07-test.mdx:1:1 <Nope>/,
    );
  });
});

describe('remark-facts: charts', () => {
  const CHARTS = 'held, crackdown, moved, money, chain';
  it('refuses an unknown chart id, with the file, line and the known ids', async () => {
    await expect(run('Intro.\n\n<Chart id="no-such" />\n')).rejects.toThrow(
      `content/07-test.mdx:3:1 <Chart id="no-such">: id: "no-such" is not one of ${CHARTS}`,
    );
    await expect(run('<Chart id="crackdwn" />\n')).rejects.toThrow(
      `<Chart id="crackdwn">: id: "crackdwn" is not one of ${CHARTS} (did you mean "crackdown"?)`,
    );
    await expect(run('<Chart />\n')).rejects.toThrow(`<Chart>: id: missing; expected one of ${CHARTS}`);
    await expect(run('<Chart id="held" hightlight="2024" />\n')).rejects.toThrow(
      `<Chart id="held">: there is no key "hightlight" here (did you mean "highlight"?); the keys are id, highlight`,
    );
  });
  it('refuses an unknown chart in a step state', async () => {
    await expect(
      run(
        `<Scrolly id="years" label="Chart">\n<Step id="y-1" state={{ kind: 'chart', chart: 'no-such', highlight: '2023' }}>\n\nA.\n\n</Step>\n</Scrolly>\n`,
      ),
    ).rejects.toThrow(`content/07-test.mdx:2:1 <Step id="y-1">: state.chart: "no-such" is not one of ${CHARTS}`);
  });
});

describe('remark-facts: map and locator steps', () => {
  const scrolly = (state: string) =>
    `<Scrolly id="moei" label="Map" graphic="map">\n<Step id="moei-1" state={{ ${state} }}>\n\nOne.\n\n</Step>\n</Scrolly>\n`;
  const view = "kind: 'map', view: { bbox: [98.3, 16.3, 98.85, 16.95] }";
  it('refuses a highlight that is not in the data, naming the file, line, step and id', async () => {
    await expect(run(scrolly(`${view}, highlight: ['myawaddy', 'myawady', 'nowhere-at-all']`))).rejects.toThrow(
      'content/07-test.mdx:2:1 <Step id="moei-1">: state.highlight "myawady" is not an id in data/places.csv, events.csv ' +
        'or routes.csv (did you mean "myawaddy"?)\n' +
        '  - content/07-test.mdx:2:1 <Step id="moei-1">: state.highlight "nowhere-at-all" is not an id in data/places.csv, ' +
        'events.csv or routes.csv',
    );
  });
  it('accepts highlights of places, events and routes', async () => {
    await run(scrolly(`${view}, highlight: ['myawaddy', 'kk-park-raid-2025-10', 'route-myawaddy-phoppra-2025-02-12']`));
  });
  it('refuses a map state that cannot be drawn (layers, box, dates), naming the step', async () => {
    await expect(run(scrolly(`${view}, layers: ['roads']`))).rejects.toThrow(
      '<Step id="moei-1">: state.layers[0]: "roads" is not one of compounds, places, events, routes',
    );
    await expect(run(scrolly("kind: 'map', view: { bbox: [98.85, 16.3, 98.3, 16.95] }"))).rejects.toThrow(
      /<Step id="moei-1">: state: bbox \[98.85, 16.3, 98.3, 16.95\] must be \[west, south, east, north\]/,
    );
    await expect(run(scrolly(`${view}, dates: ['2025-02-01', '2025-01-01']`))).rejects.toThrow(
      '<Step id="moei-1">: state: date window 2025-02-01…2025-01-01 ends before it starts',
    );
  });
  it('refuses a locator place that is not in data/places.csv', async () => {
    await expect(run(scrolly("kind: 'locator', places: ['muse', 'mus']"))).rejects.toThrow(
      'content/07-test.mdx:2:1 <Step id="moei-1">: state.places "mus" is not an id in data/places.csv (did you mean "muse"?)',
    );
  });
});
