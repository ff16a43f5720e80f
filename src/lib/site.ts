/** Shared helpers for pages: the validated site config and base-aware links. */
import { loadSiteConfig } from '../config/site.ts';

export const site = loadSiteConfig();

/** Prefixes a site-relative path with the configured base path: url('sources/') -> '/base/sources/'. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : import.meta.env.BASE_URL + '/';
  return base + path.replace(/^\//, '');
}

/** Anchor id of a source on the sources page. */
export const sourceAnchor = (id: string) => `src-${id}`;
