/*! Sever the Chain embed resizer (MIT). Sizes every <iframe data-stc-embed> to its content.
 * The embedded page posts {type:'sever-the-chain:height', height} when its height changes.
 * Only messages from the iframe's own window are accepted: from its origin, or, for a frame sandboxed without
 * allow-same-origin (whose origin is opaque, "null"), from that opaque origin. */
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
      var sandbox = f.getAttribute('sandbox');
      var opaque = sandbox !== null && !/\ballow-same-origin\b/.test(sandbox);
      if (e.origin === 'null' ? !opaque : new URL(f.src, location.href).origin !== e.origin) return;
      f.style.height = Math.max(50, Math.min(d.height, 100000)) + 'px';
      f.removeAttribute('height');
    }
  });
})();
