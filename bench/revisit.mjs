// A reader's second visit: what the browser fetches again and how soon the first chart is
// drawn, with the caching rules the site ships (`_headers`: the app's files, named by their
// bytes, kept for a year), beside the first visit; files served with brotli. Each pair of
// visits shares one browser context (its HTTP cache); the next pair starts cold. Fetched sizes
// are the brotli sizes of the files the server was asked for; medians of `pairs` pairs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch } from '../tests/browser/harness.mjs';
import { emulate, median } from './common.mjs';

/** `profiles`: { name: { cpu, dpr, slow4g } }; returns { md, results }. */
export async function revisit(dist, profiles, pairs = 3) {
  const brotli = new Map();
  const size = (p) => {
    const file = path.join(dist, p === '/' ? 'index.html' : decodeURIComponent(p));
    if (!brotli.has(file)) brotli.set(file, fs.existsSync(file) ? zlib.brotliCompressSync(fs.readFileSync(file)).length : 0);
    return brotli.get(file);
  };
  const app = await serve(dist, { caching: true, compress: true });
  const asked = [];
  app.server.on('request', (req) => asked.push(new URL(req.url, 'http://x').pathname));
  const browser = await launch();
  let md = '| profile | first visit: fetched KiB | first chart, ms | second visit: fetched KiB | first chart, ms |\n|---|---:|---:|---:|---:|\n';
  const results = {};
  try {
    for (const [name, { cpu, dpr, slow4g }] of Object.entries(profiles)) {
      const runs = [];
      for (let i = 0; i < pairs; i++) {
        const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: dpr });
        const pair = [];
        for (let v = 0; v < 2; v++) {
          const page = await context.newPage();
          await emulate(page, { cpu, slow4g });
          asked.length = 0;
          await page.goto(`${app.base}/#c1`);
          await page.waitForFunction(() => performance.getEntriesByName('first-draw').length > 0, null, { timeout: 60000 });
          const drawn = await page.evaluate(() => performance.getEntriesByName('first-draw')[0].startTime);
          pair.push({ kib: asked.reduce((sum, p) => sum + size(p), 0) / 1024, drawn });
          await page.close();
        }
        await context.close();
        runs.push(pair);
      }
      const m = (v, k) => median(runs.map((r) => r[v][k]));
      results[name] = { first: { kib: m(0, 'kib'), drawn: m(0, 'drawn') }, second: { kib: m(1, 'kib'), drawn: m(1, 'drawn') } };
      md += `| ${name} | ${m(0, 'kib').toFixed(1)} | ${m(0, 'drawn').toFixed(0)} | ${m(1, 'kib').toFixed(1)} | ${m(1, 'drawn').toFixed(0)} |\n`;
    }
  } finally {
    await browser.close();
    app.server.close();
  }
  return { md, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] || 'dist');
  const { md } = await revisit(dist, { desktop: { cpu: 1, dpr: 1 }, mobile: { cpu: 4, dpr: 2, slow4g: true } });
  console.log(md);
}
