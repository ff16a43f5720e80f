import { describe, expect, it } from 'vitest';
import { EMBED_SANDBOX, embedCode, oembed, shareTexts, type Embeddable } from '../../src/lib/embed.ts';
import { site } from '../../src/lib/site.ts';

const item: Embeddable = {
  key: 'map/moei-2',
  name: 'Map of the Moei, view 2 of 5',
  title: 'Map of the Moei, view 2 of 5 (Sever the Chain) "quoted" & <b>',
  description: 'What the map shows.',
  path: 'embed/map/moei-2/',
  canonical: 'chapters/the-human-cost/#moei-2',
  height: 720,
  medium: 'Interactive map',
};
const data = { version: '1.4.0', date: '2027-02-03' };
const origin = new URL(site.site).origin;

describe('embed code', () => {
  const code = embedCode(item, data.version);
  it('is a titled, sandboxed, lazy iframe with a fixed fallback height, plus the resize script', () => {
    const iframe = /<iframe ([^>]*)><\/iframe>/.exec(code)![1]!;
    expect(iframe).toContain(`src="${origin}/embed/map/moei-2/?v=1.4.0"`);
    expect(iframe).toContain(
      'title="Map of the Moei, view 2 of 5 (Sever the Chain) &quot;quoted&quot; &amp; &lt;b&gt;"',
    );
    expect(iframe).toContain('height="720"');
    expect(iframe).toContain(`sandbox="${EMBED_SANDBOX}"`);
    expect(iframe).toContain('data-stc-embed');
    expect(code).toContain(`<script src="${origin}/embed.js" async></script>`);
  });
  it('asks the sandbox for no more than the embed needs', () => {
    expect(EMBED_SANDBOX.split(' ').sort()).toEqual(
      ['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'].sort(),
    );
  });
});

describe('share texts', () => {
  const t = shareTexts(item, data);
  it('link to the item in the full story', () => {
    expect(t.link).toBe(`${origin}/chapters/the-human-cost/#moei-2`);
  });
  it('cite it with its own name, its medium, the data version and an access date to fill in', () => {
    expect(t.cite).toContain('(2027, February 3). Map of the Moei, view 2 of 5 [Interactive map].');
    expect(t.cite).toContain('Data version 1.4.0. Retrieved [date accessed], from');
    expect(t.bibtex).toMatch(/^@online\{mapmoei22027v140,/);
  });
});

describe('oEmbed', () => {
  const o = oembed(item, data);
  it('is a valid oEmbed 1.0 rich response', () => {
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: site.title, height: 720, width: 640 });
    expect(o.html).toBe(embedCode(item, data.version));
    expect(o.data_version).toBe('1.4.0');
  });
});
