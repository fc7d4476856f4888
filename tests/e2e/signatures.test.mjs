// Sign-up lists on a wiki installed in Spanish (namespaces Usuario / Usuario discusión), with
// the signature forms people really use: the lists show plain names and the right counts, a
// registration through the wiki's Spanish signature is recognised (after a reload too), a second
// click adds nothing, and withdrawing leaves the page byte for byte as before.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, logInOnWiki, openPage, pageWikitext, screenshot, serve, signInOnWiki, siteWith, texts } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_ES_URL;
const PAGE = 'Reunión de apoyo';
const WED = 'Miércoles 14 de febrero, 15 UTC';
const TUE = 'Martes 27 de febrero, 17 UTC';
let browser, site;

function spanishEvent() {
  const event = demoEvent(WIKI);
  event.wiki.page = PAGE;
  delete event.wiki.policy_section;
  event.sessions[0].signup_heading = WED;
  event.sessions[1].signup_heading = TUE;
  return event;
}

before(async () => {
  assert.ok(WIKI, 'WIKI_ES_URL is not set: run scripts/test, which starts the Spanish test wiki');
  browser = await launch();
  site = await serve(await siteWith({ 'events/vsn-peer-to-peer-support.json': spanishEvent() }));
});
after(async () => {
  await browser?.close();
  site?.stop();
});

const wikitext = () => pageWikitext(WIKI, PAGE);

test('a Spanish wiki: plain names, struck and bulleted lines, the right counts', async () => {
  const page = await openPage(browser, { now: '2024-02-10T12:00:00Z' });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  assert.deepEqual(await texts(page, '.signup-count'), ['7 people have registered', '2 people have registered']);
  await page.locator('.attendees').nth(0).locator('summary').click();
  assert.deepEqual(await texts(page, '.session >> nth=0 >> .attendees li'), [
    'Vic Sfriso (WMAR)', 'Bob', 'Quux (m)', 'Corge', 'Waldo', 'Garply', 'Maju Planas (WMAR)', '192.0.2.7',
  ]);
  assert.deepEqual(await texts(page, '.session >> nth=0 >> .attendees li.struck s'), ['Waldo']);
  const hrefs = await page.locator('.session >> nth=0 >> .attendees li a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes(`${WIKI}/index.php/User:Bob`), hrefs.join(' '));
  assert.ok(hrefs.includes(`${WIKI}/index.php/m:User:Quux`), 'an interwiki user links through its prefix');
  assert.equal(hrefs.length, 7, 'every name but the plain line links to its user page');
  assert.ok(!(await texts(page, '.session >> nth=0 >> .attendees li a')).includes('Maju Planas (WMAR)'));
  await page.locator('.attendees').nth(1).locator('summary').click();
  assert.deepEqual(await texts(page, '.session >> nth=1 >> .attendees li'), ['Vic Sfriso (WMAR)', 'Baz (de)']);
  for (const t of await texts(page, '.attendees li')) {
    assert.doesNotMatch(t, /\[\[|\]\]|\{\{|\||\(UTC\)/, `no markup on screen: ${t}`);
  }
  await screenshot(page, 'signatures-es');
  assert.deepEqual(page.problems, []);
});

test('a Spanish signature is the user\'s: no second line, found after a reload, withdrawn exactly', async () => {
  const before = await wikitext();
  const page = await openPage(browser, { now: '2024-02-10T12:00:00Z' });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signInOnWiki(page, WIKI, 'Alice');
  const tuesday = page.locator('.session').nth(1);
  await tuesday.getByRole('button', { name: 'Register for this session' }).dblclick();
  await tuesday.locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  await tuesday.getByRole('button', { name: 'Withdraw from this session' }).waitFor();
  assert.equal(await tuesday.locator('.signup-count').innerText(), '3 people have registered');
  const added = (await wikitext()).split('\n').filter((l) => l.includes('Alice'));
  assert.equal(added.length, 1, 'one line, whatever was clicked');
  assert.match(added[0], /^# \[\[Usuario:Alice\|Alice\]\] \(\[\[Usuario discusión:Alice\|discusión\]\]\) /);

  await page.reload();
  await page.locator('.signed-in').waitFor();
  const again = page.locator('.session').nth(1);
  await again.getByRole('button', { name: 'Withdraw from this session' }).waitFor();
  assert.equal(await again.getByRole('button', { name: 'Register for this session' }).count(), 0,
    'Register is not offered again to someone on the list');
  await again.locator('.attendees summary').click();
  assert.ok((await texts(page, '.session >> nth=1 >> .attendees li')).includes('Alice'));

  await again.getByRole('button', { name: 'Withdraw from this session' }).click();
  await again.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  assert.equal(await wikitext(), before, 'the page byte for byte as before');
  assert.deepEqual(page.problems, []);
});

/** Sets `user`'s signature to plain text without a link (a custom signature), on the wiki itself. */
async function plainSignature(wiki, user, nickname) {
  const tab = await logInOnWiki(await browser.newPage(), wiki, user);
  const result = await tab.evaluate(async (nick) => {
    const api = (q) => fetch(`/api.php?format=json&formatversion=2&${q}`).then((r) => r.json());
    const token = (await api('action=query&meta=tokens')).query.tokens.csrftoken;
    const body = new URLSearchParams({ action: 'options', change: `nickname=${nick}|fancysig=1`, token });
    return (await fetch('/api.php?format=json&formatversion=2', { method: 'POST', body })).json();
  }, nickname);
  assert.equal(result.options, 'success', JSON.stringify(result));
  await tab.context().close();
}

test('a custom signature that names nobody: said so, Register not offered again, withdrawn by its line', async () => {
  const before = await wikitext();
  await plainSignature(WIKI, 'User18', 'Plain Eighteen');
  const page = await openPage(browser, { now: '2024-02-10T12:00:00Z' });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signInOnWiki(page, WIKI, 'User18');
  const tuesday = page.locator('.session').nth(1);
  await tuesday.getByRole('button', { name: 'Register for this session' }).click();
  await tuesday.locator('.signup-unrecognised', { hasText: 'does not link to your user page' }).waitFor();
  const lines = (await wikitext()).split('\n').filter((l) => l.startsWith('# Plain Eighteen'));
  assert.equal(lines.length, 1, 'the wiki wrote the custom signature once');

  await page.reload();
  await page.locator('.signed-in').waitFor();
  const again = page.locator('.session').nth(1);
  await again.getByRole('button', { name: 'Withdraw from this session' }).waitFor();
  assert.equal(await again.getByRole('button', { name: 'Register for this session' }).count(), 0,
    'this device knows the line as the user\'s');
  await again.getByRole('button', { name: 'Withdraw from this session' }).click();
  await again.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  assert.equal(await wikitext(), before, 'only that line went');
  assert.deepEqual(page.problems, []);
});
