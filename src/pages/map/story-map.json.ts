/**
 * The live map's data, emitted at build time as one static JSON file (/map/story-map.json): the
 * Natural Earth basemap cut to the region and the story features from data/. Generated from the same
 * functions as the static SVGs, so no derived file is committed. Fetched only when a live map starts.
 */
import type { APIRoute } from 'astro';
import { getBasemap } from '../../map/basemap.ts';
import { getMapModel } from '../../map/build.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ basemap: getBasemap(), features: getMapModel().features }), {
    headers: { 'Content-Type': 'application/json' },
  });
