import { describe, expect, it } from 'vitest';
import { countryName, kindLabel, strings } from '../../src/i18n/index.ts';
import {
  SHOWN,
  eventAnchor,
  filterOptions,
  filterQuery,
  groupByYear,
  isCrackdown,
  matchesFilter,
  parseFilterQuery,
  sortByDate,
  statusText,
} from '../../src/lib/timeline.ts';

const t = strings('en');
const labels = { country: (c: string) => countryName(t, c), kind: (k: string) => kindLabel(t, k), lang: t.lang };
const ev = (id: string, date: string, kind = 'raid', countries = ['MM']) => ({ id, date, kind, countries });

describe('sortByDate / groupByYear', () => {
  it('orders partial dates: year before its months, month before its days, ties by id', () => {
    const sorted = sortByDate([
      ev('c', '2025-10-20'),
      ev('b', '2025-10'),
      ev('a', '2025'),
      ev('d', '2025-10-20'),
      ev('e', '2024-12-31'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('groups by year, years ascending, without empty years', () => {
    const groups = groupByYear([ev('x', '2026-01-07'), ev('y', '2023-11'), ev('z', '2023-10-27')]);
    expect(groups.map((g) => g.year)).toEqual(['2023', '2026']);
    expect(groups[0]!.events.map((e) => e.id)).toEqual(['z', 'y']);
  });

  it('does not mutate its input', () => {
    const input = [ev('b', '2025'), ev('a', '2024')];
    sortByDate(input);
    expect(input.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('matchesFilter', () => {
  const e = ev('x', '2025-01-01', 'handover', ['MM', 'CN']);
  it('matches everything when nothing is filtered', () => expect(matchesFilter(e, {})).toBe(true));
  it('matches any of the event countries', () => {
    expect(matchesFilter(e, { country: 'CN' })).toBe(true);
    expect(matchesFilter(e, { country: 'TH' })).toBe(false);
  });
  it('needs both country and kind to match', () => {
    expect(matchesFilter(e, { country: 'MM', kind: 'handover' })).toBe(true);
    expect(matchesFilter(e, { country: 'MM', kind: 'raid' })).toBe(false);
  });
});

describe('query string', () => {
  const allowed = { countries: ['MM', 'TH'], kinds: ['raid', 'cutoff'] };
  it('reads country and kind, normalising case', () => {
    expect(parseFilterQuery('?country=mm&kind=RAID', allowed)).toEqual({ country: 'MM', kind: 'raid' });
  });
  it('drops values the page does not offer', () => {
    expect(parseFilterQuery('?country=FR&kind=party', allowed)).toEqual({});
    expect(parseFilterQuery('', allowed)).toEqual({});
  });
  it('round-trips', () => {
    const f = { country: 'TH', kind: 'cutoff' };
    expect(filterQuery(f)).toBe('?country=TH&kind=cutoff');
    expect(parseFilterQuery(filterQuery(f), allowed)).toEqual(f);
  });
  it('writes nothing for an empty filter', () => expect(filterQuery({})).toBe(''));
  it('keeps the address’s other parameters (an embed’s ?v= and ?theme=)', () => {
    expect(filterQuery({ kind: 'raid' }, '?v=1.0.0&country=MM&theme=dark')).toBe('?v=1.0.0&theme=dark&kind=raid');
    expect(filterQuery({}, '?v=1.0.0&kind=raid')).toBe('?v=1.0.0');
  });
});

describe('labels', () => {
  it('says "N of M events"', () => {
    expect(statusText(t.pages.timeline.status(SHOWN, 156), 12)).toBe('12 of 156 events');
    expect(statusText(t.pages.timeline.status(SHOWN, 1), 1)).toBe('1 of 1 event');
  });
  it('labels kinds for readers', () => {
    expect(kindLabel(t, 'cutoff')).toBe('Cut-off');
    expect(kindLabel(t, 'raid')).toBe('Raid');
    expect(kindLabel(t, 'law')).toBe('Law');
    expect(kindLabel(t, 'other')).toBe('Other event');
  });
  it('marks crackdown kinds only', () => {
    expect(isCrackdown('extradition')).toBe(true);
    expect(isCrackdown('report')).toBe(false);
  });
  it('names countries as the story does, and falls back to CLDR, then the code', () => {
    expect(countryName(t, 'MM')).toBe('Myanmar');
    expect(countryName(t, 'KH')).toBe('Cambodia');
    expect(countryName(t, 'VN')).toBe('Vietnam');
    expect(countryName(t, 'not a code')).toBe('not a code');
  });
  it('anchors events as ev-<id>', () => expect(eventAnchor('kk-park-raid-2025-10')).toBe('ev-kk-park-raid-2025-10'));
});

describe('filterOptions', () => {
  it('counts each country once per event and sorts by label', () => {
    const o = filterOptions([ev('a', '2025', 'raid', ['TH', 'MM', 'MM']), ev('b', '2025', 'cutoff', ['TH'])], labels);
    expect(o.countries).toEqual([
      { value: 'MM', label: 'Myanmar', count: 1 },
      { value: 'TH', label: 'Thailand', count: 2 },
    ]);
    expect(o.kinds.map((k) => k.label)).toEqual(['Cut-off', 'Raid']);
  });
});
