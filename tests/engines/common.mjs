// Shared by the cross-engine tests: the app served with a probe loaded first in its page, the
// host pages of tests/browser/hosts served from another origin, and a session per engine.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DIST, serve, serveHosts, shippedHeaders } from '../browser/harness.mjs';
import { startDriver, Session } from './webdriver.mjs';

// Loaded first in the page (same origin, so the Content-Security-Policy allows it): collects
// errors, failed loads, refused policies and requests to other origins, in any engine.
const PROBE = `(() => {
  const problems = (window.__problems = []);
  addEventListener('error', (e) => problems.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e.type)), true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + e.reason));
  addEventListener('securitypolicyviolation', (e) => problems.push('CSP refused ' + e.violatedDirective + ': ' + e.blockedURI));
  const error = console.error;
  console.error = (...a) => { problems.push('console error: ' + a.join(' ')); error.apply(console, a); };
  new PerformanceObserver((list) => {
    for (const r of list.getEntries()) if (new URL(r.name).origin !== location.origin && !r.name.startsWith('data:')) problems.push('foreign request: ' + r.name);
  }).observe({ type: 'resource', buffered: true });
})();`;

/** Starts the app's server and the hosts' server; resolves to { app, host, close }. */
export async function servers() {
  const work = path.join(ROOT, 'target/engines');
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'probe.js'), PROBE);
  fs.writeFileSync(path.join(work, 'phone.html'),
    '<!doctype html><html><body style="margin:0"><iframe id="phone" title="explainer" style="width:375px;height:812px;border:0"></iframe></body></html>');
  // The headers as dist/nginx.conf sends them: the serving origin named beside 'self' (see
  // docs/engines.md: WebKit and sandboxed frames).
  const headers = shippedHeaders();
  // /__prerendered/ and /__prerendered/en/: the built pages without their loader, as they
  // stand before the app takes over (the claim marks plain links, not yet made buttons).
  const app = await serve(DIST, {
    headers,
    extra: {
      '/__probe.js': path.join(work, 'probe.js'),
      '/__prerendered/': path.join(DIST, 'index.html'),
      '/__prerendered/en/': path.join(DIST, 'en/index.html'),
    },
    rewrite: (file, body, url) => {
      if (!file.endsWith('index.html')) return body;
      let page = String(body).replace('<head>', '<head><script src="/__probe.js"></script>');
      if (url.pathname.startsWith('/__prerendered/')) page = page.replace(/<script type="module">[^]*?<\/script>/, '');
      return Buffer.from(page);
    },
  });
  headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replaceAll("'self'", `'self' ${app.base}`);
  // News pages from another origin; /phone.html shows the page in a phone-wide frame.
  const host = await serveHosts(app.base, { '/phone.html': path.join(work, 'phone.html') });
  return { app, host, close: () => { app.server.close(); host.server.close(); } };
}

/** A driver and a session for the engine; `end()` quits both. */
export async function session(engine) {
  const driver = await startDriver(engine);
  try {
    const s = await Session.start(engine, driver.url);
    return { s, end: async () => { await s.quit().catch(() => {}); driver.stop(); } };
  } catch (e) {
    driver.stop();
    throw e;
  }
}
