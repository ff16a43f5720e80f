/**
 * The share image of an item (the picture a chat app or social site shows under a pasted link, and the oEmbed
 * thumbnail): one PNG per item, drawn at build time (src/lib/share-render.ts, served by src/pages/share/[...key].png.ts).
 * Kept free of imports so that the page head, the oEmbed files and tests can all name it.
 */

/** 1200×630 is the size Facebook, LinkedIn, X (summary_large_image), LINE, WhatsApp and Telegram all crop from. */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/**
 * Site-relative path of an item's share image: share/<key>.png, with `?v=<data version>` when a version is given.
 * The picture shows the data version, and scrapers keep an image for as long as its URL is the same, so a new version
 * is a new URL (as the embed codes' `?v=`); the file itself is the same path from one version to the next.
 */
export function shareImagePath(key: string, version?: string): string {
  return `share/${key}.png${version ? `?v=${encodeURIComponent(version)}` : ''}`;
}
