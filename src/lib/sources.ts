/** Ordering and grouping of the sources list (sources page), and a source's title in English. Pure. */
import { SOURCE_TIERS } from '../data/schema.ts';
import type { Source } from '../data/schema.ts';
import { strings, type Translation } from '../i18n/index.ts';
import { languageName } from './lang.ts';

export type SourceTier = (typeof SOURCE_TIERS)[number];

/**
 * Sources grouped by tier, strongest first (SOURCE_TIERS: primary documents, news agencies, newspapers, NGOs and
 * research, then aggregators and encyclopedias), so a reader checking a claim meets the documents before reporting
 * about them; empty tiers left out; each group by publisher, then newest first, then id.
 */
export function groupSources(sources: readonly Source[], locale: string): { tier: SourceTier; sources: Source[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return SOURCE_TIERS.map((tier) => ({
    tier,
    sources: sources
      .filter((s) => s.tier === tier)
      .sort(
        (a, b) =>
          collator.compare(a.publisher, b.publisher) ||
          (b.published ?? '').localeCompare(a.published ?? '') ||
          a.id.localeCompare(b.id),
      ),
  })).filter((g) => g.sources.length > 0);
}

/**
 * A source's title in the reader's language, for notes and the map: an English title as it is; a title in another
 * language as the desk's English, naming the language ("… (in Chinese)", `t.ui.inLanguage`). The sources page gives
 * it as published. A headline that names a victim (`title_withheld`) is never shown: its reason is. The table
 * defaults to English, for tests.
 */
export function englishTitle(
  s: Pick<Source, 'title' | 'title_lang' | 'title_en' | 'title_withheld'>,
  t: Translation = strings('en'),
): string {
  if (s.title_withheld) return t.ui.titleWithheld(s.title_withheld);
  return s.title_lang ? t.ui.inLanguage(s.title_en ?? s.title, languageName(s.title_lang, t.lang)) : s.title;
}
