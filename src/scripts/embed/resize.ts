/**
 * Runs inside an embedded page.
 * - Reports the document height to the host page whenever it changes (load, resize, fonts, a table opened),
 *   in our own format and in the pym.js and Datawrapper formats, so hosts that already listen for those size
 *   the frame without our script. Heights shrink as well as grow (pym.js #165).
 * - Says when the data has changed since the embed code was made: the code's address carries `?v=<version>`.
 */
import { EMBED_MESSAGE } from '../../lib/embed-protocol.ts';

const params = new URLSearchParams(location.search);

if (window.parent !== window) {
  // pym.js parents name their child in ?childId=; our own code may pass ?id=.
  const id = params.get('childId') ?? params.get('id') ?? location.pathname;
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
  // A pym.js parent asks for the height by sending the width; answer with the current height.
  addEventListener('message', (e) => {
    if (e.source === window.parent && typeof e.data === 'string' && e.data.startsWith(`pymxPYMx${id}xPYMxwidth`)) {
      last = 0;
      post();
    }
  });
}

const note = document.querySelector<HTMLElement>('[data-embed-version]');
const made = params.get('v');
const current = note?.dataset['current'];
// Only a data version (1.2.0, as data/CHANGELOG.md numbers them) is shown: the address is anyone's to write.
if (note && made && /^\d{1,6}\.\d{1,6}\.\d{1,6}$/.test(made) && current && made !== current) {
  note.textContent = `The data has been updated since this was embedded (version ${made}); it now shows version ${current}.`;
  note.hidden = false;
}
