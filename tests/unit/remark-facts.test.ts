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
