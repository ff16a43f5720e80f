/** Moved to src/story/steps.ts (the story's vocabulary); this re-export goes once every import has moved. */
export * from '../story/steps.ts';
