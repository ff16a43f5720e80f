/** Shared helpers for pages: the validated site config and base-aware links. */
import { contactLink, loadSiteConfig } from '../config/site.ts';

export const site = loadSiteConfig();

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
  { path: 'timeline/', label: 'Timeline' },
  { path: 'map/', label: 'Map' },
  { path: 'charts/', label: 'Charts' },
  { path: 'sources/', label: 'Sources' },
  { path: 'methods/', label: 'Methods' },
] as const;
