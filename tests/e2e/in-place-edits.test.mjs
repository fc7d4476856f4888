// Organisers change the hosted folder with a text editor only (HOSTING.txt): the site served
// here is the unzipped release archive (scripts/test sets SITE_DIR), nothing is built, and the
// server sends GitHub Pages' cache headers (max-age=600, ETag). An edit in place is never shown
// stale; any Wikimedia wiki passes the shipped CSP; another wiki gets a plain message until
// the documented line edit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allowWiki, launch, openPage, serve, siteWith, workerHolds } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_URL;
const VSN = 'vsn-peer-to-peer-support';
const TITLE = 'Peer-to-peer support: a safe space for sharing thoughts and experiences';
let browser;
const sites = [];
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const site of sites) site.stop(); // also when a test failed half-way
});
async function served(dir, maxAge = '') {
  const site = await serve(dir, '/', '127.0.0.1', maxAge);
  sites.push(site);
  return site;
}

/** A phone on slow 4G with a 4x slower CPU (scripts/bench's profile) that notes, from the
 * document's start, every text the sessions, titles and headings ever show. */
async function recordingPhone() {
  const page = await openPage(browser, { timezoneId: 'UTC', viewport: { width: 360, height: 740 }, now: '2024-02-01T12:00:00Z' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__seen = [];
    const note = () => {
      for (const el of document.querySelectorAll('h1, title, .session, .shell-time, .local-time')) {
        const text = `${el.localName}${el.className ? '.' + el.className : ''}: ${el.textContent}`;
        if (!window.__seen.includes(text)) window.__seen.push(text);
      }
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
  });
  page.seen = () => page.evaluate(() => window.__seen);
  return page;
}

async function editJson(dir, path, edit) {
  const file = join(dir, path);
  const value = JSON.parse(await readFile(file, 'utf8'));
  edit(value);
  await writeFile(file, JSON.stringify(value, null, 2));
}

/**
 * A copy of the release served with GitHub Pages' cache headers, visited once by a recording
 * phone (so the browser holds its files, and the service worker its copies), then changed in
 * place by `edit(dir, page)` and visited again.
 */
async function visitEditRevisit(edit) {
  const dir = await siteWith();
  const site = await served(dir, 600);
  const page = await recordingPhone();
  await page.goto(site.url);
  await page.locator('.session .local-time').first().waitFor({ timeout: 60000 });
  // The service worker (issue 34) active and holding the first visit's files: the revisit
  // goes through it, and must still never show what was changed.
  await workerHolds(page, [/events\/.*\.json$/]);
  await edit(dir, page);
  await page.goto('about:blank');
  await page.goto(site.url); // a new visit: the browser may reuse cached files for 600 s
  return page;
}

test('a session moved in place never shows its old time, from the first paint on', async () => {
  const page = await visitEditRevisit(async (dir, firstVisit) => {
    // Nothing cached on a first visit: early.js paints long before the app (the test sees it).
    assert.ok((await firstVisit.seen()).includes('time.shell-time: 15:00'), 'the first visit shows 15:00 from early.js');
    await editJson(dir, `events/${VSN}.json`, (e) => { e.sessions[0].start = '2024-02-14T15:45:00Z'; });
  });
  await page.locator('.session .local-time', { hasText: '15:45' }).first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(500);
  const seen = await page.seen();
  assert.deepEqual(seen.filter((t) => t.includes('15:00')), [], 'the old time never shows');
  // From the browser's cache the app can start as soon as early.js gets the event file (they
  // share its request) and take the shell first; when early.js showed times, they were the new ones.
  const shell = seen.filter((t) => t.startsWith('time.shell-time'));
  assert.ok(!shell.length || shell.includes('time.shell-time: 15:45'), seen.join(' | '));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a second event added in place shows the list, never the old single event', async () => {
  const page = await visitEditRevisit(async (dir) => {
    const second = JSON.parse(await readFile(join(dir, `events/${VSN}.json`), 'utf8'));
    await writeFile(join(dir, 'events/second.json'), JSON.stringify({ ...second, slug: 'second', title: 'A second meeting' }));
    await editJson(dir, 'events/index.json', (index) => index.events.push('second'));
  });
  await page.locator('.event-card').nth(1).waitFor({ timeout: 60000 });
  const seen = await page.seen();
  assert.deepEqual(seen.filter((t) => t.startsWith('li.session') || t === `h1.page-title: ${TITLE}` || t.startsWith(`title: ${TITLE}`)), [],
    `never the old single event: ${seen.join(' | ')}`);
  assert.ok(seen.includes('h1.page-title: Meetings'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an event on another Wikimedia wiki passes the shipped CSP: its requests leave the browser', async () => {
  const event = JSON.parse(await readFile(join(await siteWith(), `events/${VSN}.json`), 'utf8'));
  event.wiki = { ...event.wiki, api: 'https://es.wikipedia.org/w/api.php', article_path: 'https://es.wikipedia.org/wiki/$1', page: 'Wikipedia:Encuentro' };
  const site = await served(await siteWith({ [`events/${VSN}.json`]: event }));
  const page = await openPage(browser, { now: '2024-02-01T12:00:00Z' });
  const left = [];
  // Only a request the CSP let through reaches the network layer, where it is seen and dropped
  // (this machine has no way out).
  await page.route('https://es.wikipedia.org/**', (route) => { left.push(route.request().url()); route.abort(); });
  await page.goto(site.url);
  await page.locator('.signup-problem').first().waitFor();
  assert.ok(left.some((u) => u.startsWith('https://es.wikipedia.org/w/api.php?')), left.join(' '));
  assert.match(await page.locator('.signup-problem').first().innerText(), /could not be reached/);
  // Unread, each session still offers the wiki's own way and email; no list, no button.
  const session = page.locator('.session').first();
  assert.equal(await session.locator('.signup-edit').getAttribute('href'), 'https://es.wikipedia.org/w/index.php?title=Wikipedia%3AEncuentro&action=edit');
  assert.match(await session.locator('.email-way a').getAttribute('href'), /^mailto:/);
  assert.equal(await session.getByRole('button', { name: 'Register for this session' }).count(), 0);
  assert.deepEqual(page.problems.filter((p) => !p.includes('https://es.wikipedia.org/')), []);
  assert.deepEqual(page.problems.filter((p) => p.includes('CSP')), []);
  await page.context().close();
});

test('a wiki outside Wikimedia: "not allowed here", until the documented CSP line edit', async () => {
  const dir = await siteWith();
  // Written as an organiser would, without the CSP line edit yet.
  await writeFile(join(dir, `events/${VSN}.json`), JSON.stringify(demoEvent(WIKI)));
  const site = await served(dir);
  const page = await openPage(browser, { now: '2024-02-01T12:00:00Z' });
  await page.goto(site.url);
  const problem = page.locator('.signup-problem').first();
  await problem.waitFor();
  const origin = new URL(WIKI).origin;
  assert.equal(await problem.innerText(), `This copy of wikimeet is not allowed to reach the wiki at ${origin}. Whoever hosts this page must add ${origin} to the line starting with Content-Security-Policy near the top of index.html and safe-space.html (HOSTING.txt shows how). Until then, sign up on the wiki page itself.`);
  assert.ok(page.problems.some((p) => p.includes('CSP blocked connect-src')), 'the browser refused it');
  await allowWiki(dir, origin); // HOSTING.txt part 3, in a text editor
  page.problems.length = 0;
  await page.reload();
  await page.locator('.signup-count').first().waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a series' event files are asked for once each, early.js's requests handed to the app", async () => {
  const vsn = JSON.parse(await readFile(join(await siteWith(), `events/${VSN}.json`), 'utf8'));
  const slugs = ['one', 'two', 'three'];
  const files = { 'events/index.json': { events: slugs } };
  for (const slug of slugs) files[`events/${slug}.json`] = { ...vsn, slug, title: `Meeting ${slug}` };
  const site = await served(await siteWith(files));
  const page = await openPage(browser);
  const asked = [];
  page.on('request', (r) => { if (/\/events\/.*\.json$/.test(r.url())) asked.push(new URL(r.url()).pathname); });
  await page.goto(site.url);
  await page.locator('.event-card').nth(2).waitFor({ state: 'attached' }); // past ones are folded
  const count = (path) => asked.filter((p) => p === path).length;
  for (const slug of slugs) assert.equal(count(`/events/${slug}.json`), 1, `events/${slug}.json once: ${asked.join(', ')}`);
  assert.equal(count('/events/index.json'), 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
