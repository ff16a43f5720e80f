/**
 * The English translation table: every reader-facing string of the site's code (components, pages, charts, map),
 * by concern. Prose lives in content/; data words (titles, summaries) live in data/. Another language copies this
 * folder (src/i18n/<lang>/) and is typed as `Translation`, so a missing key fails the type check.
 */
import { charts } from './charts.ts';
import { embeds } from './embeds.ts';
import { explore } from './explore.ts';
import { map } from './map.ts';
import { pages } from './pages.ts';
import { scrolly } from './scrolly.ts';
import { share } from './share.ts';
import { ui } from './ui.ts';
import { vocab } from './vocab.ts';

export const en = {
  /** BCP 47 tag of the language, for <html lang> and Intl APIs that need the language only. */
  lang: 'en',
  /** The frame and shared components: masthead, footer, notes, fact tooltips, embed frame. */
  ui,
  /** Page furniture: titles, descriptions, deks and headings of the pages around the story. */
  pages,
  /** The share box and citations. */
  share,
  /** Embeddable items (names, titles, descriptions) and link-preview cards. */
  embeds,
  /** The maps: legend, locator key, text alternatives of map steps and popups. */
  map,
  /** The scrolly's furniture: mode toggle, step buttons, live announcement. */
  scrolly,
  /** The explore map (/map/): controls, list and notes. */
  explore,
  /** The charts: titles, takeaways, axis and panel labels, table headers and notes. */
  charts,
  /** Words for the data's codes: countries, event kinds, precision, source kinds, lists. */
  vocab,
};
