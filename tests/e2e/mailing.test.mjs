// Sending the meeting link to the registrants from the organiser page, with a wiki of its own
// (a low wiki-mail limit, met mid-run) and the real SMTP sink: 20 people registered, of whom
// some have no confirmed address, one turned wiki mail off, one line names no account and one
// names an account that does not exist; a reload mid-run, one send whose answer is lost, the
// limit, a resume after it, a double click and a second tab. Afterwards nobody has two
// messages, everyone reachable but the "unknown" has one, the organiser one copy. Then sending
// signed in with OAuth 2, against tests/oauth/stand-in.mjs (a STAND-IN: MediaWiki 1.39 here has
// no OAuth extension), which forwards bearer-signed API requests to this wiki as the organiser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'playwright-core';
import { launch, openPage, screenshot, serve, signInOnWiki, siteWith, startSmtpSink } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PORT = process.env.MAIL_WIKI_PORT || '8183';
const SMTP_PORT = process.env.MAIL_SMTP_PORT || '1031';
const WIKI = `http://127.0.0.1:${PORT}`;
const PAGE = 'Mailing test meeting';
const BLOCKS_PAGE = 'Mailing blocks meeting';
const LIMIT = [8, 30]; // wiki mails per account per 30 s
const STAND_IN = `http://127.0.0.1:${18440 + (process.pid % 50)}`;
const OAUTH_RECIPIENTS = ['Alice', 'User01', 'User02'];
const MAILABLE = ['Alice', ...Array.from({ length: 14 }, (_, i) => `User${String(i + 1).padStart(2, '0')}`)];
const env = {};

/** A maintenance script of the mailing wiki. */
const maintenance = (script, args, input = '') => execFileSync('php', [`maintenance/${script}`, ...args], {
  cwd: '/usr/share/mediawiki', env: { ...process.env, MW_CONFIG_FILE: join(env.wikiDir, 'LocalSettings.php') }, input,
});

/** Turns wiki mail off for `user` in their preferences, as they would. */
async function turnWikiMailOff(user) {
  const api = await request.newContext();
  const get = async (q) => (await api.get(`${WIKI}/api.php?format=json&formatversion=2&${q}`)).json();
  const login = (await get('action=query&meta=tokens&type=login')).query.tokens.logintoken;
  await api.post(`${WIKI}/api.php`, { form: { action: 'clientlogin', format: 'json', username: user, password: 'wikimeet-demo-pass', logintoken: login, loginreturnurl: WIKI } });
  const csrf = (await get('action=query&meta=tokens')).query.tokens.csrftoken;
  const r = await api.post(`${WIKI}/api.php`, { form: { action: 'options', format: 'json', change: 'disablemail=1', token: csrf } });
  assert.equal((await r.json()).options, 'success');
  await api.dispose();
}

/** Blocks `user` on the mailing wiki as its admin would (the API's action=block). */
async function blockOnWiki(user, params) {
  const api = await request.newContext();
  const get = async (q) => (await api.get(`${WIKI}/api.php?format=json&formatversion=2&${q}`)).json();
  const login = (await get('action=query&meta=tokens&type=login')).query.tokens.logintoken;
  await api.post(`${WIKI}/api.php`, { form: { action: 'clientlogin', format: 'json', username: 'Admin', password: 'wikimeet-demo-pass-admin', logintoken: login, loginreturnurl: WIKI } });
  const csrf = (await get('action=query&meta=tokens')).query.tokens.csrftoken;
  const r = await api.post(`${WIKI}/api.php`, { form: { action: 'block', format: 'json', user, reason: 'test block', allowusertalk: '1', token: csrf, ...params } });
  assert.ok((await r.json()).block, `${user} blocked`);
  await api.dispose();
}

before(async () => {
  env.wikiDir = await mkdtemp(join(tmpdir(), 'wikimeet-mailing-wiki-'));
  env.sink = await startSmtpSink(SMTP_PORT, join(env.wikiDir, 'mail'));
  execFileSync(join(here, '..', 'wiki', 'wiki.sh'), ['start', env.wikiDir, PORT], {
    env: { ...process.env, SMTP_PORT, EMAIL_LIMIT: LIMIT.join(', ') }, stdio: 'inherit',
  });
  for (const user of [...MAILABLE, 'User15']) maintenance('resetUserEmail.php', ['--no-reset-password', user, `${user.toLowerCase()}@example.test`]);
  await turnWikiMailOff('User15');
  const line = (u) => `# [[User:${u}|${u}]] ([[User talk:${u}|talk]]) 10:00, 1 December 2026 (UTC)`;
  const lines = [...MAILABLE, 'User15', 'User16', 'User17'].map(line);
  lines.splice(3, 0, '# Maju Planas (WMAR)', line('Ghost of nobody'));
  const two = OAUTH_RECIPIENTS.map(line).join('\n');
  const text = `Our meeting.\n== Register ==\n=== Session one ===\n${lines.join('\n')}\n=== Session two ===\n${two}\n== Other ==\nx\n`;
  maintenance('edit.php', ['-u', 'Admin', '-s', 'mailing test', PAGE], text);
  // Registrants blocked on the wiki, each able to receive wiki mail: sitewide for good (the
  // wiki's own Blocked), partially, and sitewide until a date.
  for (const user of ['Blocked', 'User18', 'User19']) maintenance('resetUserEmail.php', ['--no-reset-password', user, `${user.toLowerCase()}@example.test`]);
  await blockOnWiki('User18', { expiry: 'infinite', partial: '1', pagerestrictions: 'Main Page' });
  await blockOnWiki('User19', { expiry: '2 years' });
  const blocksText = `== Register ==\n=== Session one ===\n${['Alice', 'Blocked', 'User18', 'User19'].map(line).join('\n')}\n`;
  maintenance('edit.php', ['-u', 'Admin', '-s', 'mailing test', BLOCKS_PAGE], blocksText);
  const event = (slug, signin) => {
    const e = demoEvent(WIKI);
    e.slug = slug;
    e.wiki = { ...e.wiki, page: PAGE, signin };
    e.sessions = [{ id: 'one', start: '2030-01-15T15:00:00Z', signup_heading: 'Session one' }];
    return e;
  };
  // Bob signs in with OAuth 2 at the stand-in, which acts on this wiki as Bob.
  env.standIn = spawn('node', [join(here, '..', 'oauth', 'stand-in.mjs'), new URL(STAND_IN).port, 'Bob'], {
    env: { ...process.env, WIKI_API: `${WIKI}/api.php` }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => env.standIn.stdout.once('data', resolve));
  const byOAuth = event('mailing-oauth', 'oauth2');
  byOAuth.organisers = ['Bob'];
  // The wiki as the organiser page finds it: its address is the stand-in's, which answers as the wiki.
  byOAuth.wiki = {
    ...byOAuth.wiki, api: `${STAND_IN}/api.php`, article_path: `${STAND_IN}/index.php/$1`,
    oauth: { client_id: 'wikimeet-test-client', rest: STAND_IN },
  };
  byOAuth.sessions = [
    { id: 'one', start: '2030-01-15T15:00:00Z', signup_heading: 'Session one' },
    { id: 'two', start: '2030-01-22T15:00:00Z', signup_heading: 'Session two' },
  ];
  const blocks = event('mailing-blocks', 'wiki-session');
  blocks.wiki.page = BLOCKS_PAGE;
  env.site = await serve(await siteWith({
    'events/index.json': { events: ['mailing-test', 'mailing-by-hand', 'mailing-oauth', 'mailing-blocks'] },
    'events/mailing-blocks.json': blocks,
    'events/mailing-test.json': event('mailing-test', 'wiki-session'),
    'events/mailing-by-hand.json': event('mailing-by-hand', 'none'),
    'events/mailing-oauth.json': byOAuth,
  }));
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  env.site?.stop();
  if (env.wikiDir) execFileSync(join(here, '..', 'wiki', 'wiki.sh'), ['stop', env.wikiDir]);
  env.sink?.kill();
  env.standIn?.kill();
});

const openEvent = async (page, slug) => {
  await page.goto(env.site.url + 'organiser.html');
  await page.getByLabel('Meetings on this site').focus();
  await page.getByLabel('Meetings on this site').selectOption(slug);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByText(`Opened events/${slug}.json`).waitFor();
};

const statusOf = (page, user) => page.locator(`.org-mail-results li[data-user="${user}"]`);

/** How many mails each address got. */
async function mailCounts() {
  const counts = {};
  for (const m of await env.sink.mails()) {
    const to = /^To: (.*)$/mi.exec(m)?.[1] ?? '';
    const address = /([a-z0-9.-]+@example\.test)/i.exec(to)?.[1]?.toLowerCase() ?? to;
    counts[address] = (counts[address] || 0) + 1;
  }
  return counts;
}

test('the link reaches each reachable registrant once, through a reload, a lost answer and the limit', { timeout: 300000 }, async () => {
  const page = await openPage(env.browser);
  await openEvent(page, 'mailing-test');
  await page.getByText('Wiki mail reaches 15; 5 cannot get it.').waitFor();
  for (const [who, why] of [['User15', 'wiki mail turned off'], ['User16', 'no confirmed email'], ['Maju Planas (WMAR)', 'names no wiki account'], ['Ghost of nobody', 'no account of that name']]) {
    await page.locator('.org-mail-people li', { hasText: who }).getByText(why, { exact: false }).waitFor();
  }
  // Not signed in: the checklist, no send button.
  assert.equal(await page.getByRole('button', { name: /^Send to/ }).count(), 0);
  await signInOnWiki(page, WIKI, 'Vic Sfriso (WMAR)');
  const send = page.getByRole('button', { name: /^Send to \d+ (person|people)$/ });
  await send.waitFor();
  // The message must carry the video link before anything goes.
  await send.click();
  await page.getByText('still has the place for the video link').waitFor();
  const text = await page.getByLabel('Message', { exact: true }).inputValue();
  await page.getByLabel('Message', { exact: true }).fill(text.replace('[paste the video link here]', 'https://zoom.example/j/123'));
  await page.getByLabel('Send me one copy').check();
  // The answer to User03's send is lost on the way back (the wiki sends the mail).
  await page.route(`${WIKI}/api.php*`, async (route) => {
    if (route.request().method() === 'POST' && (route.request().postData() || '').includes('target=User03')) {
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await send.click();
  // The lost answer stops the run (the connection is failing): User03 is unknown.
  await page.getByText('The answer for User03 was lost').waitFor();
  await statusOf(page, 'User03').getByText('unknown').waitFor();
  await page.unroute(`${WIKI}/api.php*`);
  const again = page.getByRole('button', { name: /^Send to \d+ (person|people)$/ });
  await again.click();
  await page.getByText(/^[5-9] of 15 sent$/).waitFor();
  await page.reload(); // in the middle of sending
  await page.getByText('Wiki mail reaches 15; 5 cannot get it.').waitFor();
  await statusOf(page, 'User03').getByText('unknown').waitFor();
  // The send the reload cut off is unknown at once, not "sending…" with nothing sending.
  await page.waitForFunction(() => [...document.querySelectorAll('.org-mail-results li')].length > 0 &&
    ![...document.querySelectorAll('.org-mail-results li')].some((li) => li.textContent.includes('sending…')), null, { timeout: 1000 });
  await again.click();
  // The limit of 8 a window is met: sending stops, quoting the wiki and when, saying how many
  // remain, and when the page tries again by itself.
  await page.getByText(/At \d\d:\d\d the wiki stopped the sending, saying: ".*(limit|too many).*"\. \d+ people remain/).waitFor({ timeout: 40000 });
  await page.getByText(/tries again by itself at \d\d:\d\d \(Pause stops that\)/).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Pause' }).isVisible(), 'Pause while it waits');
  const sentBefore = Object.values(await mailCounts()).reduce((a, b) => a + b, 0);
  assert.ok(sentBefore <= LIMIT[0] + 1, `no more than the limit went out: ${sentBefore}`);
  // The wiki's window passes; a minute on, the page's own next try sends more.
  const progress = await page.locator('.org-mail-progress').innerText();
  await page.waitForFunction((p) => document.querySelector('.org-mail-progress').textContent !== p, progress, { timeout: 90000 });
  // A second tab opens while it sends. Whatever is left once that run ends (the limit may be
  // met again), a double click and the second tab at once send: one tab does, the other says so.
  const second = await page.context().newPage();
  await openEvent(second, 'mailing-test');
  const secondSend = second.getByRole('button', { name: /^Send to \d+ (person|people)$/ });
  await secondSend.waitFor();
  const finished = async (p) => (await p.getByRole('button', { name: 'Send to 0 people' }).count()) > 0;
  for (let i = 0; i < 120 && !(await finished(page)) && !(await again.isEnabled()); i++) await page.waitForTimeout(500);
  if (!(await finished(page))) {
    await Promise.all([again.dblclick(), secondSend.click()]);
    // Whichever tab holds the lock sends the rest; wait until its count of those left is 0.
    for (let i = 0; i < 240 && !(await finished(page) || await finished(second)); i++) await page.waitForTimeout(500);
  }
  // Both tabs show the same record within a second: nobody is offered again.
  for (const p of [page, second]) await p.getByRole('button', { name: 'Send to 0 people' }).waitFor({ timeout: 1000 });
  await page.reload();
  await page.getByText('Wiki mail reaches 15').waitFor();
  await page.getByRole('button', { name: 'Send to 0 people' }).waitFor();
  const counts = await mailCounts();
  const unknown = [];
  for (const user of MAILABLE) {
    if (await statusOf(page, user).getByText('unknown').count()) unknown.push(user);
  }
  assert.ok(unknown.includes('User03'), `the lost answer is unknown: ${unknown}`);
  for (const user of MAILABLE) {
    const n = counts[`${user.toLowerCase()}@example.test`] || 0;
    if (unknown.includes(user)) assert.ok(n <= 1, `${user} got ${n}`);
    else assert.equal(n, 1, `${user} got ${n} (counts ${JSON.stringify(counts)})`);
  }
  for (const nobody of ['user15', 'user16', 'user17']) assert.equal(counts[`${nobody}@example.test`], undefined);
  // The sender's own copy: one, not one per message.
  assert.equal(counts['vic@example.test'], 1, JSON.stringify(counts));
  await screenshot(page, 'mailing-done');
  assert.deepEqual(page.problems.filter((p) => !p.includes('api.php')), []);
  await second.close();
  await page.context().close();
});

test('registrants blocked on the wiki are marked for the facilitator only; one left out gets nothing', { timeout: 300000 }, async () => {
  const before = await mailCounts();
  const marks = (p) => p.locator('.org-mail-blocked');
  // Not signed in (the checklist), and signed in as someone the event does not name: no marks.
  const anyone = await openPage(env.browser);
  await openEvent(anyone, 'mailing-blocks');
  await anyone.getByText('Wiki mail reaches 4; 0 cannot get it.').waitFor();
  assert.equal(await marks(anyone).count(), 0);
  assert.doesNotMatch(await anyone.locator('.organiser').innerText(), /blocked/);
  await signInOnWiki(anyone, WIKI, 'Bob');
  await anyone.getByText('You are signed in as Bob').waitFor();
  assert.doesNotMatch(await anyone.locator('.organiser').innerText(), /blocked/);
  await anyone.context().close();
  // The facilitator: each block marked, sitewide, partial and expiring.
  const page = await openPage(env.browser);
  await openEvent(page, 'mailing-blocks');
  await signInOnWiki(page, WIKI, 'Vic Sfriso (WMAR)');
  const host = new URL(WIKI).host;
  await statusOf(page, 'Blocked').getByText(`blocked on ${host} (sitewide, no end date)`).waitFor();
  await statusOf(page, 'User18').getByText(`blocked on ${host} (partial: from some pages or actions, no end date)`).waitFor();
  await statusOf(page, 'User19').getByText(new RegExp(`blocked on ${host.replace(/\./g, '\\.')} \\(sitewide, until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)`)).waitFor();
  assert.equal(await marks(statusOf(page, 'Alice')).count(), 0);
  // One tick leaves Blocked out, kept through a reload.
  await statusOf(page, 'Blocked').getByLabel('Leave out of this mailing').check();
  await statusOf(page, 'Blocked').getByText('left out of this mailing').waitFor();
  await page.reload();
  await statusOf(page, 'Blocked').getByText('left out of this mailing').waitFor();
  assert.ok(await statusOf(page, 'Blocked').getByLabel('Leave out of this mailing').isChecked());
  const text = await page.getByLabel('Message', { exact: true }).inputValue();
  await page.getByLabel('Message', { exact: true }).fill(text.replace('[paste the video link here]', 'https://zoom.example/j/789'));
  await page.getByRole('button', { name: 'Send to 3 people' }).click();
  // The wiki's limit may still hold from the test before: the page's own next try sends then.
  await page.getByRole('button', { name: 'Send to 0 people' }).waitFor({ timeout: 200000 });
  const after = await mailCounts();
  const got = (user) => (after[`${user.toLowerCase()}@example.test`] || 0) - (before[`${user.toLowerCase()}@example.test`] || 0);
  assert.equal(got('Blocked'), 0, 'left out: nothing');
  for (const user of ['Alice', 'User18', 'User19']) assert.equal(got(user), 1, user);
  await page.context().close();
});

test('without sign-in: a checklist of the wiki\'s Email this user pages, ticks kept', async () => {
  const page = await openPage(env.browser);
  await openEvent(page, 'mailing-by-hand');
  await page.getByText('Send by hand from the wiki').waitFor();
  const link = page.getByRole('link', { name: 'Email User01 on the wiki' });
  assert.equal(await link.getAttribute('href'), `${WIKI}/index.php/Special:EmailUser/User01`);
  assert.equal(await page.getByRole('link', { name: /^Email User1[5-7] on the wiki$/ }).count(), 0, 'only those wiki mail reaches');
  await page.getByLabel('User01', { exact: true }).check();
  await page.reload();
  await page.getByText('Send by hand from the wiki').waitFor();
  assert.ok(await page.getByLabel('User01', { exact: true }).isChecked());
  assert.ok(!(await page.getByLabel('User02', { exact: true }).isChecked()));
  assert.match(await page.getByLabel('The message, ready to copy').inputValue(), /the link for the meeting/);
  await page.context().close();
});

test('signed in with OAuth 2: back on the organiser page after signing in, each gets one, once', async () => {
  const before = await mailCounts();
  const page = await openPage(env.browser);
  await openEvent(page, 'mailing-oauth');
  await page.getByText('Wiki mail reaches 15; 5 cannot get it.').waitFor();
  await page.getByRole('button', { name: 'Sign in with your wiki account' }).click();
  await page.waitForURL(`${STAND_IN}/oauth2/authorize?**`);
  // The wiki answers at the one registered address, the folder; early.js passes it on.
  assert.equal(new URL(page.url()).searchParams.get('redirect_uri'), env.site.url);
  await page.locator('#allow').click();
  await page.locator('.signed-in', { hasText: 'Signed in to the wiki as Bob.' }).waitFor();
  assert.equal(page.url(), `${env.site.url}organiser.html`, 'back on the organiser page, the code gone');
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), ['wikimeet:oauth-tokens']);
  await page.getByLabel('Send to', { exact: true }).selectOption('two');
  await page.getByText('Wiki mail reaches 3; 0 cannot get it.').waitFor();
  const message = page.getByLabel('Message', { exact: true });
  await message.fill((await message.inputValue()).replace('[paste the video link here]', 'https://zoom.example/j/456'));
  await page.getByRole('button', { name: 'Send to 3 people' }).click();
  await page.getByText('3 of 3 sent').waitFor();
  for (const user of OAUTH_RECIPIENTS) await statusOf(page, user).getByText('sent').waitFor();
  // Everyone registered: the three already sent to are not counted again (one record per event).
  await page.getByLabel('Send to', { exact: true }).selectOption('');
  await page.getByText('Wiki mail reaches 15; 5 cannot get it.').waitFor();
  await page.getByRole('button', { name: 'Send to 12 people' }).waitFor();
  const after = await mailCounts();
  for (const user of OAUTH_RECIPIENTS) {
    const address = `${user.toLowerCase()}@example.test`;
    assert.equal((after[address] || 0) - (before[address] || 0), 1, `${user}: one message`);
  }
  assert.equal(after['bob@example.test'], before['bob@example.test'], 'no copy was asked for');
  const mails = (await env.sink.mails()).filter((m) => m.includes('zoom.example/j/456'));
  assert.equal(mails.length, 3, 'the message as written');
  // Every send went with Bob's bearer token and crossorigin, as a wiki with OAuth requires.
  const sends = (await (await fetch(`${STAND_IN}/log`)).json()).filter((e) => e.action === 'emailuser');
  assert.deepEqual(sends.map((e) => e.target).sort(), OAUTH_RECIPIENTS);
  assert.ok(sends.every((e) => e.signed && e.crossorigin && !e.refused), JSON.stringify(sends));

  // The scope changed while sending: the run stops after its current send, nothing breaks, and
  // the rest can be sent later; still nobody has this message twice.
  await page.getByRole('button', { name: 'Send to 12 people' }).click();
  await page.getByLabel('Send to', { exact: true }).selectOption('two');
  await page.getByText('Wiki mail reaches 3; 0 cannot get it.').waitFor();
  await page.getByLabel('Send to', { exact: true }).selectOption('');
  const rest = page.getByRole('button', { name: /^Send to 1[01] people$/ });
  await rest.waitFor();
  await page.waitForTimeout(1000); // an old run would send on meanwhile
  assert.match(await rest.innerText(), /^Send to 1[01] people$/);
  assert.ok(await rest.isEnabled(), 'no run is going on');
  const perPerson = {};
  for (const m of (await env.sink.mails()).filter((x) => x.includes('zoom.example/j/456'))) {
    const to = /^To: .*?([a-z0-9.-]+@example\.test)/mi.exec(m)?.[1];
    perPerson[to] = (perPerson[to] || 0) + 1;
  }
  assert.ok(Object.values(perPerson).every((n) => n === 1), JSON.stringify(perPerson));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
