// In a frame, the explainer tells the page around it how tall it is, so that the frame fits
// its content: in the pym.js, Datawrapper, AMP and WordPress formats. Plain JavaScript,
// independent of the app, so that it works even where WebAssembly does not.
//
// Sent: whole pixels rounded up; on load, when the fonts are ready, on every change of size
// (a debounced ResizeObserver), and in answer to pym's width messages; on its own never the
// same height twice in a row (a width message is answered even so). Received: only pym width
// messages, only from the parent frame; they never navigate and never change the page, they
// only ask for the height again.
(() => {
  'use strict';
  if (window.parent === window) return;
  const params = new URLSearchParams(location.search);
  const childId = params.get('childId');
  // The view: the page's own (`/embed/<view>/`), or `?embed=<view>` on the article's address.
  const view = /\/embed\/([\w-]+)(?:\/(?:index\.html)?)?$/.exec(location.pathname);
  const key = (view && view[1]) || params.get('embed') || 'explainer';
  const secret = (location.hash.match(/secret=([A-Za-z0-9_-]{1,64})/) || [])[1];
  const root = document.documentElement;
  let last = -1;

  const height = () => Math.ceil(root.getBoundingClientRect().height);

  function send(force) {
    const h = height();
    if (!force && h === last) return;
    last = h;
    const post = (m) => { try { window.parent.postMessage(m, '*'); } catch (_) { /* parent gone */ } };
    if (childId) post(`pymxPYMx${childId}xPYMxheightxPYMx${h}`);
    post({ 'datawrapper-height': { [key]: h } });
    post({ sentinel: 'amp', type: 'embed-size', height: h });
    if (secret) post({ message: 'height', value: h, secret });
  }

  let timer = 0;
  const soon = () => { clearTimeout(timer); timer = setTimeout(() => send(false), 50); };

  addEventListener('message', (e) => {
    if (e.source !== window.parent || !childId || typeof e.data !== 'string') return;
    const m = /^pymxPYMx(.+?)xPYMxwidthxPYMx(\d{1,5})$/.exec(e.data);
    if (!m || m[1] !== childId) return;
    const width = Math.min(Math.max(parseInt(m[2], 10), 0), 10000);
    if (width >= 0) send(true);
  });

  if (typeof ResizeObserver === 'function') new ResizeObserver(soon).observe(root);
  addEventListener('load', () => send(false));
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(() => send(false));
  send(false);
})();
