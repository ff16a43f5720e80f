// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { loadSiteConfig } from './src/config/site.ts';
import { dataGate } from './src/integrations/data-gate.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { remarkFacts } from './src/lib/remark-facts.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.site,
  base: site.base,
  trailingSlash: 'always',
  // CSS is small: inlining it removes render-blocking requests (first paint on a slow phone network).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The data package is validated before anything is built: bad input publishes nothing.
  integrations: [dataGate(), mdx()],
  // The chapters' <Fact>/<Cite> checks are a remark plugin, so MDX runs on unified rather than Sätteri.
  markdown: { processor: unified({ remarkPlugins: [remarkFacts] }) },
  prefetch: false,
  devToolbar: { enabled: false },
  // No modulepreload polyfill/helper on every page: the only dynamic import is the lazily loaded map.
  // Web fonts are cut to the characters and weights the site uses (src/integrations/font-subset.ts).
  vite: { build: { assetsInlineLimit: 0, modulePreload: false }, plugins: [fontSubset()] },
});
