// Lighthouse 12.2.3 (mobile, default simulated throttling) on wikimeet and on the MediaWiki page
// it replaces, interleaved, each run in a fresh Chromium; medians. Used by bench.mjs.
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The metrics compared, how each is read from a report, and which way is better. */
export const METRICS = [
  ['performance score', (r) => r.categories.performance.score * 100, 'higher'],
  ['accessibility', (r) => r.categories.accessibility.score * 100, 'higher'],
  ['best practices', (r) => r.categories['best-practices'].score * 100, 'higher'],
  ['FCP (ms)', (r) => r.audits['first-contentful-paint'].numericValue, 'lower'],
  ['LCP (ms)', (r) => r.audits['largest-contentful-paint'].numericValue, 'lower'],
  ['Speed Index (ms)', (r) => r.audits['speed-index'].numericValue, 'lower'],
  ['TBT (ms)', (r) => r.audits['total-blocking-time'].numericValue, 'lower'],
  ['CLS', (r) => r.audits['cumulative-layout-shift'].numericValue, 'lower'],
  ['bytes (KiB)', (r) => r.audits['total-byte-weight'].numericValue / 1024, 'lower'],
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits (up to 3 minutes) until the 1-minute load average is under 1 on this 2-core machine. */
export async function quietMachine() {
  for (let i = 0; i < 36 && loadavg()[0] >= 1; i++) await sleep(5000);
  return loadavg()[0];
}

/** One Lighthouse run in a fresh Chromium: the whole result (`lhr`, `artifacts`). `config`
 * adds to the default one (e.g. `{ extends: 'lighthouse:default', settings: {…} }`). */
export async function lighthouseOnce(url, config) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = require('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    return await lighthouse(url, {
      port: chrome.port, logLevel: 'error', output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    }, config);
  } finally {
    await chrome.kill();
  }
}

/** `runs` interleaved runs of each page; returns { pages: { name: [lhr…] }, load }. */
export async function lighthouseRuns(pages, runs) {
  const load = await quietMachine();
  const out = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(pages)) out[name].push((await lighthouseOnce(url)).lhr);
  }
  return { pages: out, load };
}
