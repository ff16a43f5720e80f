/**
 * Runs inside an embedded page: reports the document height to the host page whenever it changes,
 * in our own format and in the pym.js and Datawrapper formats (so hosts that already listen for
 * those size the frame without our script). Heights shrink as well as grow (pym.js #165).
 */
import { EMBED_MESSAGE } from '../../lib/embed-protocol.ts';

if (window.parent !== window) {
  const id = new URLSearchParams(location.search).get('id') ?? location.pathname;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE, id, height }, '*');
    window.parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx${height}`, '*');
    window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
}
