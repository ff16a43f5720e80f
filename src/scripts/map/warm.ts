/**
 * The live map's later requests, started early. MapLibre asks for its worker script only once its own chunk has
 * been compiled and run, and for its label font only once the worker has cut the first tiles: two more round
 * trips, one after the other, on the way to the map's first frame. Fetched here, alongside the chunk, they are
 * in the HTTP cache (the site's `_astro/` files are immutable) when MapLibre asks.
 *
 * Called only once the map is going live (WebGL is there), so a reader who gets the static map downloads none of it.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

export function warmLiveMap(fontUrl: string | undefined): void {
  for (const url of [workerUrl, fontUrl])
    if (url)
      // Read to the end: a response body left unread is not stored.
      void fetch(url)
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
}
