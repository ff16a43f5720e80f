import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkFacts } from '../../src/lib/remark-facts.ts';

/** Compiles MDX with the plugin and returns the front matter it wrote (or throws its error). */
async function run(body: string) {
  const file = new VFile({ path: 'content/07-test.mdx', value: body });
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

describe('remark-facts: map views for the embed pages', () => {
  const scrolly = (steps: string) =>
    `<Scrolly id="moei" label="Map of the Moei" graphic="map">\n${steps}\n</Scrolly>\n`;
  it('lists each map scrolly with its steps’ literal states', async () => {
    const fm = await run(
      scrolly(
        `<Step id="moei-1" state={{ kind: 'map', view: { bbox: [98.3, 16.3, 98.85, -16.95] }, layers: ['places'], dates: [\`2025-01-01\`, '2025-02-12'] }}>\n\nOne.\n\n</Step>\n` +
          `<Step id="moei-2" state={{ kind: 'map', view: { zoom: 7, center: [98.5, 16.6] } }}>\n\nTwo.\n\n</Step>`,
      ),
    );
    expect(fm.mapViews).toEqual([
      {
        scrolly: 'moei',
        label: 'Map of the Moei',
        steps: [
          {
            id: 'moei-1',
            state: {
              kind: 'map',
              view: { bbox: [98.3, 16.3, 98.85, -16.95] },
              layers: ['places'],
              dates: ['2025-01-01', '2025-02-12'],
            },
          },
          { id: 'moei-2', state: { kind: 'map', view: { zoom: 7, center: [98.5, 16.6] } } },
        ],
      },
    ]);
  });
  it('leaves out scrollies that are not maps', async () => {
    const fm = await run(
      `<Scrolly id="years" label="Chart">\n<Step id="y-1" state={{ kind: 'chart', chart: 'crackdown', highlight: '2023' }}>\n\nA.\n\n</Step>\n</Scrolly>\n`,
    );
    expect(fm.mapViews).toEqual([]);
  });
  it('refuses a state that is code, not a literal, naming the file and line', async () => {
    await expect(
      run(scrolly(`<Step id="moei-1" state={{ kind: 'map', view: makeView() }}>\n\nOne.\n\n</Step>`)),
    ).rejects.toThrow(/07-test.mdx:2:1 <Step id="moei-1">: state must be a literal value: CallExpression/);
    await expect(run(scrolly(`<Step id="moei-1" state={{ kind: 'globe' }}>\n\nOne.\n\n</Step>`))).rejects.toThrow(
      /state needs kind/,
    );
  });
});
