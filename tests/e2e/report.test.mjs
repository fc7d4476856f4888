// The safe-space policy and the report form in a real browser: drafts that survive reloads,
// wiki mail through the real test wiki into a real SMTP sink, failures that keep the draft,
// mailto, quick exit, and hostile input shown as text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, screenshot, serve, signInOnWiki, siteWith, startSmtpSink } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_URL;
const SMTP_PORT = process.env.SMTP_PORT || '1025';
let browser, site, sink, maildir;

const startSink = async () => { sink = await startSmtpSink(SMTP_PORT, maildir); };
const stopSink = () => sink.stop();
const mails = () => sink.mails();

before(async () => {
  assert.ok(WIKI, 'WIKI_URL is not set: run scripts/test, which starts the test wiki');
  // A folder that does not exist yet: the Maildir handler makes it with tmp/, new/ and cur/.
  maildir = join(await mkdtemp(join(tmpdir(), 'wikimeet-mail-')), 'box');
  await startSink();
  const event = demoEvent(WIKI);
  event.quick_exit_url = './neutral.html';
  site = await serve(await siteWith({
    'events/vsn-peer-to-peer-support.json': event,
    'neutral.html': '<!DOCTYPE html><title>Weather</title><p>Sunny.</p>',
  }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.stop();
  sink?.kill();
});

const REPORT = () => `${site.url}?event=vsn-peer-to-peer-support&view=report`;

async function fill(page, what) {
  await page.getByLabel('Tell the facilitator privately').check();
  await page.locator('#report-session').selectOption('2024-02-27');
  await page.getByLabel('Privacy').check();
  await page.locator('#report-what').fill(what);
  await page.locator('#report-when').fill('About 17:40 UTC');
}

test('the policy page shows each rule as its own linkable section', async () => {
  const page = await openPage(browser);
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support&view=policy#privacy`);
  await page.locator('#privacy h3').waitFor();
  assert.equal(await page.locator('#privacy h3').innerText(), 'Privacy');
  assert.match(await page.locator('#privacy p').innerText(), /^Respect the self chosen degree of anonymity/);
  assert.match(await page.locator('.policy-source').innerText(), /wiki page/);
  assert.match(await page.locator('#reporting p').innerText(), /\(2\) inform only the facilitator/);
  await page.context().close();
});

test('a draft survives a reload, validation keeps what was typed, discard deletes it', async () => {
  const page = await openPage(browser);
  await page.goto(REPORT());
  await fill(page, 'Someone took screenshots without asking.');
  await page.reload();
  await page.locator('.draft-restored').waitFor();
  assert.equal(await page.locator('#report-what').inputValue(), 'Someone took screenshots without asking.');
  assert.equal(await page.locator('#report-when').inputValue(), 'About 17:40 UTC');
  assert.ok(await page.getByLabel('Privacy').isChecked());
  assert.ok(await page.getByLabel('Tell the facilitator privately').isChecked());
  assert.equal(await page.locator('#report-session').inputValue(), '2024-02-27');
  assert.match(await page.locator('.report-preview').innerText(), /Rules: Privacy/);

  await page.locator('#report-what').fill('');
  await page.getByRole('button', { name: 'Copy the report' }).click();
  assert.match(await page.locator('#report-what-error').innerText(), /Please say what happened/);
  assert.equal(await page.locator('#report-what').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'report-what');
  assert.equal(await page.locator('#report-when').inputValue(), 'About 17:40 UTC', 'nothing else cleared');

  await page.getByRole('button', { name: 'Discard this draft' }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem('wikimeet:draft:vsn-peer-to-peer-support')), null);
  await page.context().close();
});

test('wiki mail to the facilitator lands in the mailbox; with the mail server down the draft is kept', async () => {
  const page = await openPage(browser);
  await page.goto(REPORT());
  await page.getByLabel('Tell the facilitator privately').check();
  await signInOnWiki(page, WIKI, 'Alice');
  await fill(page, 'Screenshots were taken without consent. Marker-7731.');
  const mailto = await page.locator('.send-email').getAttribute('href');
  assert.match(mailto, /^mailto:vic@wikimedia\.org\.ar\?subject=Safe%20space%20report/);
  assert.match(decodeURIComponent(mailto), /Marker-7731/);

  await stopSink();
  await page.getByRole('button', { name: 'Send to the facilitator by wiki mail' }).click();
  await page.locator('.send-failed').waitFor();
  assert.match(await page.locator('.send-failed').innerText(), /could not send the mail.*draft is kept/s);
  await page.reload();
  await page.locator('.draft-restored').waitFor();
  assert.match(await page.locator('#report-what').inputValue(), /Marker-7731/);

  await startSink();
  await page.getByRole('button', { name: 'Send to the facilitator by wiki mail' }).click();
  await page.locator('.send-failed').waitFor({ state: 'detached' });
  await page.locator('.sent, .send-failed').first().waitFor();
  assert.equal(await page.locator('.send-failed').count(), 0, await page.locator('.send-status').innerText());
  assert.equal(await page.evaluate(() => localStorage.getItem('wikimeet:draft:vsn-peer-to-peer-support')), null);
  const found = (await mails()).filter((m) => m.includes('Marker-7731'));
  const toVic = found.find((m) => /^To: .*vic@example\.test/m.test(m));
  assert.ok(toVic, `no mail to the facilitator among ${found.length}`);
  assert.match(toVic, /^Reply-To: .*alice@example\.test/m);
  assert.match(toVic, /Rules: Privacy/);
  await screenshot(page, 'report-sent');
  await page.context().close();
});

test('quick exit leaves at once, by button and by Escape twice, and Back does not return', async () => {
  const page = await openPage(browser);
  await page.goto(site.url);
  await page.goto(REPORT());
  await page.locator('#report-what').fill('draft text');
  await page.getByRole('button', { name: 'Leave this page now' }).click();
  await page.waitForURL('**/neutral.html');
  await page.goBack();
  assert.ok(!page.url().includes('view=report'), 'Back goes before the form');
  await page.goto(REPORT());
  await page.locator('.draft-hidden').waitFor(); // after an exit in this tab: the draft hidden
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL('**/neutral.html');
  await page.context().close();
});

test('after a quick exit, no number of Back presses shows the draft, until asked for', async () => {
  const page = await openPage(browser);
  await page.goto(REPORT());
  await page.locator('#report-what').fill('my private draft');
  await page.goto(site.url); // elsewhere, then the form once more: two copies in the history
  await page.goto(REPORT());
  await page.locator('.draft-restored').waitFor();
  await page.getByRole('button', { name: 'Leave this page now' }).click();
  await page.waitForURL('**/neutral.html');
  let formsSeen = 0;
  for (let i = 0; i < 4; i++) {
    await page.goBack().catch(() => {});
    await page.waitForLoadState();
    if (!page.url().includes('view=report')) continue;
    formsSeen++;
    await page.locator('.draft-hidden').waitFor();
    assert.equal(await page.locator('#report-what').isVisible(), false);
    assert.ok(!(await page.locator('body').innerText()).includes('my private draft'));
  }
  assert.equal(formsSeen, 1, 'Back reaches the first copy of the form (the test can see it)');
  await page.goto(REPORT());
  await page.getByRole('button', { name: 'Show my draft' }).click();
  assert.equal(await page.locator('#report-what').inputValue(), 'my private draft');
  await page.reload(); // asked for once: shown again from then on
  assert.equal(await page.locator('#report-what').inputValue(), 'my private draft');
  await page.getByRole('button', { name: 'Discard this draft' }).click();
  await page.context().close();
});

test('hostile input is shown as text and never runs', async () => {
  const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>', "javascript:alert(4)", '{{PLURAL:$1|x}} $1 ~~~~'];
  const page = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.goto(REPORT());
  await page.getByLabel('Tell the facilitator privately').check();
  await page.locator('#report-what').fill(payloads.join('\n'));
  await page.locator('#report-who').fill(payloads[1]);
  await page.locator('#report-when').fill(payloads[2]);
  await page.reload();
  await page.locator('.draft-restored').waitFor();
  const preview = await page.locator('.report-preview').innerText();
  for (const p of payloads) assert.ok(preview.includes(p), `missing as text: ${p}`);
  assert.equal(await page.locator('.report-preview img, .report-preview script, .report-preview svg').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(page.problems.filter((p) => !p.includes('Failed to load resource')), []);
  await page.getByRole('button', { name: 'Discard this draft' }).click();
  await page.context().close();
});

/** Logs in to the wiki's API as `user` (cookies kept by hand) and appends `text` to section `n`. */
async function appendToWiki(user, title, n, text) {
  const jar = new Map();
  const api = async (params, post) => {
    const body = new URLSearchParams({ ...params, format: 'json', formatversion: '2' });
    const r = await fetch(`${WIKI}/api.php${post ? '' : `?${body}`}`, {
      method: post ? 'POST' : 'GET',
      body: post ? body : undefined,
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of r.headers.getSetCookie()) {
      const [k, v] = c.split(';')[0].split('=');
      jar.set(k, v);
    }
    return r.json();
  };
  const login = (await api({ action: 'query', meta: 'tokens', type: 'login' })).query.tokens.logintoken;
  await api({ action: 'clientlogin', username: user, password: 'wikimeet-demo-pass', logintoken: login, loginreturnurl: 'http://x/' }, true);
  const csrf = (await api({ action: 'query', meta: 'tokens' })).query.tokens.csrftoken;
  const r = await api({ action: 'edit', title, section: String(n), appendtext: text, token: csrf }, true);
  assert.equal(r.edit?.result, 'Success', JSON.stringify(r));
}

test("hostile text in the wiki's policy section is shown as text and never runs", async () => {
  // Section 9 is "Enforcement" on the test page.
  await appendToWiki('Bob', 'Volunteer Supporters Network/VSN peer-to-peer support', 9,
    "\n* '''Sneaky <img src=x onerror=alert(5)>''' – <script>alert(6)</script> [javascript:alert(7) click] \"><svg onload=alert(8)>");
  const page = await openPage(browser);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support&view=policy`);
  await page.locator('#sneaky h3').waitFor();
  assert.equal(await page.locator('#sneaky h3').innerText(), 'Sneaky');
  assert.match(await page.locator('#sneaky p').innerText(), /alert\(6\)/);
  assert.equal(await page.locator('.policy img, .policy script, .policy svg').count(), 0);
  await page.goto(REPORT());
  await page.getByLabel('Sneaky').check();
  assert.match(await page.locator('.report-preview').innerText(), /Sneaky/);
  assert.equal(dialogs, 0);
  await page.getByRole('button', { name: 'Discard this draft' }).click();
  await page.context().close();
});
