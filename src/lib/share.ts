/**
 * Link previews (build time): which share image each page names, and what each image shows.
 *
 * One image per item: every embeddable item (src/lib/embeds.ts: chapters, charts, map views, the explore map) plus
 * the home page and the timeline, by the item's key (`chapters/<slug>`, `charts/<id>`, `map/<step>`, `map/explore`,
 * `home`, `timeline`). The picture is a graphic the site shows: a map step's static map (the /maps/<step>.svg
 * file, less any label the card's crop would cut in two) or a chart's desktop SVG; a chapter shows its first map view, else its first chart, else the
 * overview map; the home page shows the overview map (the explore map's opening view) and the timeline the
 * crackdown chart (its events, year by year).
 *
 * A page's preview is the item it is, or whose embed page it is (its embed `path`, or its `canonical` when that
 * has no #fragment); a page that is neither (sources, methods…) shows the home page's. Base.astro's `shareImage`
 * prop names another.
 */
import { buildChart } from '../charts/index.ts';
import chartCss from '../components/charts/chart.css?raw';
import { mapWindow, type CardGraphic, type CardInput } from './share-card.ts';
import { getChapters, type Chapter } from './chapters.ts';
import { getData } from './data.ts';
import { getEmbeds, type EmbedKind } from './embeds.ts';
import { formatDate } from './format.ts';
import { site, t } from './site.ts';
import { getStory } from '../story/index.ts';
import type { ChartId, MapStepState } from '../story/steps.ts';
import { EXPLORE_OVERVIEW, stepMap, stepMapFile } from '../map/build.ts';
import { textBox } from '../map/labels.ts';
import { labelText } from '../map/svg.ts';
import { renderMapSvg } from '../map/svg-file.ts';

type Picture = { kind: 'map'; id: string; state: MapStepState } | { kind: 'chart'; id: ChartId };

export interface ShareItem {
  key: string;
  kind: EmbedKind | 'home' | 'timeline';
  /** Site-relative paths of the pages whose preview this is (its embed page, its page in the full story). */
  pages: string[];
  kicker: string;
  title: string;
  subtitle?: string | undefined;
  picture: Picture;
}

/** The font stack of the charts' SVG text in the picture: the page's 'Sans Fallback' faces (Arial or its metric twin). */
const CHART_SANS = "'Liberation Sans',Arial,Helvetica,sans-serif";
/** X shows at most 420 characters of an image's alternative text. */
const ALT_MAX = 420;

const EXPLORE: Picture = { kind: 'map', id: 'explore', state: EXPLORE_OVERVIEW };

let memo: Promise<ShareItem[]> | undefined;

/** Every share image of the site, once per build. */
export function getShareItems(): Promise<ShareItem[]> {
  return (memo ??= collect());
}

async function collect(): Promise<ShareItem[]> {
  const [embeds, chapters] = await Promise.all([getEmbeds(), getChapters()]);
  const data = getData();
  const own: ShareItem[] = [
    {
      key: 'home',
      kind: 'home',
      pages: [''],
      kicker: t.embeds.card.home(chapters.length),
      title: site.title,
      subtitle: site.dek,
      picture: EXPLORE,
    },
    {
      key: 'timeline',
      kind: 'timeline',
      pages: ['timeline/'],
      kicker: t.embeds.timeline.name,
      title: t.embeds.card.timelineTitle,
      subtitle: t.embeds.card.timeline(data.events.length),
      picture: { kind: 'chart', id: 'crackdown' },
    },
  ];
  const mine = new Map(own.map((i) => [i.key, i]));
  const items = new Map<string, ShareItem>();
  for (const e of embeds) {
    const pages = [e.path, ...(e.canonical.includes('#') ? [] : [e.canonical])];
    const known = mine.get(e.key);
    if (known) {
      // An embed item with one of our keys (the home page, the timeline): our picture, its pages too.
      items.set(e.key, { ...known, pages: [...new Set([...known.pages, ...pages])] });
      continue;
    }
    const base = { key: e.key, kind: e.kind, pages, title: e.name };
    if (e.kind === 'chapter') {
      const slug = e.chapter!.slug;
      const n = chapters.findIndex((c) => c.slug === slug) + 1;
      const firstMap = embeds.find((m) => m.kind === 'map' && m.chapter?.slug === slug)?.step;
      const chapter = chapters.find((c) => c.slug === slug);
      const chart = firstMap || !chapter ? undefined : await firstChart(chapter);
      items.set(e.key, {
        ...base,
        kicker: t.embeds.card.chapter(n, chapters.length),
        subtitle: e.description,
        picture: firstMap
          ? { kind: 'map', id: firstMap.id, state: firstMap.state }
          : chart
            ? { kind: 'chart', id: chart }
            : EXPLORE,
      });
    } else if (e.kind === 'chart') {
      items.set(e.key, {
        ...base,
        kicker: t.embeds.card.chart,
        subtitle: e.description,
        picture: { kind: 'chart', id: e.chart! },
      });
    } else if (e.kind === 'map' && e.step) {
      const s = e.step;
      items.set(e.key, {
        ...base,
        kicker: t.embeds.card.mapView(s.index + 1, s.count),
        title: s.label,
        subtitle: e.chapter ? t.embeds.card.fromChapter(e.chapter.title) : undefined,
        picture: { kind: 'map', id: s.id, state: s.state },
      });
    } else {
      items.set(e.key, {
        ...base,
        kicker: e.kind === 'explore' ? t.embeds.card.map : site.title,
        subtitle: e.description,
        picture: EXPLORE,
      });
    }
  }
  for (const i of own) if (!items.has(i.key)) items.set(i.key, i);
  return [...items.values()];
}

/** The first chart a chapter shows (a <Chart> or a chart step), from the story index, in reading order. */
async function firstChart(chapter: Chapter): Promise<ChartId | undefined> {
  return (await getStory()).chapters.find((c) => c.slug === chapter.slug)?.charts[0]?.chart;
}

export interface SharePreview {
  key: string;
  /** Open Graph type of the page: a chapter (or its embed) is an article. */
  type: 'article' | 'website';
  /** The image's alternative text: the item, the site, and what the graphic shows. */
  alt: string;
}

/**
 * The preview of the page at `page` (site-relative, no base: 'chapters/the-human-cost/', '' for home): its item's
 * share image, or the one `image` names (a key), or the home page's. Throws on an unknown `image` key.
 */
export async function sharePreview(page: string, image?: string): Promise<SharePreview> {
  const items = await getShareItems();
  const own = items.find((i) => i.pages.includes(page));
  const item = image === undefined ? (own ?? items.find((i) => i.key === 'home')!) : items.find((i) => i.key === image);
  if (!item)
    throw new Error(
      `Share image "${image}": no such item (the keys are those of src/lib/embeds.ts, home and timeline).`,
    );
  return { key: item.key, type: own?.kind === 'chapter' ? 'article' : 'website', alt: altText(item) };
}

const graphics = new Map<string, CardGraphic & { description: string }>();

/** The picture's graphic and its description, once per picture. */
function graphic(p: Picture): CardGraphic & { description: string } {
  const id = `${p.kind}:${p.id}`;
  let g = graphics.get(id);
  if (!g) {
    if (p.kind === 'map') {
      // The step's map file as the page shows it, less the labels that the card's crop would cut in two.
      const m = stepMap(p.state);
      const file = stepMapFile(p.id, p.state, m).svg;
      const [x, , w] = mapWindow([0, 0, m.svg.width, m.svg.height]);
      const labels = m.svg.labels.filter((l) => {
        const [west, , east] = textBox(
          labelText(l, MAP_LABEL_PX, MAP_COUNTRY_LABEL_PX),
          MAP_LABEL_HALO + CROP_CLEARANCE,
        );
        return west >= x && east <= x + w;
      });
      const svg =
        labels.length === m.svg.labels.length
          ? file
          : renderMapSvg({ ...m.svg, labels }, { title: m.description, colors: site.colors });
      g = { svg, fit: 'map', description: m.description };
    } else {
      const chart = buildChart(p.id, getData(), { locale: site.locale });
      g = { svg: chart.svg.desktop, css: chartCss, fit: 'chart', description: chart.description };
    }
    graphics.set(id, g);
  }
  return g;
}

/** Label sizes of the map file at its desktop width (src/map/svg-file.ts), and the halo round each label. */
const MAP_LABEL_PX = 15;
const MAP_COUNTRY_LABEL_PX = 13;
const MAP_LABEL_HALO = 2;
/**
 * How far inside the card's crop a label (halo included) must end to be kept, in map px (about 4 px on the card):
 * the card has no margin there, and a name that touches the edge reads as cut.
 */
const CROP_CLEARANCE = 3.5;

/** Alternative text no longer than X shows: whole sentences of the graphic's description, as many as fit. */
function altText(item: ShareItem): string {
  const g = graphic(item.picture);
  const head = item.title === site.title ? `${site.title}. ` : `${item.title}, from ${site.title}. `;
  let alt = head;
  for (const sentence of g.description.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)\s*/g) ?? []) {
    if ((alt + sentence).trim().length > ALT_MAX) break;
    alt += sentence;
  }
  if (alt === head) {
    // Not even one sentence fits: the words that do, and an ellipsis.
    const words = g.description.split(/\s+/);
    while (words.length && (head + words.join(' ')).length + 1 > ALT_MAX) words.pop();
    alt = `${head}${words.join(' ')}…`;
  }
  return alt.trim();
}

/** What the card of `key` shows, for src/lib/share-card.ts. */
export async function shareCardInput(key: string): Promise<CardInput & { colors: typeof site.colors.light }> {
  const item = (await getShareItems()).find((i) => i.key === key);
  if (!item) throw new Error(`No share image "${key}".`);
  const data = getData();
  const g = graphic(item.picture);
  const css = g.css?.replaceAll('var(--graphic-sans)', CHART_SANS);
  return {
    kicker: item.kicker,
    title: item.title,
    subtitle: item.subtitle,
    site: item.title === site.title ? undefined : site.title,
    credit: [t.embeds.card.credit(data.version, formatDate(data.versionDate, site.locale, 'day')), site.organisation],
    graphic: { svg: g.svg, fit: g.fit, ...(css ? { css } : {}) },
    colors: site.colors.light,
  };
}
