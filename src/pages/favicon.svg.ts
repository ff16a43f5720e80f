/**
 * The site icon as a file, /favicon.svg, for tools that look for one. Pages inline the same icon in their <head>
 * (Base.astro), so a first load makes no request for it. Its colours are the site config's (src/lib/favicon.ts).
 */
import type { APIRoute } from 'astro';
import { favicon } from '../lib/favicon.ts';
import { site } from '../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(favicon(site.colors) + '\n', { headers: { 'Content-Type': 'image/svg+xml' } });
