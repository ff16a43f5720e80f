/**
 * Runs inside an embedded page.
 * - Reports the document height to the host page whenever it changes (load, resize, fonts, a table opened),
 *   in our own format and in the pym.js and Datawrapper formats, so hosts that already listen for those size
 *   the frame without our script. Heights shrink as well as grow (pym.js #165).
 * - Says when the data has changed since the embed code was made: the code's address carries `?v=<version>`.
 */
import { EMBED_MESSAGE } from '../../lib/embed-protocol.ts';

const params = new URLSearchParams(location.search);

/**
 * WordPress's embed protocol: a WordPress host adds `#?secret=<id>` to the frame's address (and `data-secret` to the
 * iframe), sizes the frame from `{message: 'height', value, secret}`, and, since it sandboxes the frame without
 * popups, opens our links itself from `{message: 'link', value, secret}` (in the top window, for links to this site).
 */
const wpSecret = /[#&?]secret=([A-Za-z0-9]{1,32})(?:&|$)/.exec(location.hash)?.[1];

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
    if (wpSecret) window.parent.postMessage({ message: 'height', value: height, secret: wpSecret }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
  addEventListener('message', (e) => {
    if (e.source !== window.parent) return;
    // A pym.js parent asks for the height by sending the width; a WordPress host says it is ready. Answer both with
    // the current height.
    const pym = typeof e.data === 'string' && e.data.startsWith(`pymxPYMx${id}xPYMxwidth`);
    const wpReady = wpSecret && e.data?.message === 'ready' && e.data?.secret === wpSecret;
    if (pym || wpReady) {
      last = 0;
      post();
    }
  });
  if (wpSecret) {
    addEventListener('click', (e) => {
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (
        !(link instanceof HTMLAnchorElement) ||
        e.defaultPrevented ||
        (link.hash && link.pathname === location.pathname)
      )
        return;
      e.preventDefault();
      window.parent.postMessage({ message: 'link', value: link.href, secret: wpSecret }, '*');
    });
  }
}

const note = document.querySelector<HTMLElement>('[data-embed-version]');
const made = params.get('v');
const current = note?.dataset['current'];
// Only a data version (1.2.0, as data/CHANGELOG.md numbers them) is shown: the address is anyone's to write.
if (note && made && /^\d{1,6}\.\d{1,6}\.\d{1,6}$/.test(made) && current && made !== current) {
  note.textContent = `The data has been updated since this was embedded (version ${made}); it now shows version ${current}.`;
  note.hidden = false;
}
