/**
 * Every embeddable item of the site, in one list: the chapters, the charts, each view (step) of the
 * story maps, and the explore map. The embed pages, their oEmbed files, the /embed/ index and the
 * "Share or embed" controls all read it, so an item cannot be offered without a page behind it.
 */
import { render } from 'astro:content';
import { buildChart } from '../charts/index.ts';
import { getChapters } from './chapters.ts';
import { getData } from './data.ts';
import type { MapView } from './remark-facts.ts';
import type { Embeddable } from './embed.ts';
import { site } from './site.ts';
import { CHART_IDS, type ChartId, type MapStepState } from './steps.ts';
import { stepMap } from '../map/build.ts';

export type EmbedKind = 'chapter' | 'chart' | 'map' | 'explore';

/**
 * key: unique among items, also the oEmbed file name (oembed/<key>.json); path: site-relative embed page;
 * canonical: the same content in the full story (may end with a #fragment); height: of the iframe before it
 * sizes itself (or for ever, where the host strips scripts), in CSS px; medium: for citations.
 */
export interface EmbedItem extends Embeddable {
  kind: EmbedKind;
  /** The chapter it comes from (chapters and map views). */
  chapter?: { slug: string; title: string };
  /** For map views: the step and its state. */
  step?: { id: string; index: number; count: number; state: MapStepState; scrolly: string };
  /** For charts. */
  chart?: ChartId;
}

export const EMBED_HEIGHT: Record<EmbedKind, number> = { chapter: 800, chart: 640, map: 720, explore: 900 };

let memo: Promise<EmbedItem[]> | undefined;

export function getEmbeds(): Promise<EmbedItem[]> {
  return (memo ??= collect());
}

async function collect(): Promise<EmbedItem[]> {
  const data = getData();
  const chapters = await getChapters();
  const items: EmbedItem[] = [];
  for (const c of chapters) {
    items.push({
      kind: 'chapter',
      key: `chapters/${c.slug}`,
      name: c.data.title,
      title: `${c.data.title}: a chapter of ${site.title}`,
      description: c.data.dek,
      path: `embed/chapters/${c.slug}/`,
      canonical: `chapters/${c.slug}/`,
      height: EMBED_HEIGHT.chapter,
      medium: 'Interactive chapter',
      chapter: { slug: c.slug, title: c.data.title },
    });
  }
  for (const id of CHART_IDS) {
    const chart = buildChart(id, data, { locale: site.locale });
    items.push({
      kind: 'chart',
      key: `charts/${id}`,
      name: chart.title,
      title: `${chart.title} (chart, ${site.title})`,
      description: chart.takeaway,
      path: `embed/charts/${id}/`,
      canonical: `charts/#chart-${id}`,
      height: EMBED_HEIGHT.chart,
      medium: 'Interactive chart',
      chart: id,
    });
  }
  for (const c of chapters) {
    const { remarkPluginFrontmatter } = await render(c);
    const views = (remarkPluginFrontmatter['mapViews'] ?? []) as MapView[];
    for (const view of views) {
      view.steps.forEach((s, index) => {
        items.push({
          kind: 'map',
          key: `map/${s.id}`,
          name: `${view.label}, view ${index + 1} of ${view.steps.length}`,
          title: `${view.label}, view ${index + 1} of ${view.steps.length} (${site.title})`,
          description: stepMap(s.state).description,
          path: `embed/map/${s.id}/`,
          canonical: `chapters/${c.slug}/#${s.id}`,
          height: EMBED_HEIGHT.map,
          medium: 'Interactive map',
          chapter: { slug: c.slug, title: c.data.title },
          step: { id: s.id, index, count: view.steps.length, state: s.state, scrolly: view.scrolly },
        });
      });
    }
  }
  items.push({
    kind: 'explore',
    key: 'map/explore',
    name: 'Explore the map: compounds, crackdowns and routes',
    title: `Explore the map: compounds, crackdowns and routes (${site.title})`,
    description:
      'Every compound, dated event and route in the data on one map, with layers, a date slider and a list of every feature.',
    path: 'embed/map/',
    canonical: 'map/',
    height: EMBED_HEIGHT.explore,
    medium: 'Interactive map',
  });
  const seen = new Map<string, EmbedItem>();
  for (const item of items) {
    const clash = seen.get(item.key);
    if (clash)
      throw new Error(
        `Two embeddable items share the key "${item.key}" (${clash.canonical} and ${item.canonical}); step ids must be unique across chapters.`,
      );
    seen.set(item.key, item);
  }
  return items;
}

/** The items a page offers, by key; throws on an unknown key (a broken share control fails the build). */
export async function getEmbed(key: string): Promise<EmbedItem> {
  const item = (await getEmbeds()).find((i) => i.key === key);
  if (!item) throw new Error(`No embeddable item "${key}".`);
  return item;
}
