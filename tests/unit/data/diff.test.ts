import { describe, expect, it } from 'vitest';
import { chaptersUsing, diffData, type Tables } from '../../../src/data/diff.ts';

const empty = { sources: [], places: [], events: [], people: [], organizations: [], routes: [], series: [] };

describe('diffData', () => {
  it('lists added, removed and changed rows with their changed fields', () => {
    const before: Tables = { ...empty, events: [{ id: 'a', figure: 2198, countries: ['MM'] }, { id: 'b' }] };
    const after: Tables = { ...empty, events: [{ id: 'a', figure: 2200, countries: ['MM', 'CN'] }, { id: 'c' }] };
    expect(diffData(before, after)).toEqual([
      { table: 'events', id: 'a', kind: 'changed', fields: { figure: ['2198', '2200'], countries: ['MM', 'MM;CN'] } },
      { table: 'events', id: 'c', kind: 'added' },
      { table: 'events', id: 'b', kind: 'removed' },
    ]);
  });
  it('finds the chapters that show a row, by exact id', () => {
    const chapters = {
      'content/01.mdx': 'On <Fact id="events:kk-park-raid-2025-10" /> …',
      'content/02.mdx': '<Cite of="events:other;events:kk-park-raid-2025-10-bis" />',
    };
    expect(chaptersUsing({ table: 'events', id: 'kk-park-raid-2025-10' }, chapters)).toEqual(['content/01.mdx']);
  });
});
