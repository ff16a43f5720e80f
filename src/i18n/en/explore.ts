/**
 * The explore map's own words (/map/ and its embed: src/components/map/MapExplore.astro; the client element
 * src/scripts/map/map-explore.ts reads the ones it needs from data attributes). Page titles and the dek are in pages.
 */
export const explore = {
  /** Accessible name of the live map. */
  canvas: 'Interactive map. With the map focused, arrow keys pan and the plus and minus keys zoom.',
  /** The button over the static map where the live map waits to be asked for (touch screens, Save-Data). */
  start: 'Pan and zoom',
  loading: 'Loading the map…',
  loadingStatus: 'Loading the interactive map.',
  noWebgl:
    'This browser cannot draw the interactive map, so the layers and the date slider are not shown. The map above and the list below hold everything on it.',
  error:
    'The interactive map could not be loaded, so the layers and the date slider are not shown. The map above and the list below hold everything on it; reloading the page may bring the interactive map.',
  layers: 'Layers',
  layer: {
    compounds: 'Compounds and scam hubs',
    places: 'Towns and landmarks',
    events: 'Events',
    routes: 'Routes of people moved',
  },
  /** The date slider's label; its value is a month ("January 2026"), everything up to the end of that month. */
  until: 'Show what had happened by',
  listHeading: 'Everything on the map',
  /** "…are listed on the <a>timeline</a> instead." */
  listIntro: {
    before:
      'Every place, event and route the map draws, with its sources. Places without coordinates, events without a place and routes with an unknown end are listed on the ',
    link: 'timeline',
    after: ' instead.',
  },
  /** A layer's heading in the list: "Events (48)". */
  group: (layer: string, count: number) => `${layer} (${count})`,
  /** Each entry's button once the live map is there; the visually hidden part names the feature. */
  show: 'Show on map',
  sources: 'Sources:',
};
