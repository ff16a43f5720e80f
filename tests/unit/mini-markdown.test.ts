import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineMarkdown, miniMarkdown } from '../../src/lib/mini-markdown.ts';

describe('miniMarkdown', () => {
  it('renders bullets, joining indented continuation lines', () => {
    expect(miniMarkdown('- First line\n  continues here.\n- Second')).toBe(
      '<ul><li>First line continues here.</li><li>Second</li></ul>',
    );
  });
  it('renders paragraphs separated by blank lines, and a list after a paragraph', () => {
    expect(miniMarkdown('One\ntwo\n\nThree\n* item')).toBe('<p>One two</p>\n<p>Three</p>\n<ul><li>item</li></ul>');
  });
  it('returns nothing for an empty body', () => expect(miniMarkdown('')).toBe(''));
});

describe('inlineMarkdown', () => {
  it('renders code, strong and emphasis', () => {
    expect(inlineMarkdown('rename `people` → `person_ids`, **now** and *later* or _soon_')).toBe(
      'rename <code>people</code> → <code>person_ids</code>, <strong>now</strong> and <em>later</em> or <em>soon</em>',
    );
  });
  it('leaves underscores inside words alone', () =>
    expect(inlineMarkdown('date_precision and coord_precision')).toBe('date_precision and coord_precision'));
  it('keeps Markdown inside code literal', () => expect(inlineMarkdown('`**a**`')).toBe('<code>**a**</code>'));
  it('escapes HTML everywhere, including in code', () => {
    expect(inlineMarkdown('<script>alert("x")</script> `<b>`')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <code>&lt;b&gt;</code>',
    );
  });
  it('links safe addresses and drops unsafe ones to text', () => {
    expect(inlineMarkdown('[the page](https://example.org/a?b=1&c=2)')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2">the page</a>',
    );
    expect(inlineMarkdown('[notes](#v-1)')).toBe('<a href="#v-1">notes</a>');
    expect(inlineMarkdown('[click](javascript:alert(1))')).not.toContain('href');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters', () =>
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'));
});
