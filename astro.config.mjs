// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { loadSiteConfig } from './src/config/site.ts';
import { dataGate } from './src/integrations/data-gate.ts';
import { remarkFacts } from './src/lib/remark-facts.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.site,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // The data package is validated before anything is built: bad input publishes nothing.
  integrations: [dataGate(), mdx()],
  // The chapters' <Fact>/<Cite> checks are a remark plugin, so MDX runs on unified rather than Sätteri.
  markdown: { processor: unified({ remarkPlugins: [remarkFacts] }) },
  prefetch: false,
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
