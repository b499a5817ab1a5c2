// What the bench's own sections (start-up, updates, rounds, second visit) share: the device
// profiles on one page, through the Chrome DevTools Protocol, as the peers' harness sets them
// (the CPU slowed `cpu` times and, with `slow4g`, DevTools' slow 4G), the update times a page
// marked, and the median of their runs.

/** Chrome DevTools' slow 4G (latency ms, throughput bytes/s), as the peers' harness sets it. */
export const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024) / 8 * 0.9, uploadThroughput: (750 * 1024) / 8 * 0.9 };

/** Emulates a profile on a playwright `page` (before it navigates). */
export async function emulate(page, { cpu = 1, slow4g = false } = {}) {
  if (cpu <= 1 && !slow4g) return;
  const cdp = await page.context().newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (slow4g) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
}

/** The median (the lower middle of an even count); null for no values. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** The update times a page marked (`update-start` to `update-end`, ms), the first `limit`. */
export const updateTimes = (page, limit = Infinity) => page.evaluate((limit) => {
  const s = performance.getEntriesByName('update-start'), e = performance.getEntriesByName('update-end');
  return s.slice(0, Math.min(s.length, e.length, limit)).map((m, i) => e[i].startTime - m.startTime);
}, limit);
