/** Whether this browser can run MapLibre (WebGL 2 or 1). A throwaway canvas, released at once. */
export function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    return !!gl;
  } catch {
    return false;
  }
}
