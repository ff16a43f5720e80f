/**
 * The story's fixed vocabulary: the charts a step can show, the map layers it can switch on, the graphics a
 * scrolly can hold. Dependency-free, so the schemas, the server and the client scripts all import it.
 */
/** Ids of the charts the story can show (src/charts/). */
export const CHART_IDS = ['held', 'crackdown', 'moved', 'money', 'chain'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Map layers that a step can switch on, in drawing order. */
export const MAP_LAYERS = ['compounds', 'places', 'events', 'routes'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** What a <Scrolly>'s sticky panel holds. */
export const SCROLLY_GRAPHICS = ['map', 'chart', 'locator'] as const;
