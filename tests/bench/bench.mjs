// The performance bench: sizes of the first view, time to sessions and LCP under phone-class
// throttling for wikimeet and for the MediaWiki page it replaces (same run, same throttling),
// and API requests per flow. It measures and prints; it does not pass or fail a test run.
// Run through scripts/bench, which builds, starts the wiki and writes BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, siteDir, siteWith, signInOnWiki } from '../e2e/helpers.mjs';
import { largestFirstView } from '../e2e/first-view.mjs';
import { lighthouseRuns, METRICS } from './lighthouse.mjs';
import { mainThreadCompile } from './wasm-compile.mjs';
import { MEETING_APP, MEETING_SESSIONS, median, phoneLoad } from './phone.mjs';
import { demoEvent, inFuture } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_URL;
const RUNS = Number(process.env.RUNS || 5);
const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const PAGE = 'Volunteer_Supporters_Network/VSN_peer-to-peer_support';
const out = [];
const say = (line = '') => { console.log(line); out.push(line); };
const kb = (n) => (n / 1024).toFixed(1);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
// The issue's targets: room under the gate that scripts/test enforces.
const FIRST_VIEW_TARGET = 150;
const FIRST_VIEW_GATE = 160;

// 1. What the first view loads, measured in the browser in every shipped language: each file
// the page fetched from the site until the app runs, compressed as a host would send it.
const browser = await launch();
const chromiumVersion = browser.version();
const sizeSite = await serve(siteDir);
const views = await largestFirstView(browser, sizeSite.url, siteDir);
sizeSite.stop();
const largest = views[views.length - 1];
say(`## First view: sizes (KB; largest language: ${largest.lang})`);
say('');
say('| file | raw | gzip | brotli |');
say('| --- | ---: | ---: | ---: |');
for (const r of [...largest.rows, largest.total]) {
  const name = r.file === 'total' ? '**total**' : r.file.replace(/-[0-9a-f]{8,}/, '-…');
  say(`| ${name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
}
say('');
say(`Per language (brotli / gzip KB): ${views.map((v) => `${v.lang} ${kb(v.total.brotli)} / ${kb(v.total.gzip)}`).join(', ')}.`);
say('');
const worst = largest.total.brotli;
say(`Target: first view ≤ ${FIRST_VIEW_TARGET} KB brotli in the largest language (the test's gate is ${FIRST_VIEW_GATE} KB): ${kb(worst)} KB (gzip ${kb(largest.total.gzip)} KB) → ${verdict(worst <= FIRST_VIEW_TARGET * 1024)}`);
say('');
const pageAlone = largest.rows.find((r) => r.file === 'index.html').brotli;
say(`Of that, the sessions in local time need only index.html (its stylesheet and early.js are inline): ${kb(pageAlone)} KB brotli; the rest makes the page interactive.`);
say('');

// 2. Time to sessions and LCP, throttled like a cheap phone on slow 4G.
// The event reads the local wiki, as a visitor's page reads its wiki: with the stock event,
// whose wiki this machine cannot reach, the lists fail at once, less work than a real load.
const wikiSite = await serve(await siteWith({ 'events/vsn-peer-to-peer-support.json': demoEvent(WIKI) }));
const runs = { app: [], wiki: [] };
for (let i = 0; i < RUNS; i++) {
  runs.app.push(await phoneLoad(browser, wikiSite.url, MEETING_SESSIONS, MEETING_APP));
  runs.wiki.push(await phoneLoad(browser, `${WIKI}/index.php/${PAGE}`, '#Tuesday_27th_February\\,_time_17_UTC'));
}
const m = (k, f) => median(runs[k].map((r) => r[f]));
const appRunning = m('app', 'app');
const blocking = m('app', 'blocking');
say(`## Throttled load (4x CPU, slow 4G, 360 px; median of ${RUNS})`);
say('');
say('| page | sessions visible (ms) | LCP (ms) | app running (ms) | blocking time after the first paint (ms) |');
say('| --- | ---: | ---: | ---: | ---: |');
say(`| wikimeet | ${m('app', 'ready').toFixed(0)} | ${m('app', 'lcp').toFixed(0)} | ${appRunning.toFixed(0)} | ${blocking.toFixed(0)} |`);
say(`| MediaWiki page (local, index.php) | ${m('wiki', 'ready').toFixed(0)} | ${m('wiki', 'lcp').toFixed(0)} | — | ${m('wiki', 'blocking').toFixed(0)} |`);
const ratio = m('app', 'ready') / m('wiki', 'ready');
say(`| ratio wikimeet / MediaWiki | ${ratio.toFixed(2)} | ${(m('app', 'lcp') / m('wiki', 'lcp')).toFixed(2)} | |`);
say('');
say(`Each run, sessions visible (ms): wikimeet ${runs.app.map((r) => r.ready.toFixed(0)).join(', ')}; MediaWiki ${runs.wiki.map((r) => r.ready.toFixed(0)).join(', ')}.`);
say(`Each run, blocking time (ms): wikimeet ${runs.app.map((r) => r.blocking.toFixed(0)).join(', ')}; MediaWiki ${runs.wiki.map((r) => r.blocking.toFixed(0)).join(', ')}.`);
say('');
say('"Sessions visible": the first moment the sessions are in the page in local time and painted (not before the first contentful paint; filled in by early.js from the event file, or the app\'s). "App running": when the app\'s own session cards are there (sign-up, calendar export, zone picker). The MediaWiki page is served by PHP\'s built-in server with gzip (zlib.output_compression), as Wikimedia serves pages compressed.');
say('');
say(`Target: time-to-sessions ratio ≤ 0.8 (the sessions come from the event file served now, never a pre-rendered copy): ${ratio.toFixed(2)} → ${verdict(ratio <= 0.8)}`);
say('');
// A repeat visit, with the service worker (issue 34): the page and the release's files from the
// device, the event file still asked for fresh.
const repeats = [];
for (let i = 0; i < RUNS; i++) repeats.push(await phoneLoad(browser, wikiSite.url, MEETING_SESSIONS, MEETING_APP, { repeat: true }));
const repeatReady = median(repeats.map((r) => r.ready));
say(`Repeat visit (same profile, the service worker active; median of ${RUNS}): sessions visible ${repeatReady.toFixed(0)} ms, app running ${median(repeats.map((r) => r.app)).toFixed(0)} ms (each run: ${repeats.map((r) => r.ready.toFixed(0)).join(', ')}).`);
say('');
say(`Target: a repeat visit's sessions visible no later than the first visit's: ${repeatReady.toFixed(0)} ≤ ${m('app', 'ready').toFixed(0)} ms → ${verdict(repeatReady <= m('app', 'ready'))}`);
say('');
// "App running" must not get later than before the shell stopped carrying the sessions: the
// committed run of 4a68822 (RUNS=9), with 5 % for this machine's noise.
const APP_RUNNING_BEFORE = 2118;
say(`Target: app running no later than before the event files were read fresh (${APP_RUNNING_BEFORE} ms, run of 4a68822): ${appRunning.toFixed(0)} ms → ${verdict(appRunning <= APP_RUNNING_BEFORE * 1.05)}`);
say('');
say(`Target: blocking time after the first paint ≤ 50 ms on this profile (the browser's long tasks, as a phone runs them): ${blocking.toFixed(0)} ms → ${verdict(blocking <= 50)}`);
say('');
// Where much of that blocking goes: the wasm V8 compiles on the main thread, function by
// function at its first call, until the lists show, on the same site (its lists read from the
// local wiki; Lighthouse below loads it too).
const meetingWasm = join(dist, /\.\/(wikimeet-\w+_bg\.wasm)/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))[1]);
const compiles = [];
for (let i = 0; i < RUNS; i++) compiles.push(await mainThreadCompile(browser, wikiSite.url, meetingWasm, '.signups .signup-count, .signups .signup-problem'));
const compiled = compiles.find((c) => c.bytes === median(compiles.map((x) => x.bytes)));
say(`Wasm compiled on the main thread before the lists show (V8 compiles each function at its first call): ${compiled.functions} functions, ${kb(compiled.bytes)} KB of the module's ${kb(compiled.codeBytes)} KB of code; ${median(compiles.map((c) => c.ms)).toFixed(0)} ms unthrottled (median; each run ${compiles.map((c) => c.ms.toFixed(0)).join(', ')}), about 4x that on this profile.`);
say('');

// 2a. Lighthouse 12.2.3 (mobile, simulated throttling) on both pages, interleaved; wikimeet is
// the site above, whose lists come from the same local wiki.
const LH_RUNS = Number(process.env.LH_RUNS || 5);
const lh = await lighthouseRuns({ wikimeet: wikiSite.url, wiki: `${WIKI}/index.php/${PAGE}` }, LH_RUNS);
wikiSite.stop();
say(`## Lighthouse 12.2.3 (mobile, simulated throttling; median of ${LH_RUNS} interleaved runs, load before ${lh.load.toFixed(2)})`);
say('');
say('| metric | wikimeet | MediaWiki page | ratio | target | verdict |');
say('| --- | ---: | ---: | ---: | --- | --- |');
const lhMedian = (name, f) => median(lh.pages[name].map(f));
for (const [name, f, better] of METRICS) {
  const a = lhMedian('wikimeet', f);
  const b = lhMedian('wiki', f);
  const strict = /FCP|LCP|Speed|TBT/.test(name);
  const ok = name.startsWith('bytes') ? null : better === 'higher' ? a >= b : strict ? a < b : a <= b;
  const target = ok === null ? '—' : better === 'higher' ? 'at least equal' : strict ? 'lower' : 'at most equal';
  const show = (x) => (name === 'CLS' ? x.toFixed(3) : x.toFixed(0));
  say(`| ${name} | ${show(a)} | ${show(b)} | ${b ? (a / b).toFixed(2) : '—'} | ${target} | ${ok === null ? '—' : verdict(ok)} |`);
}
const tbt = lhMedian('wikimeet', (r) => r.audits['total-blocking-time'].numericValue);
say('');
say(`Target: Total Blocking Time ≤ 50 ms: ${tbt.toFixed(0)} ms → ${verdict(tbt <= 50)}`);
say('');
const longTasks = lh.pages.wikimeet.map((r) => (r.audits['long-tasks'].details?.items || []).map((i) => Math.round(i.duration)).join('+'));
say(`wikimeet's long tasks per run (simulated ms): ${longTasks.join('; ')}.`);
say('');

// 2b. A series: the home page lists every event file of the index, fetched in parallel.
const upcoming = (slug, i) => ({ ...JSON.parse(readFileSync(join(dist, 'events/vsn-peer-to-peer-support.json'), 'utf8')), slug, title: `Meeting ${i + 1}`,
  sessions: [{ id: 'one', start: `2099-01-${String(i + 1).padStart(2, '0')}T15:00:00Z` }] });
async function seriesSite(n) {
  const slugs = Array.from({ length: n }, (_, i) => `meeting-${i + 1}`);
  const files = { 'events/index.json': { events: slugs } };
  slugs.forEach((slug, i) => { files[`events/${slug}.json`] = upcoming(slug, i % 28); });
  return serve(await siteWith(files));
}
const series = {};
for (const n of [2, 30]) {
  const s = await seriesSite(n);
  series[n] = [];
  for (let i = 0; i < RUNS; i++) series[n].push((await phoneLoad(browser, s.url, `.event-list > li:nth-child(${n})`)).ready);
  s.stop();
}
const seriesRatio = median(series[30]) / median(series[2]);
say(`## A series on the home page (same profile; median of ${RUNS})`);
say('');
say(`| event files | all listed (ms) |`);
say('| ---: | ---: |');
say(`| 2 | ${median(series[2]).toFixed(0)} |`);
say(`| 30 | ${median(series[30]).toFixed(0)} |`);
say('');
say(`Target: 30 list in ≤ 1.5x the time of 2: ${seriesRatio.toFixed(2)} → ${verdict(seriesRatio <= 1.5)}`);
say('');

// 3. API requests per flow, counted in the browser.
const event = inFuture(demoEvent(WIKI));
event.wiki.signin = 'wiki-session';
const flowSite = await serve(await siteWith({ 'events/vsn-peer-to-peer-support.json': event }));
const context = await browser.newContext();
const page = await context.newPage();
let calls = [];
// Counted at the network layer (DevTools protocol), where CORS preflights show as OPTIONS.
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
cdp.on('Network.requestWillBeSent', ({ request: r }) => {
  if (!r.url.includes('/api.php')) return;
  if (r.method === 'OPTIONS') return calls.push('preflight');
  calls.push(r.method === 'POST' ? new URLSearchParams(r.postData || '').get('action') : new URL(r.url).searchParams.get('action'));
});
await page.goto(flowSite.url);
await page.locator('.signup-count').first().waitFor();
await page.locator('.wiki-account p').first().waitFor();
const open = [...calls];
await signInOnWiki(page, WIKI, 'Bob');
calls = [];
await page.locator('.session').nth(1).getByRole('button', { name: 'Register for this session' }).click();
await page.locator('.session').nth(1).locator('.signup-status', { hasText: 'You are on the list' }).waitFor();
const register = [...calls];
calls = [];
await page.locator('.session').nth(1).getByRole('button', { name: 'Withdraw from this session' }).click();
await page.locator('.session').nth(1).locator('.signup-status', { hasText: 'no longer on the list' }).waitFor();
const withdraw = [...calls];
say('## API requests per flow');
say('');
say('| flow | requests | budget | verdict |');
say('| --- | --- | --- | --- |');
const readsOnOpen = open.filter((a) => a === 'parse').length;
const preflightsOnOpen = open.filter((a) => a === 'preflight').length;
say(`| open the event page | ${open.join(', ')} | 1 read for all sessions' lists, no preflight | ${verdict(readsOnOpen === 1 && preflightsOnOpen === 0)} |`);
// Register: a fresh read, the edit, and a read of the revision it made (its last line must name
// the user: a custom signature that does not is remembered, so Register is never offered twice).
say(`| register (signed in) | ${register.join(', ')} | ≤ 3 calls (preflights apart) | ${verdict(register.filter((a) => a !== 'preflight').length <= 3)} |`);
say(`| withdraw | ${withdraw.join(', ')} | — | — |`);
say('');
await browser.close();
flowSite.stop();

const header = `# Benchmarks\n\nMeasured by \`scripts/bench\` (RUNS=${RUNS}) on ${new Date().toISOString().slice(0, 10)}, on this project's machine kind (2 cores, 24 GiB, Debian, Chromium ${chromiumVersion}), against the local MediaWiki 1.39 test wiki. The machine is shared and noisy: the ratio is the figure that counts.\n\n`;
// The hand-written history below the measured part is kept as it is.
const HISTORY = '\n## How the numbers got here\n';
const old = existsSync(join(root, 'BENCHMARKS.md')) ? readFileSync(join(root, 'BENCHMARKS.md'), 'utf8') : '';
const history = old.includes(HISTORY) ? old.slice(old.indexOf(HISTORY)) : '';
writeFileSync(join(root, 'BENCHMARKS.md'), header + out.join('\n') + '\n' + history);
