// Benchmark (not a test): transfer size of the release build, and in headless Chromium the time to
// the first chart and the slider-to-redraw latency, measured in one run beside the peer pages of
// ../shared/bench/peers (plain canvas, uPlot, Chart.js, Observable Plot) with their own harness.
//
//   cargo xtask bench             desktop profile (CPU x1, no throttling, DPR 1)
//   cargo xtask bench --mobile    mobile profile (CPU x4, slow 4G, DPR 2)
//   any other flag goes to the harness (e.g. --loads 5 --changes 150)
//
// The page contract: <input id="users">, marks first-draw / update-start / update-end. The app is
// opened at /#c1 so that the calculator's slider is in view in the harness's 1000x700 window.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const PEERS_SRC = path.resolve(ROOT, process.env.BENCH_PEERS || '../shared/bench/peers');
const WORK = path.join(ROOT, 'target/bench/peers');
const OUT = path.join(ROOT, 'bench-results');

const args = process.argv.slice(2);
const mobile = args.includes('--mobile');
const pass = args.filter((a) => a !== '--mobile');
const tag = mobile ? 'mobile' : 'desktop';
const profile = mobile ? ['--cpu', '4', '--net', 'slow4g', '--dpr', '2'] : [];

const sh = (cmd, argv, cwd) => {
  const r = spawnSync(cmd, argv, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status})`);
};

// 1. A private copy of the peers (../shared is read-only), with its own npm packages.
if (!fs.existsSync(PEERS_SRC)) throw new Error(`peer pages not found at ${PEERS_SRC} (set BENCH_PEERS)`);
fs.mkdirSync(WORK, { recursive: true });
for (const e of fs.readdirSync(PEERS_SRC)) {
  if (['node_modules', 'dist', 'results'].includes(e)) continue;
  fs.cpSync(path.join(PEERS_SRC, e), path.join(WORK, e), { recursive: true });
}
const lock = fs.readFileSync(path.join(WORK, 'package-lock.json'));
const stamp = path.join(WORK, 'node_modules/.bench-lock');
if (!fs.existsSync(stamp) || !fs.readFileSync(stamp).equals(lock)) {
  sh('npm', ['ci', '--no-audit', '--no-fund'], WORK);
  fs.writeFileSync(stamp, lock);
}
sh('node', ['build.mjs'], WORK);

// 2. Our transfer size, by the peers' method: raw, gzip -9, brotli q11 w24.
const gz9 = (b) => execFileSync('gzip', ['-9', '-n', '-c'], { input: b, maxBuffer: 1 << 30 }).length;
const br11 = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
  [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const kind = (f) => ({ '.wasm': 'wasm', '.js': 'JS', '.html': 'HTML', '.css': 'CSS' })[path.extname(f)] || 'other';
const files = fs.readdirSync(DIST).filter((f) => !f.startsWith('.') && fs.statSync(path.join(DIST, f)).isFile());
const per = Object.fromEntries(files.map((f) => { const b = fs.readFileSync(path.join(DIST, f)); return [f, { raw: b.length, gzip9: gz9(b), brotli11: br11(b) }]; }));
const total = (k) => Object.values(per).reduce((a, s) => a + s[k], 0);
const kb = (n) => (n / 1024).toFixed(1);
let sizes = `| file | kind | raw KiB | gzip -9 KiB | brotli 11 KiB |\n|---|---|---:|---:|---:|\n`;
for (const [f, s] of Object.entries(per).sort((a, b) => b[1].raw - a[1].raw)) sizes += `| ${f} | ${kind(f)} | ${kb(s.raw)} | ${kb(s.gzip9)} | ${kb(s.brotli11)} |\n`;
sizes += `| **whole first load** | | ${kb(total('raw'))} | ${kb(total('gzip9'))} | ${kb(total('brotli11'))} |\n`;
const sizesJson = path.join(WORK, 'results/sizes.json');
const rows = JSON.parse(fs.readFileSync(sizesJson)).filter((r) => r.name !== 'yew');
rows.push({ name: 'yew', label: 'this explainer (Rust/Yew/plotters, wasm)', files: per,
  total: { raw: total('raw'), gzip9: total('gzip9'), brotli11: total('brotli11') } });
fs.writeFileSync(sizesJson, JSON.stringify(rows, null, 2));

// 3. Serve our build with the peers' own server (COOP/COEP, brotli), warm its compression cache
//    so that serving costs no CPU during the run, and run the harness beside the peers.
const { serve } = await import(path.join(WORK, 'serve.mjs'));
const { srv, base } = await serve({ '/': DIST });
for (const f of ['', ...files]) await fetch(`${base}/${f}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
const child = (await import('node:child_process')).spawn('node',
  ['bench.mjs', '--tag', tag, ...profile, '--url', `yew=${base}/#c1`, ...pass], { cwd: WORK, stdio: 'inherit' });
const code = await new Promise((r) => child.on('exit', r));
srv.close();
if (code !== 0) throw new Error(`bench.mjs failed (${code})`);

const report = execFileSync('node', ['report.mjs', path.join(WORK, `results/bench-${tag}.json`)], { cwd: WORK, encoding: 'utf8' });
fs.mkdirSync(OUT, { recursive: true });
const text = `## Transfer size of the release build (${path.relative(ROOT, DIST)}/)\n\n${sizes}\n## Timings beside the peer pages\n\n${report}`;
fs.writeFileSync(path.join(OUT, `bench-${tag}.md`), text);
fs.copyFileSync(path.join(WORK, `results/bench-${tag}.json`), path.join(OUT, `bench-${tag}.json`));
console.log('\n' + text);
console.log(`(written to ${path.relative(ROOT, OUT)}/bench-${tag}.md)`);
