/**
 * The site config: everything a newsroom changes when it republishes the story under its own name.
 * It lives in `site.config.json` at the repository root (plain JSON, no code) and is validated here;
 * a bad value fails the build with the field and what was expected.
 */
import { z } from 'zod';
import raw from '../../site.config.json' with { type: 'json' };

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f4f86');
const scheme = z.object({
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

export const SiteConfigSchema = z.object({
  /** Title of the story, used in the masthead and every page title. */
  title: z.string().min(1),
  /** One-sentence standfirst under the title on the home page. */
  dek: z.string().min(1),
  /** Publishing organisation, shown in the footer and the data credits. */
  organisation: z.string().min(1),
  /** Authors shown in the byline. */
  byline: z.array(z.string().min(1)).min(1),
  /** Credits: one line per role. */
  credits: z.array(z.object({ role: z.string(), names: z.array(z.string()).min(1) })),
  /** BCP 47 locale used to format numbers and dates, like en-GB or en-US. */
  locale: z.string().refine((l) => {
    try {
      return Intl.NumberFormat.supportedLocalesOf(l).length > 0;
    } catch {
      return false;
    }
  }, 'expected a BCP 47 locale such as en-GB'),
  /** Path the site is served under: "/" for a domain root, "/projects/scams/" for a sub-path. Starts and ends with "/". */
  base: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, 'expected a path that starts and ends with "/", like / or /projects/scams/'),
  /** Public origin of the site (used for canonical links and embed codes), like https://news.example.org */
  site: z.url(),
  /** Sentence on how to report an error, shown on the methods and corrections pages. */
  corrections: z.string(),
  /** Address for corrections. */
  contact: z.string(),
  /** Colour tokens for the light and dark schemes. */
  colors: z.object({ light: scheme, dark: scheme }),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** Validates raw JSON; throws an error that names the file, each bad field and what was expected. */
export function parseSiteConfig(raw: unknown, file = 'site.config.json'): SiteConfig {
  const r = SiteConfigSchema.safeParse(raw);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  - ${file}, field "${i.path.join('.') || '(root)'}": ${i.message}`);
  throw new Error(`The site config is invalid; nothing was built.\n${lines.join('\n')}`);
}

/** The site config, validated. Imported (not read from disk) so that bundled pages carry it. */
export function loadSiteConfig(): SiteConfig {
  return parseSiteConfig(raw);
}
