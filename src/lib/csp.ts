/**
 * The Content-Security-Policy of every page. Astro (`security.csp` in astro.config.mjs) writes it into a <meta> tag
 * with a hash of every script and style it bundles; this module holds the rest of the policy, and hashes the
 * handful of inline scripts and styles the pages write themselves (InlineScript.astro, InlineStyle.astro), which
 * Astro cannot see. `src/integrations/headers.ts` repeats each page's policy as an HTTP header in `_headers`, with
 * `frame-ancestors` (which a <meta> policy cannot carry).
 */
import { createHash } from 'node:crypto';
import { isEmbedPage } from './embed-links.ts';

/**
 * The policy beyond `script-src` and `style-src` (which Astro writes). Nothing comes from another host: fonts,
 * basemap and glyphs ship with the site. MapLibre needs only its self-hosted worker (`worker-src 'self'`, no
 * `blob:`: src/map sets the worker's URL), `fetch` of the site's own GeoJSON, and images of its own origin. The
 * favicon is inlined as a `data:` image.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "manifest-src 'self'",
] as const;

/**
 * The policy `_headers` sends beside each page's <meta> one (src/integrations/headers.ts): what a <meta> policy
 * cannot carry is added per section (`frame-ancestors`); no `default-src`, which would refuse the inline scripts
 * the <meta> policy allows by hash.
 */
export const HEADER_POLICY = "object-src 'none'; base-uri 'self'";

/**
 * `frame-ancestors` for a page or a path pattern (HTTP header only): embeds go anywhere, the story itself (and the
 * /embed/ index, a page of the site) in no one's frame.
 */
export function frameAncestors(pathname: string, base: string): string {
  return isEmbedPage(pathname, base) ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

/** A hash source expression, as Astro's CSP API takes it. */
export type CspHash = `sha256-${string}`;

/** The CSP source expression of an inline script's or style's text, as the browser computes it. */
export function cspHash(text: string): CspHash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
