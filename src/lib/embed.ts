/**
 * The embed kit's shared texts: the iframe code offered to educators and newsrooms, the link and the
 * citation of an embeddable item, and its oEmbed response. The resize protocol is ours and tiny (see
 * public/embed.js); for hosts that already run pym.js or Datawrapper's listener, the embedded page also
 * posts its height in their formats, so an existing listener sizes the frame too.
 */
import { citationBibtex, citationText, type CiteInput } from './cite.ts';
import { site, t, url } from './site.ts';
import { SHARE_IMAGE, shareImagePath } from './share-image.ts';

export { EMBED_MESSAGE } from './embed-protocol.ts';

/** Absolute URL of a site path (embed codes are pasted into other sites). */
export function absolute(path: string): string {
  return new URL(url(path), site.site).href;
}

/** What the embed kit needs to know about an item (a subset of EmbedItem in embeds.ts). */
export interface Embeddable {
  key: string;
  /** Its own name, for citations: "The human cost". */
  name: string;
  /** Accessible title of the iframe (names the site too). */
  title: string;
  description: string;
  path: string;
  canonical: string;
  height: number;
  medium: string;
}

/**
 * The sandbox an embed needs, and no more: scripts (sizing, the live map), same-origin (the map's worker
 * and its data files), popups for the "full story" and source links, which open in a new tab outside the sandbox.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * The address an iframe loads. `v` records the data version the embed was made with: the page always shows
 * the current data, and tells its readers when that version has moved on since (see the README's embed kit).
 */
export function embedSrc(path: string, dataVersion: string): string {
  return `${absolute(path)}?v=${encodeURIComponent(dataVersion)}`;
}

const attr = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The code an educator pastes: a titled iframe with a sensible fixed height (it scrolls, and works where
 * the host strips scripts), plus the optional resize script that makes it fit its content.
 */
export function embedCode(item: Pick<Embeddable, 'path' | 'title' | 'height'>, dataVersion: string): string {
  return (
    `<iframe src="${attr(embedSrc(item.path, dataVersion))}" title="${attr(item.title)}" width="100%" height="${item.height}" ` +
    `style="border:0;width:100%;max-width:100%" loading="lazy" sandbox="${EMBED_SANDBOX}" data-stc-embed></iframe>\n` +
    `<script src="${absolute('embed.js')}" async></script>`
  );
}

export interface ShareTexts {
  /** The item in the full story. */
  link: string;
  /** The embed code. */
  code: string;
  /** APA-like citation; the access date is a placeholder (filled in by the share script). */
  cite: string;
  bibtex: string;
}

export interface DataVersion {
  version: string;
  /** YYYY-MM-DD */
  date: string;
}

export function citeInput(item: Embeddable, data: DataVersion): CiteInput {
  return {
    title: item.name,
    authors: site.byline,
    siteTitle: site.title,
    organisation: site.organisation,
    url: absolute(item.canonical),
    dataVersion: data.version,
    dataDate: data.date,
    slug: item.key,
    medium: item.medium,
  };
}

export function shareTexts(item: Embeddable, data: DataVersion): ShareTexts {
  const c = citeInput(item, data);
  const words = t.share.citation;
  return {
    link: c.url,
    code: embedCode(item, data.version),
    cite: citationText(c, words, undefined, t.lang),
    bibtex: citationBibtex(c, words),
  };
}

/** Path of an item's oEmbed file, site-relative. */
export const oembedPath = (key: string) => `oembed/${key}.json`;

/** The oEmbed 1.0 "rich" response for an item (https://oembed.com/, section 2.3.4.4). */
export function oembed(item: Embeddable, data: DataVersion) {
  return {
    version: '1.0',
    type: 'rich',
    title: item.title,
    author_name: site.organisation,
    provider_name: site.title,
    provider_url: absolute(''),
    html: embedCode(item, data.version),
    width: 640,
    height: item.height,
    cache_age: 86400,
    // The item's share image (src/lib/share.ts), as on its pages' og:image.
    thumbnail_url: absolute(shareImagePath(item.key, data.version)),
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
    // Not in the oEmbed spec (consumers ignore unknown keys): what the embed shows and where it lives.
    description: item.description,
    url: absolute(item.canonical),
    embed_url: absolute(item.path),
    data_version: data.version,
    data_version_date: data.date,
  };
}
