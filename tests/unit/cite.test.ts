import { describe, expect, it } from 'vitest';
import { apaDate, citationBibtex, citationText, retrievedDate } from '../../src/lib/cite.ts';
import { strings } from '../../src/i18n/index.ts';

const words = strings('en').share.citation;

const c = {
  title: 'The human cost',
  authors: ['The Desk'],
  siteTitle: 'Sever the Chain',
  organisation: 'Example News & Co',
  url: 'https://example.org/chapters/the-human-cost/',
  dataVersion: '1.2.0',
  dataDate: '2026-11-05',
  slug: 'the-human-cost',
  medium: 'Interactive chapter',
};

describe('citations', () => {
  it('are APA-like and name the data version and the access date', () => {
    expect(citationText(c, words, '2027-01-09')).toBe(
      'The Desk. (2026, November 5). The human cost [Interactive chapter]. Sever the Chain, Example News & Co. Data version 1.2.0. Retrieved January 9, 2027, from https://example.org/chapters/the-human-cost/',
    );
  });
  it('leave a visible placeholder when the access date is not known (no JavaScript)', () => {
    expect(citationText(c, words)).toContain('Retrieved [date accessed], from');
  });
  it('write valid, escaped BibTeX with a versioned key', () => {
    const b = citationBibtex({ ...c, slug: 'charts/held' }, words, '2027-01-09');
    expect(b.startsWith('@online{chartsheld2026v120,')).toBe(true);
    expect(b).toContain('organization = {Example News \\& Co},');
    expect(b).toContain('version = {1.2.0},');
    expect(b).toContain('urldate = {2027-01-09},');
    expect(b.trim().endsWith('}')).toBe(true);
  });
  it('take the month names from the language (CLDR), in APA order', () => {
    expect(apaDate('2026-11-05')).toBe('2026, November 5');
    expect(retrievedDate('2027-01-09')).toBe('January 9, 2027');
    expect(citationBibtex(c, words)).toContain('urldate = {[date accessed]},');
  });
});
