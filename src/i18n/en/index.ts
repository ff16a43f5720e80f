/**
 * The English translation table: every reader-facing string of the site's code (components, pages, charts, map),
 * by concern. Prose lives in content/; data words (titles, summaries) live in data/. Another language copies this
 * folder (src/i18n/<lang>/) and is typed as `Translation`, so a missing key fails the type check.
 */
import { charts } from './charts.ts';
import { map } from './map.ts';
import { vocab } from './vocab.ts';

export const en = {
  /** BCP 47 tag of the language, for <html lang> and Intl APIs that need the language only. */
  lang: 'en',
  /** The maps: legend, locator key, text alternatives of map steps and popups. */
  map,
  /** The charts: titles, takeaways, axis and panel labels, table headers and notes. */
  charts,
  vocab,
};
