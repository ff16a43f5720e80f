/**
 * The share image of every item, one PNG each: /share/<key>.png (1200×630), named by the pages' og:image and
 * twitter:image (src/components/SocialMeta.astro) and by the oEmbed files' thumbnail_url. See src/lib/share.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareItems } from '../../lib/share.ts';
import { sharePng } from '../../lib/share-render.ts';
import { SHARE_IMAGE } from '../../lib/share-image.ts';

export const getStaticPaths = (async () =>
  (await getShareItems()).map((item) => ({ params: { key: item.key } }))) satisfies GetStaticPaths;

export const GET: APIRoute<never, { key: string }> = async ({ params }) =>
  new Response(new Uint8Array(await sharePng(params.key)), { headers: { 'Content-Type': SHARE_IMAGE.type } });
