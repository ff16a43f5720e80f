/**
 * Runs on every page as Astro renders it (at build time for this static site, and in dev): the page's behaviour
 * script is put off until its first screen is drawn (see deferEnhanceScript and boot in src/lib/boot.ts), and in an
 * embed page every link that leaves the page opens outside the frame (src/lib/embed-links.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { deferEnhanceScript } from './lib/boot.ts';
import { isEmbedPage, linksLeaveTheFrame } from './lib/embed-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  let html = deferEnhanceScript(await response.text());
  if (isEmbedPage(context.url.pathname, import.meta.env.BASE_URL)) html = linksLeaveTheFrame(html);
  return new Response(html, { status: response.status, headers: response.headers });
});
