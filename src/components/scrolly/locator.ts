/**
 * The locator's compute moved to src/map/locator.ts (with the map's one projection, simplifier and label placer).
 * Kept only for tests/unit/scrolly.test.ts, which imports `simplify` from here: remove once it imports it from
 * src/map/geo.ts.
 */
export { simplify } from '../../map/geo.ts';
