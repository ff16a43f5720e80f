/**
 * The site config: everything a newsroom changes when it republishes the story under its own name.
 * It lives in `site.config.json` at the repository root (plain JSON, no code) and is validated here;
 * a bad value fails the build with the file, the field and what was expected, and publishes nothing.
 *
 * Loading: `loadSiteConfig()` reads the file from disk, as src/lib/data.ts reads data/: the path is
 * `site.config.json` relative to the working directory (the repository root, where `astro` runs), or the path in
 * the SITE_CONFIG environment variable (tests use it to build with another config). astro.config.mjs calls it
 * before anything is built (for `site` and `base`), and src/lib/site.ts calls it again for the pages, which are
 * rendered at build time in the same directory; both read the same file, so they cannot disagree. It is read,
 * not imported, so that a JSON syntax error is reported here (file, line, column and the line itself) rather
 * than by the module loader, which names neither the file nor the field. In `astro dev`, restart the server
 * after editing the file.
 *
 * Every object is strict: an unknown field (a typo such as "colours") is an error that names it and, when it is
 * close to a known field, suggests that one.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { nearMiss } from '../lib/near-miss.ts';
import { jsonSyntaxProblem } from './json.ts';
import { contrastProblems } from './contrast.ts';
import { LANGS, TRANSLATIONS, type Lang } from '../i18n/index.ts';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f4f86');
const scheme = z.strictObject({
  /** Page background. */
  paper: hex,
  /** Body text. */
  ink: hex,
  /** Secondary text (captions, dates). Must keep 4.5:1 contrast on paper. */
  muted: hex,
  /** Hairlines and borders. */
  rule: hex,
  /** Accent for the state: crackdowns, raids, police, courts. */
  state: hex,
  /** Accent for compounds and the people held in them. */
  compound: hex,
});

/** A plain e-mail address: no spaces, brackets, quotes, commas or colons; a dot in the domain. */
const EMAIL = /^[^\s@<>()[\]\\,;:"'`]+@[^\s@<>()[\]\\,;:"'`/?#]+\.[^\s@<>()[\]\\,;:"'`/?#.]+$/;

const CONTACT_EXPECTED =
  'expected an e-mail address (desk@example.org), a mailto: address (mailto:desk@example.org) or an https:// URL';

/** Whether a contact is one of the three accepted forms; anything else (javascript:, data:, http:) is refused. */
function isContact(value: string): boolean {
  if (EMAIL.test(value)) return true;
  if (value.startsWith('mailto:')) return EMAIL.test(decodeSafely(value.slice(7).split('?')[0]!));
  if (!value.startsWith('https://')) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname !== '' && !u.username && !u.password && !/\s/.test(value);
  } catch {
    return false;
  }
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The link for the config's `contact`: an e-mail address becomes a mailto: link; its text is the address or URL. */
export function contactLink(contact: string): { href: string; text: string } {
  if (contact.startsWith('mailto:')) return { href: contact, text: decodeSafely(contact.slice(7).split('?')[0]!) };
  if (contact.startsWith('https://')) return { href: contact, text: contact };
  return { href: `mailto:${contact}`, text: contact };
}

const SITE_EXPECTED =
  'expected the origin of the site: http:// or https://, a host name and optionally a port, like https://news.example.org';

/** Why a `site` value is not an origin, or undefined when it is one. */
function originProblem(value: string): string | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return SITE_EXPECTED;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !/^https?:\/\/[^/]/i.test(value) || /\s/.test(value))
    return SITE_EXPECTED;
  if (u.username || u.password) return `${SITE_EXPECTED}; it has a user name or password`;
  if (/[?#]/.test(value)) return `${SITE_EXPECTED}; it has a query or a fragment`;
  if (u.pathname !== '/') return `${SITE_EXPECTED}; it has a path ("${u.pathname}"); put the path in "base"`;
  return undefined;
}

const LANG_EXPECTED = `expected the content language, one of the languages with a translation table (src/i18n/<lang>/): ${LANGS.map((l) => `"${l}"`).join(', ')}`;

/** Whether a string is a BCP 47 locale that Intl can format with. */
function isLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

/** The language subtag of a BCP 47 tag: en-GB is en, zh-Hans-CN is zh. */
const languageOf = (tag: string) => new Intl.Locale(tag).language;

/**
 * Why the formatting locale cannot go with the content language, or undefined. Its language must be the content
 * language: th-TH in an English edition would write "7 มกราคม 2569" (Thai months, Buddhist era) inside English
 * sentences. A region (en-TH, en-IN) or an explicit Unicode extension (en-GB-u-ca-buddhist) is the fork's choice.
 */
export function localeProblem(config: Pick<SiteConfig, 'lang' | 'locale'>): string | undefined {
  const table = TRANSLATIONS[config.lang] as (typeof TRANSLATIONS)[Lang] | undefined;
  if (!table || !isLocale(config.locale)) return undefined; // reported by the field's own check
  const content = languageOf(table.lang);
  const formatting = languageOf(config.locale);
  if (formatting === content) return undefined;
  const region = new Intl.Locale(config.locale).region;
  const suggestion = [...new Set([region ? `${content}-${region}` : undefined, `${content}-GB`, `${content}-US`])]
    .filter((l): l is string => l !== undefined && Intl.DateTimeFormat.supportedLocalesOf(l).length > 0)
    .slice(0, 2)
    .join(' or ');
  const name = (tag: string) => new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(tag) ?? tag;
  return (
    `"${config.locale}" writes dates and numbers in ${name(formatting)} (${formatting}), but the content language ` +
    `("lang": "${config.lang}") is ${name(content)}: its month names and calendar would appear inside ` +
    `${name(content)} sentences. Set "locale" to a locale of ${content} (like ${suggestion || content}), or "lang" ` +
    `to a language whose translation table is in ${name(formatting)}`
  );
}

const BASE_EXPECTED = 'expected a path that starts and ends with "/", like / or /projects/scams/';

export const SiteConfigSchema = z
  .strictObject({
    /** Title of the story, used in the masthead and every page title. */
    title: z.string().min(1),
    /** One-sentence standfirst under the title on the home page. */
    dek: z.string().min(1),
    /** Publishing organisation, shown in the footer and the data credits. */
    organisation: z.string().min(1),
    /** Authors shown in the byline. */
    byline: z.array(z.string().min(1)).min(1),
    /** Credits: one line per role. */
    credits: z.array(z.strictObject({ role: z.string(), names: z.array(z.string()).min(1) })),
    /**
     * Content language: which translation table (src/i18n/<lang>/) gives the site's reader-facing words, and the
     * `<html lang>` of every page. One of the languages that have a table (today: en). Required.
     */
    lang: z.enum(LANGS as [Lang, ...Lang[]], {
      error: (iss) => (iss.input === undefined ? `missing (this field is required); ${LANG_EXPECTED}` : LANG_EXPECTED),
    }),
    /**
     * Formatting locale (BCP 47): how numbers and dates are written, like en-GB (7 January 2026, 1,234) or en-US
     * (January 7, 2026). Formatting only: it does not choose the words or `<html lang>` (that is `lang`). Its language
     * must be the content language, so that a month name or a calendar never comes from another language than the
     * sentence around it (th-TH would put Buddhist-era Thai dates into English text).
     */
    locale: z.string().refine(isLocale, 'expected a BCP 47 locale such as en-GB'),
    /**
     * Path the site is served under: "/" for a domain root, "/projects/scams/" for a sub-path. Starts and ends
     * with "/"; no "." or ".." segments.
     */
    base: z
      .string()
      .regex(/^\/([\w.-]+\/)*$/, BASE_EXPECTED)
      .refine(
        (b) => !b.split('/').some((s) => s === '.' || s === '..'),
        'expected a path without "." or ".." segments, like / or /projects/scams/',
      ),
    /**
     * Public origin of the site (used for canonical links and embed codes), like https://news.example.org:
     * http(s), a host and optionally a port; no path (that is `base`), query, fragment or credentials.
     */
    site: z.string().superRefine((value, ctx) => {
      const problem = originProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** Sentence on how to report an error, shown on the methods and corrections pages. */
    corrections: z.string(),
    /**
     * Address for corrections, linked on the methods and corrections pages: an e-mail address
     * (corrections@example.org), a mailto: address or an https:// URL. Nothing else, so that no other scheme
     * (javascript:, data:) can become a live link.
     */
    contact: z.string().refine(isContact, CONTACT_EXPECTED),
    /**
     * Colour tokens for the light and dark schemes; the favicon is drawn from them too. Text tokens and the accents
     * (links, kickers) need 4.5:1 contrast on their paper (src/config/contrast.ts); a lower one fails the build.
     */
    colors: z.strictObject({ light: scheme, dark: scheme }),
    /** What data/datapackage.json says about the data package; `npm run data:descriptor` writes it from here. */
    dataPackage: z.strictObject({
      /** Machine name of the package: lower-case letters, digits and hyphens, like sever-the-chain. */
      name: z.string().regex(/^[a-z0-9]+([._-][a-z0-9]+)*$/, 'expected a lower-case name like sever-the-chain'),
      /** Title of the data package, for catalogues and data portals. */
      title: z.string().min(1),
      /** What the tables hold, in a sentence or two. */
      description: z.string().min(1),
      /** Licence of the tables (not of the sources, which belong to their publishers). */
      license: z.strictObject({
        /** SPDX identifier, like CC-BY-4.0. */
        name: z.string().min(1),
        /** Its name in words, like Creative Commons Attribution 4.0. */
        title: z.string().min(1),
        /** Address of the licence's text. */
        path: z.url({ protocol: /^https?$/, error: 'expected the http(s) address of the licence' }),
      }),
    }),
  })
  .superRefine((config, ctx) => {
    const problem = localeProblem(config);
    if (problem) ctx.addIssue({ code: 'custom', path: ['locale'], message: problem });
    // WCAG AA contrast of the colour tokens against their paper (src/config/contrast.ts).
    for (const p of contrastProblems(config.colors)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** The keys of the object schema at `path` (array indexes step into the element), for "did you mean" hints. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let s: z.ZodType | undefined = SiteConfigSchema;
  for (const seg of path) {
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/**
 * A bad site config: the message is the whole story (file, field or line, what was expected). It carries no stack
 * trace, which would only point into this validator, and, for a syntax error, the file, line and column as `loc`,
 * which Astro prints as the error's location.
 */
export class SiteConfigError extends Error {
  loc?: { file: string; line: number; column: number };
  constructor(message: string, loc?: { file: string; line: number; column: number }) {
    super(message);
    this.name = 'SiteConfigError';
    this.stack = '';
    if (loc) this.loc = loc;
  }
}

/** Validates raw JSON; throws an error that names the file, each bad field and what was expected. */
export function parseSiteConfig(raw: unknown, file = 'site.config.json'): SiteConfig {
  const r = SiteConfigSchema.safeParse(raw, {
    error: (iss) =>
      iss.code === 'invalid_type' && iss.input === undefined ? 'missing (this field is required)' : undefined,
  });
  if (r.success) return r.data;
  const lines = r.error.issues.flatMap((i) => {
    const field = (path: readonly PropertyKey[]) => `${file}, field "${path.map(String).join('.') || '(root)'}"`;
    if (i.code === 'unrecognized_keys') {
      const known = knownKeys(i.path);
      return i.keys.map((key) => {
        const near = nearMiss(key, known);
        const hint = near ? `did you mean "${near}"?` : `expected one of ${known.join(', ')}`;
        return `  - ${field([...i.path, key])}: unknown field; ${hint}`;
      });
    }
    return [`  - ${field(i.path)}: ${i.message}`];
  });
  throw new SiteConfigError(`The site config is invalid; nothing was built.\n${lines.join('\n')}`);
}

/** Parses and validates the text of a site config file; a JSON syntax error names the file, line and column. */
export function parseSiteConfigText(text: string, file = 'site.config.json'): SiteConfig {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const p = jsonSyntaxProblem(body);
    const header = 'The site config is not valid JSON; nothing was built.';
    if (!p) throw new SiteConfigError(`${header}\n  - ${file}: ${(e as Error).message}`);
    const { line, column } = p;
    const message = `${header}\n  - ${file}, line ${line}, column ${column}: ${p.message}\n${p.excerpt}`;
    throw new SiteConfigError(message, { file, line, column });
  }
  return parseSiteConfig(raw, file);
}

/** The site config file: SITE_CONFIG if set, else site.config.json in the working directory. */
export function siteConfigPath(): string {
  return resolve(process.env.SITE_CONFIG || 'site.config.json');
}

/** Reads and validates the site config (see the comment at the top for which file and why it is read). */
export function loadSiteConfig(path = siteConfigPath()): SiteConfig {
  const rel = relative(process.cwd(), path);
  const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read (${(e as Error).message})`;
    throw new SiteConfigError(
      `The site config ${path} ${why}; nothing was built. Run the build from the repository root, or set SITE_CONFIG to the file's path.`,
    );
  }
  const config = parseSiteConfigText(text, file);
  // SITE_URL builds the same site for another address: `npm start` and `npm test` build for the local server they
  // run, so canonical links, embed codes and oEmbed files point where the site is actually served.
  const override = process.env.SITE_URL;
  const withSite = override ? parseSiteConfig({ ...config, site: override }, `SITE_URL (over ${file})`) : config;
  // BASE_PATH builds it for another path, the same way: a GitHub Pages project site lives at /<repository>/, so its
  // workflow sets BASE_PATH (and SITE_URL) and the fork's site.config.json stays as it is. scripts/serve.mjs reads
  // the base the build used from <dist>/.base, or from the same BASE_PATH.
  const basePath = process.env.BASE_PATH;
  return basePath ? parseSiteConfig({ ...withSite, base: basePath }, `BASE_PATH (over ${file})`) : withSite;
}

/** The template's placeholder origin: a build for it would publish links to a site that is not the newsroom's. */
export const PLACEHOLDER_SITE = 'https://example.org';

/** Why a production build must not go ahead with this config, or undefined. */
export function placeholderProblem(config: Pick<SiteConfig, 'site'>, file = 'site.config.json'): string | undefined {
  if (new URL(config.site).origin !== PLACEHOLDER_SITE) return undefined;
  return (
    `${file}, field "site": ${config.site} is the template's placeholder, so every canonical link, embed code, ` +
    `oEmbed file and link preview would point there. Set "site" to the address the site will be published at ` +
    `(like https://news.example.org), or build with SITE_URL=<that address>. (npm start and npm test build for ` +
    `their local server by themselves.)`
  );
}
