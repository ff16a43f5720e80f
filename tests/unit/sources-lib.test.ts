import { describe, expect, it } from 'vitest';
import { citingChapters, citingRows } from '../../src/lib/citations.ts';
import { groupSources } from '../../src/lib/sources.ts';
import type { DataPackage, Source } from '../../src/data/schema.ts';

const src = (id: string, publisher: string, tier: Source['tier'], published?: string): Source =>
  ({ id, publisher, tier, published, title: id, url: 'https://example.org/', accessed: '2026-11-25' }) as Source;

describe('groupSources', () => {
  it('puts primary documents first and aggregators last, leaves empty tiers out, sorts by publisher then newest', () => {
    const groups = groupSources(
      [
        src('n1', 'zeta', 'news', '2025'),
        src('n2', 'Alpha', 'news', '2024'),
        src('n3', 'alpha', 'news', '2025-10'),
        src('o1', 'Gov', 'primary'),
        src('a1', 'Mirror', 'aggregator'),
      ],
      'en-GB',
    );
    expect(groups.map((g) => g.tier)).toEqual(['primary', 'news', 'aggregator']);
    expect(groups[1]!.sources.map((s) => s.id)).toEqual(['n3', 'n2', 'n1']);
  });
});

describe('citingRows', () => {
  it('indexes every row by each of its sources, once per row', () => {
    const data = {
      events: [{ id: 'e1', title: 'Raid', source_ids: ['s1', 's2', 's1'] }],
      places: [{ id: 'p1', name: 'KK Park', source_ids: ['s1'] }],
      people: [],
      organizations: [],
      routes: [{ id: 'r1', subject: 'She Zhijiang', kind: 'extradition', source_ids: ['s2'] }],
      series: [{ id: 'x1', series_title: 'People held', geo: 'MM', period: '2023', source_ids: ['s3'] }],
    } as unknown as Pick<DataPackage, 'events' | 'places' | 'people' | 'organizations' | 'routes' | 'series'>;
    const idx = citingRows(data);
    expect(idx.get('s1')).toEqual([
      { table: 'events', id: 'e1', label: 'Raid' },
      { table: 'places', id: 'p1', label: 'KK Park' },
    ]);
    expect(idx.get('s2')!.map((r) => r.label)).toEqual(['Raid', 'She Zhijiang (extradition)']);
    expect(idx.get('s3')![0]!.label).toBe('People held, MM, 2023');
    expect(idx.has('s4')).toBe(false);
  });
});

describe('citingChapters', () => {
  it('lists each chapter once per source, in chapter order', () => {
    const idx = citingChapters([
      { chapter: 'one', citations: [['a', 'b'], ['a']] },
      { chapter: 'two', citations: [['b']] },
    ]);
    expect(idx.get('a')).toEqual(['one']);
    expect(idx.get('b')).toEqual(['one', 'two']);
  });
});
