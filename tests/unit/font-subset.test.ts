import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subsetCharacters, unicodeRange } from '../../src/integrations/font-subset.ts';

describe('font subset', () => {
  it('merges consecutive code points into ranges', () => {
    expect(unicodeRange('cab\u00e9\u2019\u2013\u2014')).toBe('U+0061-0063,U+00E9,U+2013-2014,U+2019');
  });

  it('keeps ASCII and the Latin-range characters of the site text, spelled or escaped', () => {
    const root = mkdtempSync(join(tmpdir(), 'font-subset-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'a.mdx'), 'Café “quoted” — 中文 ạ &hellip; &#x2032; \\u00d7');
    const chars = subsetCharacters(root);
    for (const c of ['A', '~', ' ', '\u00a0', '\u00e9', '\u201c', '\u201d', '\u2014', '\u2026', '\u2032', '\u00d7'])
      expect(chars).toContain(c);
    // Outside the Latin files' range: left to the fallback font, as before.
    expect(chars).not.toContain('中');
    expect(chars).not.toContain('\u1ea1');
  });
});
