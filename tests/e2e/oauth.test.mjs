// OAuth 2 sign-in with PKCE in a real browser, against tests/oauth/stand-in.mjs: a STAND-IN for
// the wiki's OAuth server (the OAuth extension cannot be installed here). The wiki itself is the
// real test wiki, for reading the lists.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve, siteWith } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_URL;
const here = dirname(fileURLToPath(import.meta.url));
const STAND_IN_PORT = 18390 + (process.pid % 50);
const STAND_IN = `http://127.0.0.1:${STAND_IN_PORT}`;
let browser, site, standIn;

before(async () => {
  assert.ok(WIKI, 'WIKI_URL is not set: run scripts/test, which starts the test wiki');
  // Tokens live 31 s: the app treats them as stale 30 s early, so a reload must refresh.
  standIn = spawn('node', [join(here, '..', 'oauth', 'stand-in.mjs'), String(STAND_IN_PORT), 'Alice', '31'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => standIn.stdout.once('data', resolve));
  const event = demoEvent(WIKI);
  event.wiki.signin = 'oauth2';
  event.wiki.oauth = { client_id: 'wikimeet-test-client', rest: STAND_IN };
  site = await serve(await siteWith({ 'events/vsn-peer-to-peer-support.json': event }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.stop();
  standIn?.kill();
});

const standInLog = async () => (await fetch(`${STAND_IN}/log`)).json();

test('sign in with PKCE, come back to the same page, refresh a stale token, sign out', async () => {
  const page = await openPage(browser);
  const start = `${site.url}?event=vsn-peer-to-peer-support`;
  await page.goto(start);
  await page.getByRole('button', { name: 'Sign in with your wiki account' }).click();
  await page.waitForURL(`${STAND_IN}/oauth2/authorize?**`);
  const authorize = new URL(page.url());
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.equal(authorize.searchParams.get('redirect_uri'), site.url);
  assert.deepEqual((await standInLog()).at(-1), { step: 'authorize', problems: [] });
  await page.locator('#allow').click();
  await page.locator('.signed-in', { hasText: 'Signed in to the wiki as Alice.' }).waitFor();
  assert.equal(page.url(), start, 'back where the visitor was, with no code left in the address');
  assert.ok((await standInLog()).some((e) => e.step === 'authorization_code'));

  const stored = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: Object.keys(localStorage) }));
  assert.deepEqual(stored.session, ['wikimeet:oauth-tokens'], 'the verifier is gone once used');
  assert.ok(!stored.local.some((k) => k.includes('oauth')), 'nothing of the sign-in in localStorage');

  await page.waitForTimeout(1500);
  await page.reload();
  await page.locator('.signed-in', { hasText: 'Signed in to the wiki as Alice.' }).waitFor();
  assert.ok((await standInLog()).some((e) => e.step === 'refresh_token'), 'a stale token was refreshed');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('.signed-out').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  await page.reload();
  await page.locator('.signed-out').waitFor();
  await page.context().close();
});

test('an answer whose state does not match is refused', async () => {
  const page = await openPage(browser);
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support`);
  await page.getByRole('button', { name: 'Sign in with your wiki account' }).click();
  await page.waitForURL(`${STAND_IN}/oauth2/authorize?**`);
  const before = (await standInLog()).length;
  // A forged answer: someone else's code, a state this tab never made.
  await page.goto(`${site.url}?code=forged&state=not-mine`);
  await page.locator('.notice', { hasText: 'Signing in did not complete' }).waitFor();
  await page.locator('.signed-out').waitFor();
  assert.equal(new URL(page.url()).search, '', 'the code is taken out of the address');
  assert.deepEqual((await standInLog()).slice(before), [], 'the forged code was never sent anywhere');
  await page.context().close();
});

test('sign-in code loads only when someone signs in; offline then (the module out of reach), the page says so', async () => {
  const page = await openPage(browser);
  const fetched = [];
  page.on('request', (r) => r.url().startsWith(site.url) && fetched.push(new URL(r.url()).pathname.split('/').pop()));
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support`);
  await page.locator('.signed-out').waitFor();
  const module = await page.locator('#actions').getAttribute('data-file');
  assert.ok(!fetched.includes(module), 'a visitor who is not signed in does not load it');
  await page.route(`**/${module}*`, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Sign in with your wiki account' }).click();
  await page.locator('.wiki-account .field-error', { hasText: 'You are offline; nothing was sent.' }).waitFor();
  assert.ok(page.url().startsWith(site.url), 'still on the page');
  await page.unroute(`**/${module}*`);
  await page.getByRole('button', { name: 'Sign in with your wiki account' }).click();
  await page.waitForURL(`${STAND_IN}/oauth2/authorize?**`);
  await page.context().close();
});
