import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contactLink, loadSiteConfig, parseSiteConfig, parseSiteConfigText } from '../../src/config/site.ts';
import { astroBuild } from './astro-build.ts';
import { contrastRatio, formatRatio } from '../../src/config/contrast.ts';
import { buildDescriptor } from '../../src/data/descriptor.ts';
import { favicon, fillColors } from '../../src/lib/favicon.ts';

// A fixture copy of the template's config, not the live file: a fork rebrands site.config.json (another base, other
// colours) and these tests must still hold.
const text = readFileSync(join(import.meta.dirname, '../fixtures/configs/site.config.json'), 'utf8');
const raw = JSON.parse(text);
const withField = (key: string, value: unknown) => ({ ...raw, [key]: value });

describe('site config', () => {
  it('the committed config is valid (the fixture copy, and the live file a fork edits)', () => {
    expect(parseSiteConfig(raw).title.length).toBeGreaterThan(0);
    const live = JSON.parse(readFileSync(join(import.meta.dirname, '../../site.config.json'), 'utf8'));
    expect(loadSiteConfig().title).toBe(live.title);
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
  it('says which field is missing', () => {
    const { dek: _dek, ...rest } = raw;
    expect(() => parseSiteConfig(rest)).toThrow('site.config.json, field "dek": missing (this field is required)');
  });
});

describe('site config: content language and formatting locale', () => {
  it('has a content language apart from the formatting locale', () => {
    const config = parseSiteConfig(raw);
    expect(config.lang).toBe('en');
    expect(config.locale).toBe('en-GB');
  });
  it('refuses a language without a translation table, naming the choices', () => {
    expect(() => parseSiteConfig(withField('lang', 'fr'))).toThrow(
      'site.config.json, field "lang": expected the content language, one of the languages with a translation ' +
        'table (src/i18n/<lang>/): "en"',
    );
  });
  it('says that lang is required', () => {
    const { lang: _lang, ...rest } = raw;
    expect(() => parseSiteConfig(rest)).toThrow(
      'site.config.json, field "lang": missing (this field is required); expected the content language',
    );
  });
  it('refuses a formatting locale of another language (th-TH would put Buddhist-era Thai dates in English text)', () => {
    expect(() => parseSiteConfig(withField('locale', 'th-TH'))).toThrow(
      'site.config.json, field "locale": "th-TH" writes dates and numbers in Thai (th), but the content language ' +
        '("lang": "en") is English: its month names and calendar would appear inside English sentences. Set ' +
        '"locale" to a locale of en (like en-TH or en-GB), or "lang" to a language whose translation table is in Thai',
    );
    expect(() => parseSiteConfig(withField('locale', 'zh-CN'))).toThrow(/field "locale": "zh-CN" writes .* in Chinese/);
  });
  it('accepts any region of the content language, and an explicit calendar', () => {
    expect(parseSiteConfig(withField('locale', 'en-TH')).locale).toBe('en-TH');
    expect(parseSiteConfig(withField('locale', 'en-US')).locale).toBe('en-US');
    expect(parseSiteConfig(withField('locale', 'en-GB-u-ca-buddhist')).locale).toBe('en-GB-u-ca-buddhist');
  });
  it('reports a malformed locale once, as a malformed locale', () => {
    expect(() => parseSiteConfig(withField('locale', 'not a locale!'))).toThrow(
      /^The site config is invalid; nothing was built\.\n {2}- site\.config\.json, field "locale": expected a BCP 47 locale such as en-GB$/,
    );
  });
});

describe('site config: contact', () => {
  const expected =
    'site.config.json, field "contact": expected an e-mail address (desk@example.org), a mailto: address ' +
    '(mailto:desk@example.org) or an https:// URL';
  it.each([
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.org/corrections',
    'mailto:javascript:alert(1)',
    'mailto:',
    'https://',
    'https://user:password@example.org/',
    'corrections',
    'corrections@',
    'two@example.org, three@example.org',
    '',
  ])('refuses %j', (contact) => {
    expect(() => parseSiteConfig(withField('contact', contact))).toThrow(expected);
  });
  it.each([
    ['corrections@example.org', 'mailto:corrections@example.org', 'corrections@example.org'],
    ['mailto:corrections@example.org', 'mailto:corrections@example.org', 'corrections@example.org'],
    [
      'mailto:corrections@example.org?subject=Correction',
      'mailto:corrections@example.org?subject=Correction',
      'corrections@example.org',
    ],
    [
      'https://github.com/org/repo/issues/new',
      'https://github.com/org/repo/issues/new',
      'https://github.com/org/repo/issues/new',
    ],
    ['https://news.example.org/@desk', 'https://news.example.org/@desk', 'https://news.example.org/@desk'],
  ])('accepts %j and links it as %j', (contact, href, text) => {
    expect(parseSiteConfig(withField('contact', contact)).contact).toBe(contact);
    expect(contactLink(contact)).toEqual({ href, text });
  });
});

describe('site config: site (the origin)', () => {
  it.each([
    ['example.org', 'expected the origin of the site'],
    ['ftp://example.org', 'expected the origin of the site'],
    ['javascript:alert(1)', 'expected the origin of the site'],
    ['https://example.org/news/', 'it has a path ("/news/"); put the path in "base"'],
    ['https://example.org?x=1', 'it has a query or a fragment'],
    ['https://example.org/#top', 'it has a query or a fragment'],
    ['https://user:pw@example.org', 'it has a user name or password'],
  ])('refuses %j', (site, why) => {
    expect(() => parseSiteConfig(withField('site', site))).toThrow(
      `site.config.json, field "site": expected the origin of the site: http:// or https://, a host name and ` +
        `optionally a port, like https://news.example.org`,
    );
    expect(() => parseSiteConfig(withField('site', site))).toThrow(why);
  });
  it.each(['https://example.org', 'https://example.org/', 'http://localhost:4321', 'https://news.example.org:8443'])(
    'accepts %j',
    (site) => {
      expect(parseSiteConfig(withField('site', site)).site).toBe(site);
    },
  );
});

describe('site config: base', () => {
  it.each(['/../', '/projects/../', '/./', '/projects/./scams/', '/..'])('refuses %j', (base) => {
    expect(() => parseSiteConfig(withField('base', base))).toThrow(/field "base": expected a path/);
  });
  it('says why a dot segment is refused', () => {
    expect(() => parseSiteConfig(withField('base', '/projects/../'))).toThrow(
      'site.config.json, field "base": expected a path without "." or ".." segments, like / or /projects/scams/',
    );
  });
  it.each(['/', '/projects/scams/', '/v1.2/', '/.well/'])('accepts %j', (base) => {
    expect(parseSiteConfig(withField('base', base)).base).toBe(base);
  });
});

describe('site config: unknown fields', () => {
  it('names an unknown field at the root, with the near-miss', () => {
    const { colors, ...rest } = raw;
    expect(() => parseSiteConfig({ ...rest, colours: colors })).toThrow(
      'site.config.json, field "colours": unknown field; did you mean "colors"?',
    );
  });
  it('names an unknown field at every level', () => {
    const light = { ...raw.colors.light, papper: '#ffffff' };
    expect(() => parseSiteConfig({ ...raw, colors: { ...raw.colors, light } })).toThrow(
      'site.config.json, field "colors.light.papper": unknown field; did you mean "paper"?',
    );
    expect(() => parseSiteConfig({ ...raw, credits: [{ role: 'Maps', names: ['A'], name: 'B' }] })).toThrow(
      'site.config.json, field "credits.0.name": unknown field; did you mean "names"?',
    );
    expect(() => parseSiteConfig({ ...raw, colors: { ...raw.colors, sepia: raw.colors.light } })).toThrow(
      'site.config.json, field "colors.sepia": unknown field; expected one of light, dark',
    );
  });
  it('lists the known fields when nothing is close', () => {
    expect(() => parseSiteConfig({ ...raw, security: {} })).toThrow(
      /field "security": unknown field; expected one of title, dek, organisation, byline, credits, lang, locale, base, site/,
    );
  });
});

describe('site config: JSON syntax', () => {
  const broken = (from: string, to: string) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  };
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('names the file, line and column of a missing comma', () => {
    const line = lineOf('"base": "/"');
    expect(() => parseSiteConfigText(broken('"base": "/",', '"base": "/"'))).toThrow(
      `site.config.json, line ${line + 1}, column 3: expected "," or "}" after the value`,
    );
  });
  it('points at a trailing comma', () => {
    const t = broken('"compound": "#f09a6c"', '"compound": "#f09a6c",');
    const line = lineOf('"compound": "#f09a6c"');
    expect(() => parseSiteConfigText(t)).toThrow(
      `site.config.json, line ${line}, column 28: a comma before "}" is not allowed in JSON; remove it`,
    );
  });
  it('locates errors that the JSON parser reports without a position', () => {
    const line = lineOf('"base": "/"');
    expect(() => parseSiteConfigText(broken('"base": "/"', '"base": tru'))).toThrow(
      `site.config.json, line ${line}, column 11: unexpected "tru"; expected a value`,
    );
    expect(() => parseSiteConfigText(broken('"base": "/"', "'base': '/'"))).toThrow(
      `site.config.json, line ${line}, column 3: use double quotes (") for names and strings, not single quotes`,
    );
    expect(() => parseSiteConfigText(broken('"base": "/",', '"base": "/", // the root'))).toThrow(
      `site.config.json, line ${line}, column 16: comments are not allowed in JSON`,
    );
    expect(() => parseSiteConfigText('')).toThrow('site.config.json, line 1, column 1: the file is empty');
    expect(() => parseSiteConfigText(text.slice(0, text.lastIndexOf('}')))).toThrow(
      /site.config.json, line \d+, column \d+: the file ends before the JSON is complete/,
    );
  });
  it('shows the line with a caret under the column', () => {
    expect(() => parseSiteConfigText('{\n  "title": "A"\n  "dek": "B"\n}')).toThrow(
      '    3 |   "dek": "B"\n      |   ^',
    );
  });
  it('accepts a byte order mark', () => {
    expect(parseSiteConfigText('\uFEFF' + text).title).toBe(raw.title);
  });
});

describe('site config: loading', () => {
  it('reads the file named by SITE_CONFIG, naming it in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stc-site-'));
    try {
      const file = join(dir, 'site.config.json');
      writeFileSync(file, text.replace('"base": "/",', '"base": "/"'));
      expect(() => loadSiteConfig(file)).toThrow(`${file}, line `);
      expect(() => loadSiteConfig(join(dir, 'nope.json'))).toThrow(
        `The site config ${join(dir, 'nope.json')} is missing`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a build over a config with a syntax error names the file and line and writes no site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stc-site-'));
    const out = join(dir, 'dist');
    try {
      const file = join(dir, 'site.config.json');
      writeFileSync(file, text.replace('"base": "/",', '"base": "/"'));
      const r = astroBuild(out, [], { SITE_CONFIG: file });
      expect(r.status).not.toBe(0);
      const line = text.split('\n').findIndex((l) => l.includes('"base": "/"')) + 2;
      expect(r.stdout + r.stderr).toContain(`${file}, line ${line}, column 3: expected "," or "}" after the value`);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('site config: colour contrast (WCAG 2.2 AA)', () => {
  const withColor = (scheme: 'light' | 'dark', token: string, value: string) => ({
    ...raw,
    colors: { ...raw.colors, [scheme]: { ...raw.colors[scheme], [token]: value } },
  });
  it('the committed colours pass', () => {
    expect(() => parseSiteConfig(raw)).not.toThrow();
  });
  it('refuses a 3.68:1 brand colour, naming the file, the field, the ratio and what is needed', () => {
    // #3e86c7 on the light paper #fbfaf6: 3.69:1, shown rounded down.
    expect(contrastRatio('#3e86c7', raw.colors.light.paper)).toBeCloseTo(3.69, 1);
    expect(() => parseSiteConfig(withColor('light', 'state', '#3e86c7'))).toThrow(
      'site.config.json, field "colors.light.state": #3e86c7 on paper #fbfaf6 has a contrast of 3.69:1; state is used for link text',
    );
    expect(() => parseSiteConfig(withColor('light', 'state', '#3e86c7'))).toThrow(/needs at least 4\.5:1/);
  });
  it('checks the dark scheme and text tokens too', () => {
    expect(() => parseSiteConfig(withColor('dark', 'muted', '#55575e'))).toThrow(
      /field "colors\.dark\.muted": #55575e on paper #15171b has a contrast of 2\.\d\d:1; .*Choose a lighter muted/,
    );
    expect(() => parseSiteConfig(withColor('light', 'ink', '#828282'))).toThrow(/colors\.light\.ink.*3\.67:1/);
  });
  it('rounds a ratio down, so that a colour just under the line never reads as passing', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('site config: branding that used to be code', () => {
  it('draws the favicon in the config colours', () => {
    const colors = { ...raw.colors, light: { ...raw.colors.light, state: '#7a1f2b' } };
    const svg = favicon(colors);
    expect(svg).toContain('fill="#7a1f2b"');
    expect(svg).not.toContain('{{');
    expect(favicon(raw.colors)).toContain(`fill="${raw.colors.light.state}"`);
    expect(() => fillColors('<svg fill="{{light.brand}}"/>', raw.colors)).toThrow(
      /\{\{light\.brand\}\} is not a colour token/,
    );
  });
  it('gives the data package its name, title, description and licence', () => {
    const meta = {
      name: 'scam-data',
      title: 'Regional Times: scam compounds',
      description: 'Our tables.',
      license: {
        name: 'ODbL-1.0',
        title: 'Open Data Commons ODbL',
        path: 'https://opendatacommons.org/licenses/odbl/',
      },
    };
    const d = buildDescriptor('1.0.0', '2026-01-01', parseSiteConfig({ ...raw, dataPackage: meta }).dataPackage);
    expect([d.name, d.title, d.description]).toEqual([meta.name, meta.title, meta.description]);
    expect(d.licenses).toEqual([meta.license]);
    expect(buildDescriptor('1.0.0', '2026-01-01').title).toBe(raw.dataPackage.title);
    expect(() =>
      parseSiteConfig({ ...raw, dataPackage: { ...meta, license: { ...meta.license, path: 'x' } } }),
    ).toThrow(/field "dataPackage.license.path"/);
  });
});

describe('site config: BASE_PATH (the base path of a deploy, over the file)', () => {
  afterEach(() => vi.unstubAllEnvs());
  // These tests load a file through loadSiteConfig: the fixture copy, so that a fork's own base cannot change them.
  const configFile = join(import.meta.dirname, '../fixtures/configs/site.config.json');

  it("replaces the file's base, as SITE_URL replaces its site", () => {
    vi.stubEnv('BASE_PATH', '/projects/scams/');
    vi.stubEnv('SITE_URL', '');
    expect(loadSiteConfig(configFile).base).toBe('/projects/scams/');
  });
  it('is validated like base, naming the variable and the file it overrides', () => {
    vi.stubEnv('BASE_PATH', '/projects/../');
    expect(() => loadSiteConfig(configFile)).toThrow(
      'BASE_PATH (over tests/fixtures/configs/site.config.json), field "base": expected a path without "." or ".." segments',
    );
    vi.stubEnv('BASE_PATH', 'projects/scams');
    expect(() => loadSiteConfig(configFile)).toThrow(
      'BASE_PATH (over tests/fixtures/configs/site.config.json), field "base": expected a path that starts and ends with "/"',
    );
  });
  it('goes with SITE_URL: both override their own field', () => {
    vi.stubEnv('BASE_PATH', '/sever-the-chain/');
    vi.stubEnv('SITE_URL', 'https://desk.github.io');
    const config = loadSiteConfig(configFile);
    expect([config.site, config.base]).toEqual(['https://desk.github.io', '/sever-the-chain/']);
  });
  it("unset or empty, the file's base stands", () => {
    vi.stubEnv('BASE_PATH', '');
    expect(loadSiteConfig(configFile).base).toBe(raw.base);
  });
});
