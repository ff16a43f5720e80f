/**
 * The static map of every map step, one SVG file each: /maps/<step>.svg. MapFigure shows it with <img>
 * (lazily, so a chapter's HTML stays small); it is also what readers without JavaScript or WebGL see.
 * The steps are the embed catalogue's map views (every <Step> of every map <Scrolly>) and the explore map.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mapFileViews, stepMapFile } from '../../map/build.ts';
import type { MapStepState } from '../../story/steps.ts';

export const getStaticPaths = (async () =>
  (await mapFileViews()).map((v) => ({ params: { step: v.id }, props: { state: v.state } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ state: MapStepState }, { step: string }> = ({ params, props }) =>
  new Response(stepMapFile(params.step, props.state).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
