// The meeting in the pocket (issue 34): on the unzipped release under a sub-path, one online
// visit, then offline (the static server stopped: Playwright's offline switch does not reach a
// service worker's own requests). The pages open with what they last showed under the line
// "Shown as this device last read it"; Register sends nothing; a draft typed offline stays; an
// OAuth answer's address is never kept. Online, the worker is never stale: an edit shows at the
// next load, a slow file shows the kept copy then the fresh one, a meeting taken off the index
// is gone, a new release runs at the next load. And Chromium finds the site installable.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { allowWiki, keptAddresses, launch, openPage, pageWikitext, serve, signInOnWiki, siteWith, workerHolds } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_URL || 'http://127.0.0.1:8181';
const PAGE = 'Volunteer Supporters Network/VSN peer-to-peer support';
const VSN = 'vsn-peer-to-peer-support';
const agenda = JSON.parse(readFileSync(new URL('../fixtures/agenda-event.json', import.meta.url), 'utf8'));
const KEPT = /Shown as this device last read it, at /;
const env = {};

before(async () => {
  env.browser = await launch();
  env.dir = await siteWith({
    [`events/${VSN}.json`]: demoEvent(WIKI),
    [`events/${agenda.slug}.json`]: agenda,
    'events/index.json': { events: [VSN, agenda.slug] },
  });
  await allowWiki(env.dir, WIKI);
  env.site = await serve(env.dir, '/meet/');
});
after(async () => {
  await env.browser?.close();
  env.site?.stop();
});

/** The same site again, on the same address (the page's origin, and so its worker, stays). */
async function restart() {
  env.site.stop();
  env.online = true;
  const port = new URL(env.site.url).port;
  const { spawn } = await import('node:child_process');
  const child = spawn('node', [new URL('../../scripts/static-server.mjs', import.meta.url).pathname, env.dir, port, '/meet/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  env.site = { url: env.site.url, stop: () => child.kill() };
}

/** The worker controls the page and has kept what the page loaded. */
const workerReady = (page) => workerHolds(page, [/offline\.js$/, /_bg\.wasm$/, new RegExp(`events/${VSN}\\.json$`)]);

test('after one online visit every page opens offline with what it last showed', async (t) => {
  t.after(async () => { if (!env.online) await restart(); });
  const page = await openPage(env.browser, { timezoneId: 'Asia/Kolkata', now: '2024-02-10T12:00:00Z' });
  const base = env.site.url;
  await page.goto(`${base}?event=${VSN}`);
  await page.locator('.session .attendees summary').first().waitFor(); // the lists, read once
  await workerReady(page);
  await signInOnWiki(page, WIKI, 'User17');
  // The other pages, each opened once online; and an OAuth answer arriving at the folder.
  for (const route of [`?event=${agenda.slug}`, `?event=${VSN}&view=policy`, `?event=${VSN}&view=report`, '?code=secret-code&state=secret-state']) {
    await page.goto(base + route);
    await page.locator('#main h1').first().waitFor();
    await page.waitForTimeout(500);
  }
  // Back on the meeting page, signed in; then the connection goes.
  await page.goto(`${base}?event=${VSN}`);
  const register = page.locator('.session').nth(1).getByRole('button', { name: 'Register for this session' });
  await register.waitFor();
  const addresses = await keptAddresses(page);
  assert.ok(addresses.every((a) => !a.includes('secret-code') && !a.includes('secret-state')), 'no OAuth answer kept');
  assert.ok(addresses.every((a) => !a.includes('?') || a.includes('api.php')), `pages kept by path only: ${addresses}`);
  assert.ok(addresses.every((a) => !/meta=tokens|action=(edit|emailuser)/.test(a)), 'nothing sent with a token');

  // Offline: the site answers nothing (its server stopped: Playwright's offline switch does
  // not reach the worker's requests) and the browser says it is offline.
  env.site.stop();
  env.online = false;
  await page.context().setOffline(true);
  // Register: nothing is sent, and nothing waits to be sent later.
  const before = await pageWikitext(WIKI, PAGE);
  await register.click();
  await page.getByText('You are offline; nothing was sent.').waitFor();
  // The page opened again offline: as last read.
  await page.goto(`${base}?event=${VSN}`);
  await page.getByText(KEPT).waitFor();
  await page.locator('.session .local-time', { hasText: '20:30' }).first().waitFor(); // 15:00 UTC in India
  await page.locator('.session .attendees summary').first().waitFor(); // the lists as last read

  await page.goto(`${base}?event=${agenda.slug}`);
  await page.getByText(KEPT).waitFor();
  await page.locator('.agenda-day h3').first().waitFor();
  await page.goto(`${base}?event=${VSN}&view=policy`);
  await page.getByText(KEPT).waitFor();
  await page.getByText('Friendliness and mutual respect').first().waitFor();
  await page.goto(`${base}?event=${VSN}&view=report`);
  await page.locator('#report-what').fill('typed offline, kept');
  await page.reload();
  assert.equal(await page.locator('#report-what').inputValue(), 'typed offline, kept');

  await restart(); // back online
  await page.context().setOffline(false);
  await page.goto(`${base}?event=${VSN}`);
  await page.locator('.session .attendees summary').first().waitFor();
  assert.equal(await pageWikitext(WIKI, PAGE), before, 'nothing reached the wiki');
  assert.equal(await page.getByText(KEPT).count(), 0, 'online: the fresh file, no line');
  await page.context().close();
});

test('online the worker is never stale: edits, a slow file, a meeting removed, a new release', async () => {
  const page = await openPage(env.browser, { timezoneId: 'UTC', now: '2024-02-10T12:00:00Z' });
  const base = env.site.url;
  await page.goto(`${base}?event=${VSN}`);
  await workerReady(page);
  const file = join(env.dir, `events/${VSN}.json`);
  const event = JSON.parse(await readFile(file, 'utf8'));

  // An edit in place: the new time at the next load, never the old one.
  event.sessions[0].start = '2024-02-14T16:00:00Z';
  await writeFile(file, JSON.stringify(event));
  await page.reload();
  await page.locator('.session .local-time', { hasText: '16:00' }).first().waitFor();
  assert.equal(await page.getByText(KEPT).count(), 0);

  // A slow host: the kept copy with its line after a few seconds, then the fresh one.
  event.sessions[0].start = '2024-02-14T18:00:00Z';
  await writeFile(file, JSON.stringify(event));
  await writeFile(file + '.hold', '7000');
  await page.reload();
  await page.getByText(KEPT).waitFor({ timeout: 6000 });
  await page.locator('.session .local-time', { hasText: '16:00' }).first().waitFor();
  await page.locator('.session .local-time', { hasText: '18:00' }).first().waitFor({ timeout: 20000 });
  await rm(file + '.hold');

  // A meeting taken off the index is not shown online.
  await page.goto(base);
  await page.getByRole('link', { name: agenda.title }).waitFor();
  await writeFile(join(env.dir, 'events/index.json'), JSON.stringify({ events: [VSN] }));
  await page.reload();
  await page.locator('.session .local-time').first().waitFor();
  assert.equal(await page.getByText(agenda.title).count(), 0);

  // A new release uploaded in place: its page runs at the next load.
  const index = join(env.dir, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(index, html.replace('<title>wikimeet</title>', '<title>wikimeet</title><meta name="release" content="next">'));
  await page.reload();
  assert.equal(await page.locator('meta[name="release"]').getAttribute('content'), 'next');
  await writeFile(index, html);
  await writeFile(join(env.dir, 'events/index.json'), JSON.stringify({ events: [VSN, agenda.slug] }));
  assert.deepEqual(page.problems.filter((p) => !p.includes('Failed to load resource')), []);
  await page.context().close();
});

test('Chromium finds the site installable (manifest, icons, worker)', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'wikimeet-profile-'));
  // A persistent profile: a private window always answers "in-incognito".
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const page = await context.newPage();
  await page.goto(`${env.site.url}?event=${VSN}`);
  await workerReady(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  await context.close();
  await rm(profile, { recursive: true, force: true });
});
