/**
 * Astro integration: a build stops before it writes anything when `site` is still the template's placeholder
 * (https://example.org), naming the field to set. `astro check` and `astro dev` are not builds and go ahead.
 */
import type { AstroIntegration } from 'astro';
import { placeholderProblem, siteConfigPath, type SiteConfig } from '../config/site.ts';
import { relative } from 'node:path';

export function siteOrigin(config: SiteConfig): AstroIntegration {
  return {
    name: 'sever-the-chain:site-origin',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problem = placeholderProblem(config, relative(process.cwd(), siteConfigPath()) || 'site.config.json');
        if (!problem) return;
        logger.error(problem);
        throw new Error(`${problem} Nothing was built.`);
      },
    },
  };
}
