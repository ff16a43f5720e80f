/**
 * Remark plugin: a relative link in a chapter (`[the timeline](../../timeline/)`) becomes a path from the site's
 * root (`/timeline/`, under the base path). A chapter is shown at /chapters/<slug>/ and, one level deeper, at
 * /embed/chapters/<slug>/, where the same relative link would point at a page that does not exist.
 */
import type { AstroIntegration } from 'astro';
import { site } from './site.ts';

/** The base path of this build: site.config.json's, unless the build was given another (`astro build --base`). */
let buildBase = site.base;

/** Tells the plugin the base path the build settled on (Astro's resolved config, after any CLI override). */
export function siteLinksBase(): AstroIntegration {
  return {
    name: 'sever-the-chain:site-links-base',
    hooks: {
      'astro:config:done': ({ config }) => {
        buildBase = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
    },
  };
}

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

/** The site path of `href` as written in a chapter (relative to /chapters/<slug>/), or `href` unchanged. */
export function chapterLink(href: string, base = buildBase): string {
  if (href === '' || href.startsWith('#') || href.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const resolved = new URL(href, 'https://chapter.invalid/chapters/chapter/');
  return `${base.replace(/\/$/, '')}${resolved.pathname}${resolved.search}${resolved.hash}`;
}

export function remarkSiteLinks() {
  return (tree: Node) => {
    const visit = (node: Node) => {
      if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string')
        node.url = chapterLink(node.url);
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
