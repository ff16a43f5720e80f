import { describe, expect, it } from 'vitest';
import { WEBFONT_KEY, bootScript, deferEnhanceScript } from '../../src/lib/boot.ts';

const FONTS = ['/_astro/serif.abc.woff2', '/_astro/serif-italic.def.woff2'];

/** Just enough of a browser window for the boot script, with handles to drive it. */
function fakeWindow({ stored = null as string | null, framed = false, storageThrows = false, loading = true } = {}) {
  const storage = new Map<string, string>(stored === null ? [] : [[WEBFONT_KEY, stored]]);
  const attributes = new Map<string, string>();
  const listeners = new Map<string, () => void>();
  const links: { rel: string; as: string; href: string; crossOrigin: string; type: string; fire: () => void }[] = [];
  /** The content of the page's two Enhance templates, and the copies of it put in <head>. */
  const templates = [{ content: 'enhance-1' }, { content: 'enhance-2' }];
  const appended: string[] = [];
  let paintObserver:
    ((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect(): void }) => void) | null = null;
  let idle: (() => void) | null = null;
  const doc = {
    readyState: loading ? 'loading' : 'interactive',
    documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) },
    addEventListener: (type: string, fn: () => void) => listeners.set(`doc:${type}`, fn),
    querySelectorAll: (selector: string) =>
      selector === 'template[data-enhance]'
        ? templates.map((t) => ({ content: t.content, replaceWith: () => expect.unreachable('body changed') }))
        : [],
    importNode: (node: unknown) => node,
    createElement: () => {
      const link = { rel: '', as: '', href: '', crossOrigin: '', type: '', fire: () => {} };
      Object.assign(link, { addEventListener: (_: string, fn: () => void) => (link.fire = fn) });
      return link;
    },
    head: {
      append: (node: string | (typeof links)[number]) =>
        typeof node === 'string' ? appended.push(node) : links.push(node),
    },
  };
  const win: Record<string, unknown> = {
    document: doc,
    localStorage: {
      getItem: (k: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return storage.get(k) ?? null;
      },
      setItem: (k: string, v: string) => {
        if (storageThrows) throw new Error('SecurityError');
        storage.set(k, v);
      },
    },
    performance: { getEntriesByName: () => [] },
    PerformanceObserver: Object.assign(
      function (this: unknown, cb: typeof paintObserver) {
        paintObserver = cb;
        return { observe: () => {} };
      },
      { supportedEntryTypes: ['paint'] },
    ),
    addEventListener: (type: string, fn: () => void) => listeners.set(`win:${type}`, fn),
    requestIdleCallback: (fn: () => void) => (idle = fn),
    setTimeout: (fn: () => void) => (idle = fn),
  };
  win.top = framed ? {} : win;
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    run: () => new Function('window', bootScript(FONTS))(win),
    attributes,
    storage,
    links,
    appended,
    /** The browser reports the first contentful paint. */
    paint: async () => {
      paintObserver?.(
        { getEntriesByName: (n: string) => (n === 'first-contentful-paint' ? [{}] : []) },
        { disconnect: () => {} },
      );
      await flush();
    },
    parsed: async () => {
      listeners.get('doc:DOMContentLoaded')?.();
      await flush();
    },
    idle: async () => {
      idle?.();
      await flush();
    },
  };
}

describe('deferEnhanceScript', () => {
  it("wraps the page's Enhance script, as built and in dev, in an inert template", () => {
    const built = '<script type="module" src="/_astro/Enhance.astro_astro_type_script_index_0_lang.X1.js"></script>';
    const dev = '<script type="module" src="/src/components/Enhance.astro?astro&type=script&index=0&lang.ts"></script>';
    expect(deferEnhanceScript(`<p>a</p>${built}<p>b</p>`)).toBe(
      `<p>a</p><template data-enhance>${built}</template><p>b</p>`,
    );
    expect(deferEnhanceScript(dev)).toBe(`<template data-enhance>${dev}</template>`);
  });

  it('leaves every other script alone', () => {
    const html =
      '<script type="module" src="/_astro/Embed.astro_astro_type_script_index_0_lang.Y.js"></script><script>var a=1</script>';
    expect(deferEnhanceScript(html)).toBe(html);
  });
});

describe('boot script', () => {
  it('is a self-contained script', () => {
    const script = bootScript(FONTS);
    expect(() => new Function('window', script)).not.toThrow();
    expect(script).toContain(JSON.stringify(FONTS));
  });

  it('on a first visit: fallback font; behaviour after the first paint and the parse; then the font is prefetched and remembered', async () => {
    const w = fakeWindow();
    w.run();
    expect(w.attributes.has('data-webfont')).toBe(false);
    await w.paint();
    expect(w.appended).toEqual([]); // not parsed yet
    await w.parsed();
    expect(w.appended).toEqual(['enhance-1', 'enhance-2']);
    expect(w.links).toEqual([]); // the font waits for idle time
    await w.idle();
    expect(w.links.map((l) => [l.rel, l.as, l.href, l.crossOrigin, l.type])).toEqual(
      FONTS.map((href) => ['prefetch', 'font', href, '', 'font/woff2']),
    );
    w.links[0]!.fire();
    expect(w.storage.get(WEBFONT_KEY)).toBeUndefined(); // one of two files is not enough
    w.links[1]!.fire();
    expect(w.storage.get(WEBFONT_KEY)).toBe('1');
  });

  it('once the font is cached: the page uses it, asks the cache for it at once, and prefetches nothing', async () => {
    const w = fakeWindow({ stored: '1', loading: false });
    w.run();
    expect(w.attributes.get('data-webfont')).toBe('');
    expect(w.links.map((l) => [l.rel, l.as, l.href, l.crossOrigin, l.type])).toEqual(
      FONTS.map((href) => ['preload', 'font', href, '', 'font/woff2']),
    );
    await w.paint();
    expect(w.appended).toEqual(['enhance-1', 'enhance-2']);
    await w.idle();
    expect(w.links.map((l) => l.rel)).toEqual(['preload', 'preload']);
  });

  it('in a frame: behaviour as soon as the page is parsed, without waiting for a paint; no font prefetch', async () => {
    const w = fakeWindow({ framed: true });
    w.run();
    await w.parsed();
    expect(w.appended).toEqual(['enhance-1', 'enhance-2']);
    await w.idle();
    expect(w.links).toEqual([]);
  });

  it('with storage blocked: every page is a first visit, and nothing throws', async () => {
    const w = fakeWindow({ storageThrows: true, loading: false });
    expect(() => w.run()).not.toThrow();
    expect(w.attributes.has('data-webfont')).toBe(false);
    await w.paint();
    await w.idle();
    expect(() => w.links.forEach((l) => l.fire())).not.toThrow();
  });
});
