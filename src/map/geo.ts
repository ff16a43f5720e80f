/**
 * The map's one geometry module: coordinates and Web Mercator, the framing rule (projection.ts), boxes, rings and
 * clipping (planar.ts), and outline simplification (simplify.ts). Every map of the site (static SVG, live map,
 * locator, share card) and the routes take their geometry from here. The files in src/map/geo/ import nothing else
 * of the site.
 */
export * from './geo/projection.ts';
export * from './geo/planar.ts';
export * from './geo/simplify.ts';
