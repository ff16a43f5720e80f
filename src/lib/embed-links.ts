/**
 * Links in an embedded page leave the frame. A reader who follows a fact's source, a note or "the timeline" from a
 * chapter embedded in a course page should get that page in a new tab, not the whole site squeezed into the
 * student's frame. Links within the page (`#…`: notes, the skip link) stay where they are. The middleware applies
 * this to every embed page as it is built; a link that already names a target keeps it.
 */

/** Adds `target="_blank" rel="noopener"` to every <a href> of `html` that leaves the page and names no target. */
export function linksLeaveTheFrame(html: string): string {
  // Not inside scripts and styles: their text is hashed in the page's Content-Security-Policy.
  return html
    .split(/(<(script|style)\b[\s\S]*?<\/\2>)/i)
    .map((part, i) => (i % 3 === 0 ? retarget(part) : i % 3 === 1 ? part : ''))
    .join('');
}

function retarget(html: string): string {
  return html.replace(/<a\b([^>]*)>/gi, (tag, attrs: string) => {
    const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    if (!href) return tag;
    const value = href[1] ?? href[2] ?? '';
    if (value.startsWith('#') || /\starget\s*=/i.test(attrs)) return tag;
    const rel = /\srel\s*=/i.test(attrs) ? '' : ' rel="noopener"';
    return `<a${attrs} target="_blank"${rel}>`;
  });
}

/** Whether a built page is an embed page (under `<base>embed/`, but not the /embed/ index, a page of the site). */
export function isEmbedPage(pathname: string, base: string): boolean {
  const prefix = `${base.replace(/\/?$/, '/')}embed/`;
  return pathname.startsWith(prefix) && pathname !== prefix;
}
