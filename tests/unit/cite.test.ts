import { describe, expect, it } from 'vitest';
import { citationBibtex, citationText } from '../../src/lib/cite.ts';

const c = {
  title: 'The human cost',
  authors: ['The Desk'],
  siteTitle: 'Sever the Chain',
  organisation: 'Example News & Co',
  url: 'https://example.org/chapters/the-human-cost/',
  dataVersion: '1.2.0',
  dataDate: '2026-11-25',
  slug: 'the-human-cost',
};

describe('chapter citations', () => {
  it('name the data version in the text', () => {
    expect(citationText(c)).toBe(
      'The Desk. “The human cost.” Sever the Chain, Example News & Co. Data version 1.2.0 (2026-11-25). https://example.org/chapters/the-human-cost/',
    );
  });
  it('write valid, escaped BibTeX with a versioned key', () => {
    const b = citationBibtex(c);
    expect(b.startsWith('@online{thehumancost2026v120,')).toBe(true);
    expect(b).toContain('organization = {Example News \\& Co},');
    expect(b).toContain('version = {1.2.0},');
    expect(b.trim().endsWith('}')).toBe(true);
  });
});
