/**
 * /sources.json: every source with the data rows and chapters that cite it, for tools and for readers who
 * want to check the story's footing programmatically (peers.md, idea 2).
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getData } from '../lib/data.ts';
import { getChapters } from '../lib/chapters.ts';
import { citingChapters, citingRows } from '../lib/citations.ts';
import { absolute } from '../lib/embed.ts';

export const GET: APIRoute = async () => {
  const data = getData();
  const rows = citingRows(data);
  const chapters = await Promise.all(
    (await getChapters()).map(async (c) => ({
      chapter: c.slug,
      citations: ((await render(c)).remarkPluginFrontmatter.citations ?? []) as string[][],
    })),
  );
  const byChapter = citingChapters(chapters);
  const body = {
    dataVersion: data.version,
    dataDate: data.versionDate,
    sources: data.sources.map((s) => ({
      ...s,
      anchor: `${absolute('sources/')}#src-${s.id}`,
      citedBy: (rows.get(s.id) ?? []).map((r) => `${r.table}:${r.id}`),
      chapters: byChapter.get(s.id) ?? [],
    })),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
