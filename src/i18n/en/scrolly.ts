/**
 * The scrolly's own words (src/components/scrolly/Scrolly.astro renders them; the client element reads them from
 * data attributes, src/scripts/scrolly/scrolly-steps.ts).
 */
export const scrolly = {
  /** The mode toggle says what it will do: shown in scrolly mode. */
  toArticle: 'Read as article',
  /** …and in article mode. */
  toScrolly: 'Read as scrolly',
  /** The step buttons' accessible names (the buttons show ↑ and ↓). */
  previous: 'Previous step',
  next: 'Next step',
  /** The live announcement when the graphic changes: "Graphic, step 2 of 5: Map of…". `text` may be empty. */
  announce: (step: string, total: string, text: string) =>
    `Graphic, step ${step} of ${total}${text ? `: ${text}` : ''}`,
};
