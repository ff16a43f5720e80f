/**
 * Runs on every page as Astro renders it (at build time for this static site, and in dev): the page's behaviour
 * script is put off until its first screen is drawn (see deferEnhanceScript and boot in src/lib/boot.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { deferEnhanceScript } from './lib/boot.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(deferEnhanceScript(html), { status: response.status, headers: response.headers });
});
