// Benchmark (not a test): one run prints every figure of the explainer's release build beside the
// peer pages of ../shared/bench/peers (plain canvas, uPlot, Chart.js, Observable Plot), measured
// with their own harness in the same headless Chromium, and the goals they are held to.
//
//   cargo xtask bench                     sizes, desktop and mobile runs, start-up, Lighthouse
//   cargo xtask bench --profile desktop   one profile only (desktop | mobile)
//   cargo xtask bench --no-lighthouse     skip Lighthouse
//   cargo xtask bench --lighthouse-runs 5 Lighthouse runs (median; default 3)
//   cargo xtask bench --rounds 5          interleaved rounds of the update goals (default 3;
//                                         0: the goals are judged on the harness's one run)
//   any other flag goes to the harness (e.g. --loads 5 --changes 150)
//   cargo xtask bench --updates [--compare DIR] [--cpu 4] [--sliders users,c1-capital]
//                                         update latency of a slider of each calculator, for
//                                         comparing two builds (bench/updates.mjs)
//
// Profiles: desktop = CPU x1, no network throttling, DPR 1; mobile = CPU x4, slow 4G, DPR 2.
// The page contract: <input id="users">, marks first-draw / update-start / update-end. The app is
// opened at /#c1 so that the calculator's slider is in view in the harness's 1000x700 window.
// Timings on a 2-core machine mean nothing while something else compiles: the harness waits for
// a quiet machine and flags a contaminated run.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync, spawn, spawnSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const PEERS_SRC = path.resolve(ROOT, process.env.BENCH_PEERS || '../shared/bench/peers');
const WORK = path.join(ROOT, 'target/bench/peers');
const LH_DIR = path.join(ROOT, 'target/bench/lighthouse');
const LH_VERSION = '12.2.3';
const OUT = path.join(ROOT, 'bench-results');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

// ---- options
const argv = process.argv.slice(2);
const take = (flag) => {
  const i = argv.indexOf(flag);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
if (argv.includes('--updates')) {
  const { updates } = await import('./updates.mjs');
  argv.splice(argv.indexOf('--updates'), 1);
  const compare = take('--compare');
  const cpu = Number(take('--cpu') ?? 1);
  const only = take('--sliders')?.split(',');
  const md = await updates(DIST, { compare: compare ? path.resolve(compare) : null, cpu, only });
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'updates.md'), md);
  console.log(md + '\n(written to bench-results/updates.md)');
  process.exit(0);
}
const only = take('--profile');
const lhRuns = Number(take('--lighthouse-runs') ?? 3);
const roundCount = Number(take('--rounds') ?? 3);
const noLh = argv.includes('--no-lighthouse');
const pass = argv.filter((a) => a !== '--no-lighthouse');
const PROFILES = { desktop: [], mobile: ['--cpu', '4', '--net', 'slow4g', '--dpr', '2'] };
// The same profiles for the start-up's tasks (no network throttling: it does not change them).
const STARTUP = { desktop: { cpu: 1, dpr: 1, viewport: { width: 1000, height: 700 } },
  mobile: { cpu: 4, dpr: 2, viewport: { width: 412, height: 823 } } };
if (only && !PROFILES[only]) throw new Error(`unknown profile ${only} (desktop | mobile)`);
const profiles = only ? [only] : Object.keys(PROFILES);

const sh = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
};
// Asynchronous, so that the server in this process keeps answering while the child runs.
const run = (cmd, args, opts) => new Promise((resolve, reject) => {
  const c = spawn(cmd, args, { stdio: 'inherit', ...opts });
  c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} failed (${code})`))));
});

// ---- 1. A private copy of the peers (../shared is read-only), with its own npm packages;
//         Lighthouse in its own directory (not a dependency of the tests).
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
const LH_BIN = path.join(LH_DIR, 'node_modules/.bin/lighthouse');
if (!noLh) {
  const pkg = path.join(LH_DIR, 'node_modules/lighthouse/package.json');
  if (!fs.existsSync(pkg) || JSON.parse(fs.readFileSync(pkg)).version !== LH_VERSION) {
    fs.mkdirSync(LH_DIR, { recursive: true });
    fs.writeFileSync(path.join(LH_DIR, 'package.json'), '{ "private": true }\n');
    sh('npm', ['install', '--no-audit', '--no-fund', '-E', `lighthouse@${LH_VERSION}`], LH_DIR);
  }
}

// ---- 2. Transfer size, by the peers' method (raw, gzip -9, brotli q11 w24). The first load is
//         what a reader's browser fetches for the page: index.html, what it links outside
//         <noscript>, the loader's imports and the wasm they fetch.
const gz9 = (b) => execFileSync('gzip', ['-9', '-n', '-c'], { input: b, maxBuffer: 1 << 30 }).length;
const br11 = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
  [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const kind = (f) => ({ '.wasm': 'wasm', '.js': 'JS', '.html': 'HTML', '.css': 'CSS' })[path.extname(f)] || 'other';
const files = fs.readdirSync(DIST).filter((f) => !f.startsWith('.') && fs.statSync(path.join(DIST, f)).isFile());
const read = (f) => fs.readFileSync(path.join(DIST, f), 'utf8');
const firstLoad = new Set(['index.html']);
const refs = (text) => [...text.matchAll(/["'(]\/?([\w.-]+\.(?:js|css|wasm))["')]/g)].map((m) => m[1]).filter((f) => files.includes(f));
const queue = [read('index.html').replace(/<noscript>[\s\S]*?<\/noscript>/g, '')];
while (queue.length) {
  for (const f of refs(queue.pop())) {
    if (firstLoad.has(f)) continue;
    firstLoad.add(f);
    if (f.endsWith('.js')) queue.push(read(f));
  }
}
// The loader in index.html names the WebAssembly it fetches; a first load without it is a
// miscount, not a smaller page.
if (![...firstLoad].some((f) => f.endsWith('.wasm'))) throw new Error(`no WebAssembly found in the first load: ${[...firstLoad]}`);
const per = Object.fromEntries(files.map((f) => {
  const b = fs.readFileSync(path.join(DIST, f));
  return [f, { raw: b.length, gzip9: gz9(b), brotli11: br11(b), first: firstLoad.has(f) }];
}));
const sum = (k, first) => Object.values(per).filter((s) => !first || s.first).reduce((a, s) => a + s[k], 0);
const kb = (n) => (n / 1024).toFixed(1);
let sizes = '| file | kind | first load | raw KiB | gzip -9 KiB | brotli 11 KiB |\n|---|---|---|---:|---:|---:|\n';
for (const [f, s] of Object.entries(per).sort((a, b) => b[1].raw - a[1].raw)) {
  sizes += `| ${f} | ${kind(f)} | ${s.first ? 'yes' : 'no'} | ${kb(s.raw)} | ${kb(s.gzip9)} | ${kb(s.brotli11)} |\n`;
}
sizes += `| **first load** | | | ${kb(sum('raw', true))} | ${kb(sum('gzip9', true))} | **${kb(sum('brotli11', true))}** |\n`;
sizes += `| all files | | | ${kb(sum('raw'))} | ${kb(sum('gzip9'))} | ${kb(sum('brotli11'))} |\n`;
// Each embeddable view's own page, in place of index.html when a frame loads a view (the
// app's files as above).
const EMBED = path.join(DIST, 'embed');
const embeds = fs.existsSync(EMBED) ? fs.readdirSync(EMBED).map((v) => [v, br11(fs.readFileSync(path.join(EMBED, v, 'index.html')))]) : [];
if (embeds.length) {
  embeds.sort((a, b) => a[1] - b[1]);
  const [small, large] = [embeds[0], embeds[embeds.length - 1]];
  sizes += `\nEach view's own page for frames (\`embed/<view>/index.html\`, ${embeds.length} views; the app's files as above): ` +
    `brotli ${kb(small[1])} KiB (${small[0]}) to ${kb(large[1])} KiB (${large[0]}), against ${kb(per['index.html'].brotli11)} KiB for the article's page.\n`;
}
const firstLoadBr = sum('brotli11', true);
const sizesJson = path.join(WORK, 'results/sizes.json');
const peerSizes = JSON.parse(fs.readFileSync(sizesJson)).filter((r) => r.name !== 'yew');
const firstFiles = Object.fromEntries(Object.entries(per).filter(([, s]) => s.first));
fs.writeFileSync(sizesJson, JSON.stringify([...peerSizes, { name: 'yew', label: 'this explainer (Rust/Yew/plotters, wasm)',
  files: firstFiles, total: { raw: sum('raw', true), gzip9: sum('gzip9', true), brotli11: firstLoadBr } }], null, 2));

// ---- 3. Serve the build with the peers' own server (COOP/COEP, brotli), warm its compression
//         cache so that serving costs no CPU during the runs, and run the harness per profile.
const { serve } = await import(path.join(WORK, 'serve.mjs'));
// The two peers the update goals name are also served beside the app, for the interleaved rounds.
const { srv, base } = await serve({ '/': DIST, canvas: path.join(WORK, 'dist/canvas'), uplot: path.join(WORK, 'dist/uplot') });
for (const f of ['', ...files]) await fetch(`${base}/${f}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
const results = {};
try {
  for (const p of profiles) {
    await run('node', ['bench.mjs', '--tag', p, ...PROFILES[p], '--url', `yew=${base}/#c1`, ...pass], { cwd: WORK });
    results[p] = JSON.parse(fs.readFileSync(path.join(WORK, `results/bench-${p}.json`)));
  }

  // ---- 4. The app's start-up: the takeover and the main thread's tasks after the first paint.
  const { startup } = await import('./startup.mjs');
  const st = await startup(`${base}/`, Object.fromEntries(profiles.map((p) => [p, STARTUP[p]])));
  results.startup = st.results;
  results.startupMd = st.md;

  // ---- 4a. The update goals' figures in interleaved rounds (bench/rounds.mjs).
  if (roundCount > 0) {
    const { rounds } = await import('./rounds.mjs');
    const rd = await rounds({ yew: `${base}/#c1`, canvas: `${base}/canvas/`, uplot: `${base}/uplot/` },
      Object.fromEntries(profiles.map((p) => [p, { cpu: STARTUP[p].cpu, dpr: STARTUP[p].dpr }])), { count: roundCount });
    results.rounds = rd.results;
    results.roundsMd = rd.md;
  }

  // ---- 4b. A reader's second visit, with the caching rules the site ships.
  const { revisit } = await import('./revisit.mjs');
  const rv = await revisit(DIST, Object.fromEntries(profiles.map((p) => [p, { cpu: STARTUP[p].cpu, dpr: STARTUP[p].dpr, slow4g: p === 'mobile' }])));
  results.revisit = rv.results;
  results.revisitMd = rv.md;

  // ---- 5. Lighthouse with its default mobile settings (simulated slow 4G, 4x CPU), a few runs,
  //         the run with the median performance score reported.
  if (!noLh) {
    const runs = [];
    for (let i = 0; i < lhRuns; i++) {
      const out = path.join(ROOT, `target/bench/lighthouse-${i}.json`);
      // Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is tried
      // again, twice at most, so that one flake does not lose the figures measured above.
      for (let attempt = 1; ; attempt++) {
        try {
          await run(LH_BIN, [`${base}/`, '--quiet', '--output', 'json', '--output-path', out,
            '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
          { env: { ...process.env, CHROME_PATH: CHROME } });
          break;
        } catch (e) {
          if (attempt === 3) throw e;
          console.warn(`Lighthouse run ${i + 1} failed (${e.message}); trying again`);
        }
      }
      runs.push(JSON.parse(fs.readFileSync(out)));
    }
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    results.lighthouse = runs[Math.floor(runs.length / 2)];
    results.lighthouseRuns = runs.map((r) => r.categories.performance.score);
  }
} finally {
  srv.close();
}

// ---- 6. The report: each profile's table from the harness, then one summary with the ratios
//         to each peer and the goals.
const PEERS = ['canvas', 'uplot', 'chartjs', 'plot'];
const f0 = (x) => (x == null ? '-' : x.toFixed(0)), f2 = (x) => (x == null ? '-' : x.toFixed(2));
const mib = (x) => (x == null ? '-' : (x / 1048576).toFixed(1));
const ratio = (a, b) => (a == null || !b ? '-' : `${(a / b).toFixed(2)}×`);
const row = (label, ours, peer, fmt) => `| ${label} | ${fmt(ours)} | ${PEERS.map((n) => `${fmt(peer(n))} (${ratio(ours, peer(n))})`).join(' | ')} |\n`;
let summary = `| figure | this explainer | ${PEERS.map((n) => `${n} (ours ÷ it)`).join(' | ')} |\n|---|---:|${PEERS.map(() => '---:').join('|')}|\n`;
summary += row('first load, brotli KiB', firstLoadBr, (n) => peerSizes.find((s) => s.name === n)?.total.brotli11, (x) => (x == null ? '-' : kb(x)));
const goals = [];
const goal = (text, ok) => goals.push(`- [${ok ? 'x' : ' '}] ${text}`);
goal(`whole first load at most 150 KB brotli: ${kb(firstLoadBr)} KiB`, firstLoadBr <= 150 * 1024);
for (const p of profiles) {
  const r = results[p];
  const L = (n) => r.load[n], I = (n) => r.inter[n];
  summary += row(`${p}: first contentful paint, ms`, L('yew').fcp?.median, (n) => L(n)?.fcp?.median, f0);
  summary += row(`${p}: first chart drawn, ms`, L('yew').firstDraw?.median, (n) => L(n)?.firstDraw?.median, f0);
  summary += row(`${p}: update median, ms`, I('yew').update?.median, (n) => I(n)?.update?.median, f2);
  summary += row(`${p}: update p95, ms`, I('yew').update?.p95, (n) => I(n)?.update?.p95, f2);
  summary += row(`${p}: input to next frame p95, ms`, I('yew').toFrame?.p95, (n) => I(n)?.toFrame?.p95, f2);
  summary += row(`${p}: memory after 300 changes (JS, DOM, wasm), MiB`, I('yew').memAfter?.uasmBytes, (n) => I(n)?.memAfter?.uasmBytes, mib);
  // The update goals: from the interleaved rounds where they ran (the harness's one run above
  // is one sample of each page; see bench/rounds.mjs).
  const R = results.rounds?.[p];
  const p95 = (n) => (R ? R[n].p95 : I(n).update?.p95);
  const how = R ? `${roundCount} interleaved rounds` : 'one run';
  if (R) summary += row(`${p}: update p95 in ${how}, ms`, p95('yew'), (n) => R[n]?.p95, f2);
  // Compared in whole nanoseconds: the samples are multiples of the timer's 5 µs, and two equal
  // quantiles can differ in their last bits of floating point (0.520000003 and 0.519999996 ms).
  const ns = (ms) => Math.round(ms * 1e6);
  goal(`${p}: update p95 no slower than uPlot's (${how}): ${f2(p95('yew'))} vs ${f2(p95('uplot'))} ms`, ns(p95('yew')) <= ns(p95('uplot')));
  goal(`${p}: update p95 within 1.5× plain canvas (${how}): ${ratio(p95('yew'), p95('canvas'))}`, ns(p95('yew')) <= ns(1.5 * p95('canvas')));
  goal(`${p}: first contentful paint no later than plain canvas: ${f0(L('yew').fcp?.median)} vs ${f0(L('canvas').fcp?.median)} ms`,
    L('yew').fcp?.median <= L('canvas').fcp?.median);
  if (r.env?.foreignCpuFraction > 0.05) summary += `| ${p}: CONTAMINATED (other processes used ${(r.env.foreignCpuFraction * 100).toFixed(0)} % of the machine): rerun | | | | | |\n`;
}
let lighthouse = '';
if (results.lighthouse) {
  const lh = results.lighthouse, m = lh.audits.metrics.details.items[0];
  const scores = Object.fromEntries(Object.entries(lh.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
  lighthouse = `Lighthouse ${lh.lighthouseVersion}, default mobile settings (simulated slow 4G, 4× CPU), ` +
    `median of ${results.lighthouseRuns.length} runs (performance ${results.lighthouseRuns.map((s) => Math.round(s * 100)).join(', ')}).\n\n` +
    `| performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms | TTI ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n` +
    `| ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ${f0(m.firstContentfulPaint)} | ${f0(m.largestContentfulPaint)} | ${f0(m.totalBlockingTime)} | ${m.cumulativeLayoutShift.toFixed(3)} | ${f0(m.speedIndex)} | ${f0(m.interactive)} |\n`;
  const below = [];
  for (const c of Object.values(lh.categories)) for (const ref of c.auditRefs) {
    const a = lh.audits[ref.id];
    if (ref.weight > 0 && a.score != null && a.score < 1) below.push(`${c.title}: ${a.title} (${a.displayValue || a.score})`);
  }
  if (below.length) lighthouse += `\nBelow full marks: ${below.join('; ')}.\n`;
  const all100 = Object.values(scores).every((s) => s === 100);
  goal(`Lighthouse 100 in all four: ${Object.values(scores).join(' / ')}`, all100);
  goal(`Lighthouse largest contentful paint at most 1.0 s: ${f0(m.largestContentfulPaint)} ms`, m.largestContentfulPaint <= 1000);
}

const harness = profiles.map((p) => execFileSync('node', ['report.mjs', path.join(WORK, `results/bench-${p}.json`)], { cwd: WORK, encoding: 'utf8' })).join('\n');
const text = `# Benchmark of the release build (${new Date().toISOString().slice(0, 10)})\n\n` +
  `## Summary beside the peers\n\n${summary}\n## Goals\n\n${goals.join('\n')}\n\n` +
  (lighthouse ? `## Lighthouse\n\n${lighthouse}\n` : '') +
  `## Start-up\n\nThe takeover of the prerendered page (marks takeover-start to takeover-end) and the main ` +
  `thread's tasks from the first contentful paint to its end; medians of 5 cold loads.\n\n${results.startupMd}\n` +
  (results.roundsMd ? `## Update latency in interleaved rounds\n\nThe update goals' pages (this explainer, plain canvas, ` +
    `uPlot), each in a fresh browser per round, in a rotating order, ${roundCount} rounds of 300 moves (mouse drag, ` +
    `trusted events) per profile; the figures pool the rounds (bench/rounds.mjs).\n\n${results.roundsMd}\n` : '') +
  `## Second visit\n\nThe same reader again, with the caching rules of \`_headers\` (the app's files, named by ` +
  `their bytes, kept for a year), beside the first visit; served with brotli; the page at #c1; medians of 3 pairs.\n\n${results.revisitMd}\n` +
  `## Transfer size (${path.relative(ROOT, DIST)}/)\n\n${sizes}\n## Harness tables\n\n${harness}`;
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'bench.md'), text);
fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify({ sizes: per, firstLoadBr, ...Object.fromEntries(profiles.map((p) => [p, results[p]])),
  startup: results.startup, rounds: results.rounds,
  revisit: results.revisit,
  lighthouse: results.lighthouse ? { categories: results.lighthouse.categories, metrics: results.lighthouse.audits.metrics.details.items[0], runs: results.lighthouseRuns } : null }, null, 2));
console.log('\n' + text);
console.log(`(written to ${path.relative(ROOT, OUT)}/bench.md and bench.json)`);
