import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSiteConfig } from '../../src/config/site.ts';

const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../../site.config.json'), 'utf8'));

describe('site config', () => {
  it('the committed config is valid', () => {
    expect(parseSiteConfig(raw).title.length).toBeGreaterThan(0);
  });
  it('names the field and what was expected', () => {
    expect(() => parseSiteConfig({ ...raw, base: 'scams' })).toThrow(
      'site.config.json, field "base": expected a path that starts and ends with "/", like / or /projects/scams/',
    );
    expect(() =>
      parseSiteConfig({ ...raw, colors: { ...raw.colors, light: { ...raw.colors.light, state: 'blue' } } }),
    ).toThrow(/field "colors.light.state": expected a colour like #1f4f86/);
    expect(() => parseSiteConfig({ ...raw, locale: 'not a locale!' })).toThrow(
      /field "locale": expected a BCP 47 locale/,
    );
  });
});
