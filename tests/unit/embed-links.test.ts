import { describe, expect, it } from 'vitest';
import { isEmbedPage, linksLeaveTheFrame } from '../../src/lib/embed-links.ts';
import { chapterLink } from '../../src/lib/remark-links.ts';

describe('links in an embed page', () => {
  it('open outside the frame, except links within the page and links that name a target', () => {
    const html =
      '<a href="/sources/#src-x" class="fact">2,198</a> <a href="#note-3" id="cite-3">3</a> ' +
      '<a href="/timeline/" target="_top">timeline</a> <a href=\'https://court.example/\' rel="external">court</a> <a id="x">no href</a>';
    expect(linksLeaveTheFrame(html)).toBe(
      '<a href="/sources/#src-x" class="fact" target="_blank" rel="noopener">2,198</a> <a href="#note-3" id="cite-3">3</a> ' +
        '<a href="/timeline/" target="_top">timeline</a> <a href=\'https://court.example/\' rel="external" target="_blank">court</a> <a id="x">no href</a>',
    );
  });
  it('are changed on embed pages only, not on the /embed/ index', () => {
    expect(isEmbedPage('/embed/charts/held/', '/')).toBe(true);
    expect(isEmbedPage('/scams/embed/map/moei-2/', '/scams/')).toBe(true);
    expect(isEmbedPage('/embed/', '/')).toBe(false);
    expect(isEmbedPage('/chapters/the-human-cost/', '/')).toBe(false);
  });
});

describe('a relative link in a chapter', () => {
  it('becomes a path from the site root, so it works one level deeper under /embed/', () => {
    expect(chapterLink('../../timeline/', '/')).toBe('/timeline/');
    expect(chapterLink('../../methods/#errors', '/projects/scams/')).toBe('/projects/scams/methods/#errors');
    expect(chapterLink('../the-human-cost/', '/')).toBe('/chapters/the-human-cost/');
  });
  it('leaves fragments, root paths and other sites alone', () => {
    for (const href of ['#note-1', '/sources/', 'https://www.ohchr.org/', 'mailto:desk@example.org'])
      expect(chapterLink(href, '/')).toBe(href);
  });
});

describe('links inside scripts and styles', () => {
  it('are left as they are (their text is hashed in the page policy)', () => {
    const html =
      '<script type="application/ld+json">{"a":"<a href=\\"/x/\\">"}</script><style>a{}</style><a href="/y/">y</a>';
    expect(linksLeaveTheFrame(html)).toBe(
      '<script type="application/ld+json">{"a":"<a href=\\"/x/\\">"}</script><style>a{}</style><a href="/y/" target="_blank" rel="noopener">y</a>',
    );
  });
});
