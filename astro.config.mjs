// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { loadSiteConfig } from './src/config/site.ts';
import { dataGate } from './src/integrations/data-gate.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { siteOrigin } from './src/integrations/site-origin.ts';
import { remarkFacts } from './src/lib/remark-facts.ts';
import { remarkSiteLinks, siteLinksBase } from './src/lib/remark-links.ts';
import { CSP_DIRECTIVES } from './src/lib/csp.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.site,
  base: site.base,
  trailingSlash: 'always',
  // CSS is small: inlining it removes render-blocking requests (first paint on a slow phone network).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The data package is validated before anything is built: bad input publishes nothing.
  integrations: [dataGate(), siteOrigin(site), siteLinksBase(), mdx(), securityHeaders()],
  // The chapters' <Fact>/<Cite> checks are a remark plugin, so MDX runs on unified rather than Sätteri.
  // No code blocks to highlight (and Shiki's inline styles would need 'unsafe-inline' under the CSP).
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkFacts, remarkSiteLinks] }) },
  // A Content-Security-Policy on every page: Astro hashes every script and style it emits, the pages hash their
  // few inline ones (src/components/csp/), and src/lib/csp.ts has the rest of the policy. No 'unsafe-inline'.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-hashes'", kind: 'attribute' },
        ],
      },
    },
  },
  prefetch: false,
  devToolbar: { enabled: false },
  // No modulepreload polyfill/helper on every page: the only dynamic import is the lazily loaded map.
  // Web fonts are cut to the characters and weights the site uses (src/integrations/font-subset.ts).
  vite: {
    build: {
      assetsInlineLimit: 0,
      modulePreload: false,
      // The one chunk over Vite's 500 kB warning is MapLibre GL (about 1 MB), which a page loads only when a map
      // comes near the viewport; its cost is measured by `npm run bench`, not by a chunk-size rule of thumb.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX marks each chapter module with "use astro:head-inject" (how it hoists a chapter's styles
          // into <head>); the bundler's note that it cannot keep module-level directives is expected and harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    plugins: [fontSubset()],
  },
});
