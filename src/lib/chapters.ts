/** The chapters in reading order, with reading times: the one place pages get them from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { countWords, readingMinutes } from './format.ts';

export type Chapter = CollectionEntry<'chapters'> & { words: number; minutes: number; slug: string };

export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters', (c) => !c.data.draft);
  const orders = new Map<number, string>();
  for (const c of entries) {
    const clash = orders.get(c.data.order);
    if (clash)
      throw new Error(
        `content/${c.id}.mdx, field "order": ${c.data.order} is already used by content/${clash}.mdx; expected a unique number`,
      );
    orders.set(c.data.order, c.id);
  }
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((c) => {
      const words = countWords(c.body ?? '');
      return { ...c, words, minutes: readingMinutes(words), slug: c.id.replace(/^\d+-/, '') };
    });
}
