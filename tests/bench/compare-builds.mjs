// Two or more built sites side by side, for deciding whether a change moves the numbers
// (BENCHMARKS.md, "How the numbers got here"): interleaved loads on the bench's phone profile
// and interleaved Lighthouse runs, medians per build. Not part of scripts/bench.
// Usage (a test wiki running; each folder a copy of dist/ after scripts/build):
//   WIKI_URL=http://127.0.0.1:8181 RUNS=10 LH_RUNS=5 node tests/bench/compare-builds.mjs /tmp/a /tmp/b
import { launch, serve, siteWith } from '../e2e/helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { MEETING_APP, MEETING_SESSIONS, median, phoneLoad } from './phone.mjs';

const dirs = process.argv.slice(2);
if (dirs.length < 2 || !process.env.WIKI_URL) {
  console.error('usage: WIKI_URL=… node tests/bench/compare-builds.mjs DIR_A DIR_B [DIR…]');
  process.exit(2);
}
const event = { 'events/vsn-peer-to-peer-support.json': demoEvent(process.env.WIKI_URL) };
const sites = await Promise.all(dirs.map(async (dir) => serve(await siteWith(event, dir))));
const row = (name, values) => console.log(`| ${name} | ${values.map((v) => Math.round(v)).join(' | ')} |`);
const header = (first) => {
  console.log(`| ${first} | ${dirs.join(' | ')} |`);
  console.log(`| --- |${dirs.map(() => ' ---: |').join('')}`);
};

const browser = await launch();
const loads = dirs.map(() => []);
for (let i = 0; i < (Number(process.env.RUNS) || 10); i++) {
  for (const [n, site] of sites.entries()) {
    loads[n].push(await phoneLoad(browser, site.url, MEETING_SESSIONS, MEETING_APP));
  }
}
await browser.close();
console.log(`Phone profile, median of ${loads[0].length} (ms):\n`);
header('metric');
for (const f of ['fcp', 'ready', 'lcp', 'app', 'blocking']) row(f === 'ready' ? 'sessions visible' : f, loads.map((l) => median(l.map((r) => r[f]))));

const { pages, load } = await lighthouseRuns(Object.fromEntries(sites.map((s, n) => [n, s.url])), Number(process.env.LH_RUNS) || 5);
console.log(`\nLighthouse (mobile, simulated), median of ${pages[0].length}, load before ${load.toFixed(2)} (ms):\n`);
header('metric');
for (const [name, id] of [['FCP', 'first-contentful-paint'], ['LCP', 'largest-contentful-paint'], ['Speed Index', 'speed-index'], ['TBT', 'total-blocking-time']]) {
  row(name, dirs.map((_, n) => median(pages[n].map((r) => r.audits[id].numericValue))));
}
for (const site of sites) site.stop();
process.exit(0);
