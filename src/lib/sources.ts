/** Ordering and grouping of the sources list (sources page). Pure. */
import { SOURCE_KINDS } from '../data/schema.ts';
import type { Source } from '../data/schema.ts';

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Primary documents first, so a reader checking a claim meets them before reporting about it. */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = ['court', 'official', 'un', 'research', 'ngo', 'news'];

/** Heading of each group. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  court: 'Courts and prosecutors',
  official: 'Governments and officials',
  un: 'United Nations',
  research: 'Research',
  ngo: 'Non-governmental organisations',
  news: 'News',
};

/** Sources grouped by kind (in SOURCE_KIND_ORDER, empty kinds left out), each group by publisher, then newest first, then id. */
export function groupSources(sources: readonly Source[], locale: string): { kind: SourceKind; sources: Source[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return SOURCE_KIND_ORDER.map((kind) => ({
    kind,
    sources: sources
      .filter((s) => s.kind === kind)
      .sort(
        (a, b) =>
          collator.compare(a.publisher, b.publisher) ||
          (b.published ?? '').localeCompare(a.published ?? '') ||
          a.id.localeCompare(b.id),
      ),
  })).filter((g) => g.sources.length > 0);
}
