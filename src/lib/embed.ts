/**
 * The embed kit's shared names: the message our embedded pages post to their host page, and the
 * iframe code offered to educators. The resize protocol is ours and tiny (see public/embed.js);
 * for hosts that already run pym.js or Datawrapper's listener, the same height is also posted in
 * their formats, so an existing listener sizes the frame too.
 */
import { site, url } from './site.ts';

export { EMBED_MESSAGE } from './embed-protocol.ts';

/** Absolute URL of a site path (embed codes are pasted into other sites). */
export function absolute(path: string): string {
  return new URL(url(path), site.site).href;
}

/**
 * The code an educator pastes: a titled iframe with a sensible fixed height (it works where the
 * host strips scripts), plus the optional resize script that makes it fit its content.
 */
export function embedCode(path: string, title: string, height = 720): string {
  const src = absolute(path);
  return (
    `<iframe src="${src}" title="${title.replaceAll('"', '&quot;')}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:100%" loading="lazy" data-stc-embed></iframe>\n` +
    `<script src="${absolute('embed.js')}" async></script>`
  );
}
