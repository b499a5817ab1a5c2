// For editors: add once to a page that embeds explainer frames, and each frame takes the height
// of its content. It listens for the frames' height messages (Datawrapper format) and accepts a
// message only from the frame it resizes, only a whole number of pixels between 50 and 20000.
(() => {
  'use strict';
  if (window.__explainerEmbed) return;
  window.__explainerEmbed = true;
  addEventListener('message', (e) => {
    const data = e.data && e.data['datawrapper-height'];
    if (!data || typeof data !== 'object') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== e.source) continue;
      for (const [key, value] of Object.entries(data)) {
        const h = Math.round(Number(value));
        if (!frame.src.includes(key) || !(h >= 50 && h <= 20000)) continue;
        frame.style.height = h + 'px';
      }
    }
  });
})();
