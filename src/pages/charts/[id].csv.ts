/**
 * /charts/<id>.csv: exactly the rows a chart plots, for readers and newsrooms to reuse.
 * Built from the same compute as the chart, so the file and the marks cannot drift apart.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../data/csv.ts';
import { getData } from '../../lib/data.ts';
import { site } from '../../lib/site.ts';
import { CHART_IDS, type ChartId } from '../../story/steps.ts';
import { buildChart } from '../../charts/index.ts';

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = buildChart(params.id as ChartId, getData(), { locale: site.locale });
  return new Response(toCsv(chart.csv.header, chart.csv.rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
