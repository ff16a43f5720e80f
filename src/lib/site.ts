/** Shared helpers for pages: the validated site config, the translation table and base-aware links. */
import { contactLink, loadSiteConfig } from '../config/site.ts';
import { strings } from '../i18n/index.ts';

export const site = loadSiteConfig();

/**
 * The reader-facing words of the content language (`site.lang`): components read every UI string from here.
 * Numbers and dates are formatted with `site.locale`, a separate setting.
 */
export const t = strings(site.lang);

/** The corrections contact as a link: `href` (mailto: or https:) and the text to show. */
export const contact = contactLink(site.contact);

/** Prefixes a site-relative path with the configured base path: url('sources/') -> '/base/sources/'. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : import.meta.env.BASE_URL + '/';
  return base + path.replace(/^\//, '');
}

/** Anchor id of a source on the sources page. */
export const sourceAnchor = (id: string) => `src-${id}`;

/** The pages around the story, in masthead order (the footer adds corrections). One list for both. */
export const SITE_NAV = [
  { path: 'timeline/', label: t.ui.nav.timeline },
  { path: 'map/', label: t.ui.nav.map },
  { path: 'charts/', label: t.ui.nav.charts },
  { path: 'sources/', label: t.ui.nav.sources },
  { path: 'methods/', label: t.ui.nav.methods },
] as const;
