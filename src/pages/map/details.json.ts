/**
 * Popup and feature-list details of every drawn feature (/map/details.json), built from data/ at build
 * time. Only explore mode fetches it (the story map shows no popups), keeping the story map's data small.
 */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data.ts';
import { site, t } from '../../lib/site.ts';
import { getMapModel } from '../../map/build.ts';
import { buildDetails } from '../../map/details.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildDetails(getData(), getMapModel().features, site.locale, t)), {
    headers: { 'Content-Type': 'application/json' },
  });
