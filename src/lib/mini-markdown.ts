/**
 * A deliberately small Markdown-to-HTML converter for data/CHANGELOG.md entries, which a
 * newsroom edits by hand. It understands paragraphs, `-`/`*` bullet lists (a line indented
 * under a bullet continues it), `inline code`, **strong**, *emphasis* / _emphasis_ and
 * [links](https://…). Everything else is text: all HTML is escaped, and links other than
 * http(s), mailto, site-relative or #fragment are rendered as plain text.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const SAFE_HREF = /^(https?:\/\/|mailto:|\/|#|\.{0,2}\/)/i;

/** Converts one line (or joined lines) of inline Markdown to HTML. */
export function inlineMarkdown(text: string): string {
  // Code spans first, kept out of every other rule (their content is literal).
  const codes: string[] = [];
  const withoutCode = text.replace(/`([^`]+)`/g, (_, c: string) => `\u0000${codes.push(c) - 1}\u0000`);
  let html = escapeHtml(withoutCode);
  html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_whole: string, label: string, href: string) => {
    // href is already escaped; undo &amp; only to test the scheme, not to emit it.
    const raw = href.replace(/&amp;/g, '&');
    return SAFE_HREF.test(raw) ? `<a href="${href}">${label}</a>` : label;
  });
  html = html.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>');
  html = html.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1<em>$2</em>');
  html = html.replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\u0000(\d+)\u0000/g, (_, i: string) => `<code>${escapeHtml(codes[Number(i)]!)}</code>`);
}

/** Converts a block of Markdown (paragraphs and bullet lists) to HTML. */
export function miniMarkdown(md: string): string {
  const out: string[] = [];
  let para: string[] = [];
  let items: string[][] | undefined;

  const flushPara = () => {
    if (para.length) out.push(`<p>${inlineMarkdown(para.join(' '))}</p>`);
    para = [];
  };
  const flushList = () => {
    if (items) out.push(`<ul>${items.map((it) => `<li>${inlineMarkdown(it.join(' '))}</li>`).join('')}</ul>`);
    items = undefined;
  };

  for (const line of md.split(/\r?\n/)) {
    const bullet = /^\s{0,3}[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      flushPara();
      (items ??= []).push([bullet[1]!.trim()]);
    } else if (!line.trim()) {
      flushPara();
      flushList();
    } else if (items && /^\s+\S/.test(line)) {
      items[items.length - 1]!.push(line.trim());
    } else {
      flushList();
      para.push(line.trim());
    }
  }
  flushPara();
  flushList();
  return out.join('\n');
}
