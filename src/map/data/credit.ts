/**
 * The credit the OpenStreetMap border extract (borders-osm.json) needs wherever it is drawn: its data is under the
 * Open Database License, which requires it. Its own module, free of the extract, so that client code (the live
 * map's style) can name it without bundling the geometry.
 */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
