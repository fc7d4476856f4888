// The page before and around the app: the pre-rendered sessions (shown in local time by
// early.js while the WebAssembly loads), and the Content-Security-Policy that lets nothing
// run or connect but the app's own files and the events' wikis.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { launch, openPage, serve, siteWith } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const NOW = '2026-11-25T12:00:00Z';
let browser, site;
before(async () => {
  browser = await launch();
  site = await serve(await siteWith());
});
after(async () => {
  await browser?.close();
  site?.stop();
});

test('sessions show in local time before the WebAssembly arrives', async () => {
  const page = await openPage(browser, { now: NOW, timezoneId: 'Asia/Kathmandu' });
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(site.url);
  await page.locator('#shell .shell-time').first().waitFor();
  const shell = await page.locator('#shell').innerText();
  assert.match(shell, /Peer-to-peer support/);
  // 2024-02-14 15:00 UTC is 20:45 in Nepal (UTC+5:45); the shell writes dates as numbers.
  assert.match(shell, /2024-02-14, 20:45\s+UTC\+05:45/);
  assert.match(shell, /2024-02-27, 22:45\s+UTC\+05:45/);
  assert.equal(await page.locator('.signup').count(), 0, 'the app itself has not run');
  await page.context().close();
});

test('the first paint needs the page alone: no stylesheet or script file before it', async () => {
  const page = await openPage(browser, { now: NOW });
  const files = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname.split('/').pop()));
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(site.url);
  await page.locator('#shell .shell-time').first().waitFor();
  assert.deepEqual(files.filter((f) => /\.css$|^early\.js$|^start-/.test(f)), []);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.session')).borderInlineStartWidth), '4px', 'styled');
  await page.context().close();
});

test("a zone chosen earlier is the shell's zone too", async () => {
  const page = await openPage(browser, { now: NOW, timezoneId: 'Asia/Kathmandu' });
  await page.addInitScript(() => localStorage.setItem('wikimeet:zone', JSON.stringify('America/Lima')));
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(site.url);
  await page.locator('#shell .shell-time').first().waitFor();
  assert.match(await page.locator('#shell').innerText(), /2024-02-14, 10:00\s+America\/Lima, GMT-5/);
  await page.context().close();
});

test('early.js starts fetching the visitor\'s language before the app runs, and only that one', async () => {
  const page = await openPage(browser, { now: NOW, locale: 'pt-BR' });
  await page.route('**/*.wasm', (r) => r.abort());
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/i18n/')) fetched.push(r.url().split('/i18n/')[1]); });
  const languageFile = page.waitForRequest('**/i18n/pt.json');
  await page.goto(site.url);
  await page.locator('#shell .shell-time').first().waitFor();
  await languageFile;
  await page.waitForTimeout(300);
  assert.deepEqual(fetched, ['pt.json']);
  await page.context().close();
});

test('one worker fetches and compiles the wasm, and meets Intl first once the sessions show', async () => {
  // early.js's worker (from a blob: no request of its own) fetches the wasm at once; told the
  // sessions are shown, it compiles it and loads the browser's date and zone data in the
  // language and zone the app formats with, so the app's first Intl use is no long task
  // (BENCHMARKS.md). Trunk's loader runs the module it answers: the wasm is fetched once.
  const page = await openPage(browser, { now: NOW, locale: 'de-DE' });
  await page.addInitScript(() => {
    localStorage.setItem('wikimeet:zone', JSON.stringify('America/Lima'));
    const Worker = window.Worker;
    window.__workers = [];
    window.Worker = function (url, options) {
      const made = new Worker(url, options);
      const told = window.__workers.push({ blob: url.startsWith('blob:'), name: options.name, told: [] }) - 1;
      const post = made.postMessage.bind(made);
      made.postMessage = (message) => {
        window.__workers[told].told.push([message, !!document.querySelector('#shell .shell-time')]);
        post(message);
      };
      return made;
    };
  });
  const wasm = [];
  page.context().on('request', (r) => { if (r.url().endsWith('_bg.wasm')) wasm.push(r.url()); });
  await page.goto(site.url);
  await page.locator('.session .local-time').first().waitFor();
  const [worker, ...others] = await page.evaluate(() => window.__workers);
  assert.deepEqual(others, [], 'one worker');
  assert.equal(worker.blob, true);
  assert.match(worker.name, /\/wikimeet-[0-9a-f]+_bg\.wasm$/);
  assert.deepEqual(worker.told, [[['de-DE', 'America/Lima'], true]], 'told once, the sessions shown');
  assert.equal(wasm.length, 1, `the wasm fetched once: ${wasm}`);
  assert.deepEqual(page.problems, [], 'the policy allows the worker; it throws nothing');
  await page.context().close();
});

test('without workers the app still runs: the loader fetches the wasm itself', async () => {
  const page = await openPage(browser, { now: NOW });
  await page.addInitScript(() => { delete window.Worker; });
  await page.goto(site.url);
  await page.locator('.session .local-time').first().waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the app never waits for the worker\'s fallback timer, whatever the event file is', async () => {
  // early.js tells the worker to compile once the sessions are shown or cannot be; its
  // 3-second timer is only for an event file that never answers. Here that timer never fires,
  // so a path that forgot to tell the worker would leave the app unstarted.
  const broken = { ...demoEvent('http://127.0.0.1:8999'), slug: 'broken' };
  broken.sessions = [{ ...broken.sessions[0], start: '2 December 2026, 15 UTC' }];
  const other = await serve(await siteWith({ 'events/broken.json': broken }));
  try {
    for (const [query, appView] of [['', '.session .local-time'], ['?event=broken', '.problem-field'],
      ['?event=no-such-meeting', '.problem'], ['?event=%3Cx%3E', '.problem']]) {
      const page = await openPage(browser, { now: NOW });
      await page.addInitScript(() => {
        const later = window.setTimeout;
        window.setTimeout = (fn, ms, ...rest) => (ms === 3000 ? 0 : later(fn, ms, ...rest));
      });
      await page.goto(other.url + query);
      await page.locator(appView).first().waitFor();
      await page.context().close();
    }
  } finally {
    other.stop();
  }
});

test('another page than the pre-rendered one never shows the shell', async () => {
  const page = await openPage(browser, { now: NOW });
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support&view=policy`);
  await page.waitForLoadState('load');
  assert.equal(await page.locator('#shell').count(), 0);
  await page.context().close();
});

test('the app replaces the shell, and the policy blocks nothing the app does on any route', async () => {
  const page = await openPage(browser, { now: NOW, timezoneId: 'Asia/Kolkata' });
  const routes = ['', '?event=vsn-peer-to-peer-support&view=policy', '?event=vsn-peer-to-peer-support&view=report',
    '?event=vsn-peer-to-peer-support&view=embed&accent=%23aa3300&theme=dark'];
  for (const q of routes) {
    await page.goto(site.url + q);
    await page.locator('#main h1').first().waitFor();
    await page.waitForTimeout(200);
    assert.equal(await page.locator('#shell').count(), 0, q);
    assert.equal(await page.locator('h1:visible').count(), 1, q);
  }
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('.widget')).getPropertyValue('--accent'));
  assert.equal(accent.trim(), '#aa3300', 'the accent is set without an inline style attribute');
  // Inline: Trunk's start-up script, the stylesheet and failure.js, and on the meeting page
  // early.js and the action module's loader, each allowed by its own hash.
  for (const [url, count] of [[site.url, 5], [`${site.url}safe-space.html?event=vsn-peer-to-peer-support&view=report`, 3]]) {
    await page.goto(url);
    await page.locator('#main h1').first().waitFor();
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+\/=]+')+;/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src]), style')]
      .map((e) => e.textContent));
    assert.equal(inline.length, count, url);
    for (const text of inline) {
      const hash = createHash('sha256').update(text).digest('base64');
      assert.ok(csp.includes(`'sha256-${hash}'`), `CSP allows ${text.slice(0, 40)}`);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the policy allows the Wikimedia wikis and a wiki added by the documented line edit', async () => {
  const dir = await siteWith({ 'events/vsn-peer-to-peer-support.json': demoEvent('http://127.0.0.1:8999') });
  const local = await serve(dir);
  const page = await openPage(browser, { now: NOW });
  await page.goto(local.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /connect-src 'self' http:\/\/127\.0\.0\.1:8999 https:\/\/wikipedia\.org https:\/\/\*\.wikipedia\.org .* https:\/\/\*\.wikifunctions\.org;/);
  // A request to any other host is refused by the browser itself.
  const refused = await page.evaluate(() => fetch('http://127.0.0.2:1/x').then(() => false, () => true));
  assert.ok(refused);
  await page.context().close();
  local.stop();
});
