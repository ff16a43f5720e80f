/**
 * Type-level proof that a translation table with a missing key, or a sentence with the wrong parameters, fails
 * `npm run typecheck` (astro check covers tests/). Each `@ts-expect-error` below must meet an error: if the
 * `Translation` type stopped refusing such a table, the directive itself would be the error and the check would fail.
 * A new language is typed the same way: `export const zh: Translation = { … }` (src/i18n/<lang>/index.ts).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import type { Translation } from '../../src/i18n/index.ts';

/** A complete table in another language is a Translation (strings widen: the words may differ). */
const complete: Translation = { ...en, lang: 'zz', ui: { ...en.ui, skipLink: 'Zum Inhalt' } };

const { skipLink: _skipLink, ...uiWithoutSkipLink } = en.ui;
// @ts-expect-error ui.skipLink is missing
const missingNested: Translation = { ...en, ui: uiWithoutSkipLink };

const { pages: _pages, ...withoutPages } = en;
// @ts-expect-error a whole section (pages) is missing
const missingSection: Translation = withoutPages;

const { nav: _nav, ...uiWithoutNav } = en.ui;
// @ts-expect-error ui.nav is misspelt
const misspelt: Translation = { ...en, ui: { ...uiWithoutNav, naw: en.ui.nav } };

// @ts-expect-error a sentence takes the reference's parameters (minRead takes a number)
const wrongParameters: Translation = { ...en, ui: { ...en.ui, minRead: (n: string) => `${n.length} min` } };

describe('Translation (type check)', () => {
  it('accepts a complete table', () => expect(complete.ui.skipLink).toBe('Zum Inhalt'));
  it('the refused tables are what the directives say', () => {
    expect('skipLink' in missingNested.ui).toBe(false);
    expect('pages' in missingSection).toBe(false);
    expect('nav' in misspelt.ui).toBe(false);
    expect(wrongParameters.ui.minRead).toBeTypeOf('function');
  });
});
