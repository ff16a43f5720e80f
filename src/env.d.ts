declare namespace App {
  interface Locals {
    /** Running count of <Fact> elements rendered on the current page (for unique tooltip ids). */
    factSeq?: number;
  }
}

declare module 'subset-font' {
  /** HarfBuzz subsetter (subset-font): a subset of `font` holding the glyphs for `text`. */
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'woff' | 'woff2';
      variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
      /** OpenType layout features to keep (default: all). */
      keepFeatures?: string[];
    },
  ): Promise<Buffer>;
}
