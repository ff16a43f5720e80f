/**
 * Every embeddable item of the site, in one list: the home page, the chapters, the charts, each view (step) of
 * the story maps, the explore map and the timeline. The embed pages, their oEmbed files, the /embed/ index and the
 * "Share or embed" controls all read it, so an item cannot be offered without a page behind it.
 */
import { buildChart } from '../charts/index.ts';
import { getStory } from '../story/index.ts';
import { getChapters } from './chapters.ts';
import { getData } from './data.ts';
import type { Embeddable } from './embed.ts';
import { site, t } from './site.ts';
import { CHART_IDS, type ChartId, type MapStepState } from '../story/steps.ts';
import { stepMap } from '../map/build.ts';
import MEASURED_HEIGHTS from './embed-heights.json' with { type: 'json' };

export type EmbedKind = 'home' | 'chapter' | 'chart' | 'map' | 'explore' | 'timeline';

/**
 * key: unique among items, also the oEmbed file name (oembed/<key>.json); path: site-relative embed page;
 * canonical: the same content in the full story (may end with a #fragment); height: of the iframe before it
 * sizes itself (or for ever, where the host strips scripts), in CSS px; medium: for citations.
 */
export interface EmbedItem extends Embeddable {
  kind: EmbedKind;
  /**
   * The chapter it comes from (chapters and map views), or, for a chart, the first chapter that shows it, with the
   * id of the element that holds it there.
   */
  chapter?: { slug: string; title: string; anchor?: string };
  /** For map views: the step and its state. */
  step?: { id: string; index: number; count: number; state: MapStepState; scrolly: string; label: string };
  /** For charts. */
  chart?: ChartId;
}

/**
 * A frame's height before it sizes itself, and for good where the host strips scripts. Charts and map views: what
 * `npm run embed:heights` measured (the tallest of 320-1280 px, so nothing is cut off), else the kind's fallback
 * below. The rest are far taller than any frame, keep these, and are credited at the top (Embed.astro).
 */
export const EMBED_HEIGHT: Record<EmbedKind, number> = {
  home: 800,
  chapter: 800,
  chart: 640,
  map: 720,
  explore: 900,
  timeline: 900,
};

const measured = MEASURED_HEIGHTS as Record<string, number>;
const heightOf = (key: string, kind: EmbedKind) => measured[key] ?? EMBED_HEIGHT[kind];

let memo: Promise<EmbedItem[]> | undefined;

export function getEmbeds(): Promise<EmbedItem[]> {
  return (memo ??= collect());
}

async function collect(): Promise<EmbedItem[]> {
  const data = getData();
  const chapters = await getChapters();
  // What each chapter shows: the story index (src/story/).
  const story = await getStory();
  const items: EmbedItem[] = [];
  items.push({
    kind: 'home',
    key: 'home',
    name: site.title,
    title: t.embeds.home.title(site.title, chapters.length),
    description: site.dek,
    path: 'embed/home/',
    canonical: '',
    height: EMBED_HEIGHT.home,
    medium: t.embeds.home.medium,
  });
  for (const c of chapters) {
    items.push({
      kind: 'chapter',
      key: `chapters/${c.slug}`,
      name: c.data.title,
      title: t.embeds.chapter.title(c.data.title, site.title),
      description: c.data.dek,
      path: `embed/chapters/${c.slug}/`,
      canonical: `chapters/${c.slug}/`,
      height: EMBED_HEIGHT.chapter,
      medium: t.embeds.chapter.medium,
      chapter: { slug: c.slug, title: c.data.title },
    });
  }
  for (const id of CHART_IDS) {
    const chart = buildChart(id, data, { locale: site.locale });
    const use = story.chartUse(id);
    items.push({
      kind: 'chart',
      key: `charts/${id}`,
      name: chart.title,
      title: t.embeds.chart.title(chart.title, site.title),
      description: chart.takeaway,
      path: `embed/charts/${id}/`,
      canonical: `charts/${id}/`,
      height: heightOf(`charts/${id}`, 'chart'),
      medium: t.embeds.chart.medium,
      chart: id,
      ...(use && { chapter: { slug: use.chapter.slug, title: use.chapter.title, anchor: use.anchor } }),
    });
  }
  for (const { step: s, scrolly, chapter: c } of story.mapSteps) {
    const count = scrolly.steps.length;
    items.push({
      kind: 'map',
      key: `map/${s.id}`,
      name: t.embeds.map.view(scrolly.label, s.index + 1, count),
      title: t.embeds.withSite(t.embeds.map.view(scrolly.label, s.index + 1, count), site.title),
      description: stepMap(s.state).description,
      path: `embed/map/${s.id}/`,
      canonical: `chapters/${c.slug}/#${s.id}`,
      height: heightOf(`map/${s.id}`, 'map'),
      medium: t.embeds.map.medium,
      chapter: { slug: c.slug, title: c.title },
      step: { id: s.id, index: s.index, count, state: s.state, scrolly: scrolly.id, label: scrolly.label },
    });
  }
  items.push({
    kind: 'explore',
    key: 'map/explore',
    name: t.embeds.explore.name,
    title: t.embeds.withSite(t.embeds.explore.name, site.title),
    description: t.embeds.explore.description,
    path: 'embed/map/',
    canonical: 'map/',
    height: EMBED_HEIGHT.explore,
    medium: t.embeds.map.medium,
  });
  items.push({
    kind: 'timeline',
    key: 'timeline',
    name: t.embeds.timeline.name,
    title: t.embeds.withSite(t.embeds.timeline.title, site.title),
    description: t.embeds.timeline.description,
    path: 'embed/timeline/',
    canonical: 'timeline/',
    height: EMBED_HEIGHT.timeline,
    medium: t.embeds.timeline.medium,
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
