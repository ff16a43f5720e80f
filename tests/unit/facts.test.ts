import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateDataPackage } from '../../src/data/validate.ts';
import { resolveFact, parseRef, FactError, shortName } from '../../src/lib/facts.ts';
import { formatDate, formatNumber, formatLarge, countWords, readingMinutes } from '../../src/lib/format.ts';

const r = validateDataPackage(join(import.meta.dirname, '../fixtures/valid'));
if (!r.ok) throw new Error('fixture invalid');
const data = r.data;

describe('resolveFact', () => {
  it('formats an event date at its precision, for the locale', () => {
    expect(resolveFact(data, 'events:ev-raid', 'en-GB').text).toBe('7 January 2026');
    expect(resolveFact(data, 'events:ev-raid', 'en-US').text).toBe('January 7, 2026');
    expect(resolveFact(data, 'events:ev-talks', 'en-GB').text).toBe('January 2026');
    expect(resolveFact(data, 'events:ev-raid', 'en-GB', 'date', 'year').text).toBe('2026');
  });
  it('formats figures with grouping and keeps the sources', () => {
    const f = resolveFact(data, 'events:ev-raid', 'en-GB', 'figure');
    expect(f).toMatchObject({
      text: '2,198',
      value: '2198',
      table: 'events',
      id: 'ev-raid',
      sourceIds: ['src-a', 'src-b'],
    });
    expect(resolveFact(data, 'events:ev-raid', 'de-DE', 'figure').text).toBe('2.198');
  });
  it('defaults to a sensible field per table', () => {
    expect(resolveFact(data, 'places:mae-sot', 'en-GB').text).toBe('Mae Sot');
    expect(resolveFact(data, 'routes:rt-a', 'en-GB').text).toBe('600');
    expect(resolveFact(data, 'series:held-mm-2023', 'en-GB').text).toBe('120,000');
    expect(resolveFact(data, 'stats:as-of', 'en-GB').text).toBe('7 January 2026');
    expect(resolveFact(data, 'stats:events', 'en-GB').text).toBe('2');
  });
  it('shows names without their trailing aside unless the full text is asked for', () => {
    expect(shortName('Chen Zhi (Vincent)')).toBe('Chen Zhi');
    expect(shortName('Shwe Kokko (Yatai New City)')).toBe('Shwe Kokko');
    expect(shortName('(MNDAA)')).toBe('(MNDAA)');
    expect(resolveFact(data, 'places:kk-park', 'en-GB').text).toBe('KK Park');
  });
  it('fails clearly on unknown tables, ids, fields and empty cells', () => {
    expect(() => resolveFact(data, 'event:ev-raid', 'en-GB')).toThrow(/"event" is not a table/);
    expect(() => resolveFact(data, 'events:ev-rade', 'en-GB')).toThrow(/no row with id "ev-rade" in data\/events.csv/);
    expect(() => resolveFact(data, 'events:ev-raid', 'en-GB', 'figures')).toThrow(/has no field "figures"/);
    expect(() => resolveFact(data, 'events:ev-talks', 'en-GB', 'figure')).toThrow(/no value in "figure"/);
    expect(() => parseRef('ev-raid')).toThrow(FactError);
  });
});

describe('format', () => {
  it('dates by precision', () => {
    expect(formatDate('2025-11', 'en-GB')).toBe('November 2025');
    expect(formatDate('2025', 'en-GB')).toBe('2025');
    expect(formatDate('2025-11-12', 'en-GB', 'month')).toBe('November 2025');
  });
  it('never rounds a figure', () => {
    expect(formatNumber(127271, 'en-GB')).toBe('127,271');
    expect(formatNumber(16.6222, 'en-GB')).toBe('16.6222');
    expect(formatLarge(15_000_000_000, 'en-GB')).toBe('15 billion');
    expect(formatLarge(14_400_000_000, 'en-GB')).toBe('14.4 billion');
    expect(formatLarge(14_412_345_678, 'en-GB')).toBe('14,412,345,678');
  });
  it('counts words of MDX prose and reading time', () => {
    expect(countWords('---\ntitle: x\n---\nimport A from "a";\n\nOne <Fact id="events:x" /> two three.')).toBe(3);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(10)).toBe(1);
  });
});
