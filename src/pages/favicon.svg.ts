/**
 * The site icon as a file, /favicon.svg, for tools that look for one. Pages inline the same icon in their <head>
 * (Base.astro), so a first load makes no request for it. A fork replaces src/assets/favicon.svg.
 */
import type { APIRoute } from 'astro';
import favicon from '../assets/favicon.svg?raw';

export const GET: APIRoute = () => new Response(favicon, { headers: { 'Content-Type': 'image/svg+xml' } });
