/**
 * oEmbed (https://oembed.com/) for every embeddable item, as static files: /oembed/<key>.json. A static
 * site cannot answer `?url=` queries, so consumers find these files through the discovery
 * <link rel="alternate" type="application/json+oembed"> on each embed page and on the full-story page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEmbeds, type EmbedItem } from '../../lib/embeds.ts';
import { oembed } from '../../lib/embed.ts';
import { getData } from '../../lib/data.ts';

export const getStaticPaths = (async () =>
  (await getEmbeds()).map((item) => ({ params: { key: item.key }, props: { item } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: EmbedItem }> = ({ props }) => {
  const data = getData();
  return new Response(JSON.stringify(oembed(props.item, { version: data.version, date: data.versionDate }), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
