/*! Sever the Chain embed resizer (MIT). Sizes every <iframe data-stc-embed> to its content.
 * The embedded page posts {type:'sever-the-chain:height', height} when its height changes.
 * Only messages from the iframe's own window are accepted: from its origin, or from the opaque origin ("null") a
 * frame has under sandbox="allow-scripts" without allow-same-origin (the window is then the only proof). */
(function () {
  if (window.__stcEmbed) return;
  window.__stcEmbed = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'sever-the-chain:height' || typeof d.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-stc-embed]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      if (e.origin !== 'null' && new URL(f.src, location.href).origin !== e.origin) return;
      f.style.height = Math.max(50, Math.min(d.height, 100000)) + 'px';
      f.removeAttribute('height');
    }
  });
})();
