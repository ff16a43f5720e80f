/**
 * What a scrolly step asks its graphic to show: typed data, never code. A chapter writes it as a prop,
 * <Step id="moei-1" state={{ kind: 'map', view: { bbox: [97.9, 16.2, 99.1, 17.2] } }}>, which the story index checks
 * against src/story/schema.ts. The server renders each state as a static figure (no JS needed); scripts only
 * animate between them. Client scripts may import it: its one run-time import is ./ids.ts (no Zod); the types are
 * inferred from the schemas, and type-only imports are erased from the bundle.
 */
import type { z } from 'zod';
import type {
  ChartStepStateSchema,
  LocatorStepStateSchema,
  MapStepStateSchema,
  MapViewSchema,
  StepStateSchema,
} from './schema.ts';

export { CHART_IDS, MAP_LAYERS, SCROLLY_GRAPHICS, type ChartId, type MapLayer } from './ids.ts';

export type MapView = z.infer<typeof MapViewSchema>;
export type MapStepState = z.infer<typeof MapStepStateSchema>;
export type ChartStepState = z.infer<typeof ChartStepStateSchema>;
export type LocatorStepState = z.infer<typeof LocatorStepStateSchema>;
export type StepState = z.infer<typeof StepStateSchema>;
