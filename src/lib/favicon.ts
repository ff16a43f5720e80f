/**
 * The site icon, drawn in the site config's colours. src/assets/favicon.svg is a template: a colour written
 * `{{light.state}}` or `{{dark.compound}}` is that token of site.config.json `colors`, so a fork that changes its
 * colours changes its icon too (a fork may also draw its own icon, with tokens or plain colours). Base.astro inlines
 * the result in every page; /favicon.svg serves the same text.
 */
import template from '../assets/favicon.svg?raw';
import type { SiteConfig } from '../config/site.ts';

const TOKEN = /\{\{\s*(light|dark)\.([a-z]+)\s*\}\}/g;

/** `svg` with every `{{scheme.token}}` replaced by that colour; an unknown token is an error naming it. */
export function fillColors(svg: string, colors: SiteConfig['colors']): string {
  return svg.replace(TOKEN, (whole, scheme: 'light' | 'dark', token: string) => {
    const value = (colors[scheme] as Record<string, string>)[token];
    if (!value)
      throw new Error(
        `src/assets/favicon.svg: ${whole} is not a colour token; expected {{light.<token>}} or {{dark.<token>}} with a token of site.config.json "colors" (${Object.keys(colors.light).join(', ')})`,
      );
    return value;
  });
}

/** The favicon's SVG text in `colors`. */
export const favicon = (colors: SiteConfig['colors']) => fillColors(template, colors).trim();
