// Registration on the wiki list in a real browser, against the real test wiki: sign in through
// the wiki's own login form, see the lists, register, withdraw, and recover from a failure.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, pageWikitext, screenshot, serve, signInOnWiki, siteWith, texts } from './helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_URL;
const PAGE = 'Volunteer Supporters Network/VSN peer-to-peer support';
const BEFORE_SESSIONS = '2024-02-10T12:00:00Z';
let browser, site;

before(async () => {
  assert.ok(WIKI, 'WIKI_URL is not set: run scripts/test, which starts the test wiki');
  browser = await launch();
  site = await serve(await siteWith({ 'events/vsn-peer-to-peer-support.json': demoEvent(WIKI) }));
});
after(async () => {
  await browser?.close();
  site?.stop();
});

const wikitext = () => pageWikitext(WIKI, PAGE);

/** The non-blank lines of one session's section. */
function sectionLines(text, heading) {
  const start = text.indexOf(`=== ${heading} ===`);
  const rest = text.slice(start);
  const end = rest.indexOf('\n==', 1);
  return rest.slice(0, end < 0 ? undefined : end).split('\n').filter((l) => l.trim());
}

const signIn = (page, user) => signInOnWiki(page, WIKI, user);

test('opening the page reads the wiki without a CORS preflight', async () => {
  const page = await openPage(browser, { now: BEFORE_SESSIONS });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const calls = [];
  cdp.on('Network.requestWillBeSent', (e) => { if (e.request.url.startsWith(WIKI)) calls.push(e.request.method); });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await page.locator('.wiki-account p').first().waitFor();
  assert.ok(calls.includes('GET'), 'the page was read');
  assert.deepEqual(calls.filter((m) => m === 'OPTIONS'), [], 'no preflight (Chromium shows them as OPTIONS)');
  await page.context().close();
});

test('sign in on the wiki, see who comes, register, withdraw: other lines untouched', async () => {
  const before = await wikitext();
  const page = await openPage(browser, { timezoneId: 'Europe/Warsaw', now: BEFORE_SESSIONS });
  const apiCalls = [];
  page.on('request', (r) => r.url().includes('/api.php') && apiCalls.push(new URL(r.url()).searchParams.get('action') || 'post'));
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  assert.deepEqual(await texts(page, '.signup-count'), ['9 people have registered', '5 people have registered']);
  assert.deepEqual(apiCalls.filter((a) => a === 'parse'), ['parse'], 'one read for all sessions');
  await page.locator('.attendees').nth(1).locator('summary').click();
  assert.deepEqual(await texts(page, '.session >> nth=1 >> .attendees li'),
    ['Vic Sfriso (WMAR)', 'Paula (WDU)', 'Tania Solá (WMMX)', 'Maju Planas (WMAR)', 'NSzafran-WMF']);
  assert.match(await page.locator('.signed-out').innerText(), /not signed in/);
  const mail = await page.locator('.session').nth(1).locator('.signup-email').getAttribute('href');
  assert.match(mail, /^mailto:vic@wikimedia\.org\.ar\?subject=Registration%3A%20Peer-to-peer/);
  assert.match(decodeURIComponent(mail), /the session on 2024-02-27 17:00 UTC/);

  await signIn(page, 'Alice');
  assert.match(await page.locator('.mail-on').innerText(), /Wiki mail is on/);
  const tuesday = page.locator('.session').nth(1);
  await tuesday.getByRole('button', { name: 'Register for this session' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  assert.equal(await tuesday.locator('.signup-count').innerText(), '6 people have registered');
  assert.ok((await texts(page, '.session >> nth=1 >> .attendees li')).includes('Alice'));
  await screenshot(page, 'registered');

  let lines = sectionLines(await wikitext(), 'Tuesday 27th February, time 17 UTC');
  const original = sectionLines(before, 'Tuesday 27th February, time 17 UTC');
  assert.deepEqual(lines.slice(0, -1), original, 'every earlier line byte for byte');
  assert.match(lines.at(-1), /^# \[\[User:Alice\|Alice\]\] \(\[\[User talk:Alice\|talk\]\]\) \d\d:\d\d, \d+ \w+ \d{4} \(UTC\)$/);

  // A double click registers once.
  const wednesday = page.locator('.session').nth(0);
  await wednesday.getByRole('button', { name: 'Register for this session' }).dblclick();
  await wednesday.locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  lines = sectionLines(await wikitext(), 'Wednesday 14th February, time 15 UTC');
  assert.equal(lines.filter((l) => l.includes('[[User:Alice|')).length, 1);

  await tuesday.getByRole('button', { name: 'Withdraw from this session' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  assert.equal(await tuesday.locator('.signup-count').innerText(), '5 people have registered');
  assert.deepEqual(sectionLines(await wikitext(), 'Tuesday 27th February, time 17 UTC'), original);
  await wednesday.getByRole('button', { name: 'Withdraw from this session' }).click();
  await wednesday.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  assert.equal(await wikitext(), before, 'the page is exactly as it was');
  assert.deepEqual(page.problems.filter((p) => !p.includes('Failed to load resource')), []);
  await page.context().close();
});

test('a failed sign-up says what happened, keeps the intent and succeeds on retry', async () => {
  const page = await openPage(browser, { timezoneId: 'Africa/Nairobi', now: BEFORE_SESSIONS });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signIn(page, 'Bob');
  await page.route('**/api.php?**', (route) => route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue());
  const tuesday = page.locator('.session').nth(1);
  await tuesday.getByRole('button', { name: 'Register for this session' }).click();
  await tuesday.locator('.signup-error').waitFor();
  assert.match(await tuesday.locator('.signup-error').innerText(), /The wiki could not be reached/);
  assert.ok(await tuesday.locator('.signup-email').isVisible(), 'email is offered');
  await page.unroute('**/api.php?**');
  await tuesday.getByRole('button', { name: 'Try again' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  const lines = sectionLines(await wikitext(), 'Tuesday 27th February, time 17 UTC');
  assert.equal(lines.filter((l) => l.includes('[[User:Bob|')).length, 1);
  await tuesday.getByRole('button', { name: 'Withdraw from this session' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  await page.context().close();
});

/** Routes the page's edits to the wiki: `lose` sends each edit on and drops its answer (the
 * wiki saves it, the page hears nothing); `block` never lets it leave; `blind` also fails every
 * read after an edit was sent. */
function editsGo(page, how) {
  let sent = false;
  return page.route('**/api.php?**', async (route) => {
    const edit = route.request().method() === 'POST' && /(^|&)action=edit(&|$)/.test(route.request().postData() || '');
    if (edit && how !== 'block') {
      await route.fetch(); // the wiki saves it
      sent = true;
      return route.abort('connectionreset');
    }
    if (edit) return route.abort('connectionrefused');
    if (how === 'blind' && sent) return route.abort('internetdisconnected');
    return route.continue();
  });
}

test('a Register or Withdraw whose answer is lost says what is true after reading again', async () => {
  const before = await wikitext();
  const page = await openPage(browser, { now: BEFORE_SESSIONS });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signIn(page, 'Bob');
  const tuesday = page.locator('.session').nth(1);
  const bobLines = async () => sectionLines(await wikitext(), 'Tuesday 27th February, time 17 UTC').filter((l) => l.includes('[[User:Bob|')).length;

  // Saved by the wiki, answer dropped: on the list, as the wiki says.
  await editsGo(page, 'lose');
  await tuesday.getByRole('button', { name: 'Register for this session' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  assert.equal(await tuesday.locator('.signup-error').count(), 0, 'no "nothing was changed"');
  assert.equal(await tuesday.locator('.signup-count').innerText(), '6 people have registered');
  assert.equal(await bobLines(), 1);
  await tuesday.getByRole('button', { name: 'Withdraw from this session' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  assert.equal(await tuesday.locator('.signup-error').count(), 0);
  assert.equal(await tuesday.locator('.signup-count').innerText(), '5 people have registered');
  assert.equal(await wikitext(), before, 'the line went');
  await page.unroute('**/api.php?**');

  // Never reached the wiki: nothing was changed, and the page says so.
  await editsGo(page, 'block');
  await tuesday.getByRole('button', { name: 'Register for this session' }).click();
  await tuesday.locator('.signup-error').waitFor();
  assert.match(await tuesday.locator('.signup-error').innerText(), /The wiki could not be reached.*nothing was changed/);
  assert.ok(await tuesday.getByRole('button', { name: 'Register for this session' }).isVisible());
  assert.equal(await tuesday.locator('.signup-count').innerText(), '5 people have registered');
  assert.equal(await wikitext(), before);
  await page.unroute('**/api.php?**');

  // Saved, answer dropped, and the wiki cannot be read again: not known, and Try again reads
  // first, so it adds no second line.
  await editsGo(page, 'blind');
  await tuesday.getByRole('button', { name: 'Try again' }).click();
  await tuesday.locator('.signup-error', { hasText: 'not known whether' }).waitFor();
  assert.equal(await bobLines(), 1, 'it landed');
  await page.unroute('**/api.php?**');
  await tuesday.getByRole('button', { name: 'Try again' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  assert.equal(await bobLines(), 1, 'still one line');
  await tuesday.getByRole('button', { name: 'Withdraw from this session' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  assert.equal(await wikitext(), before);
  await page.context().close();
});

test('the write code loads at the first Register, not before; a failed load is tried again', async () => {
  const before = await wikitext();
  const page = await openPage(browser, { now: BEFORE_SESSIONS });
  const fetched = [];
  page.on('request', (r) => r.url().startsWith(site.url) && fetched.push(new URL(r.url()).pathname.split('/').pop() + new URL(r.url()).search));
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signIn(page, 'Bob');
  const module = await page.locator('#actions').getAttribute('data-file');
  assert.match(module, /^wikimeet-[0-9a-f]+\.js$/, 'the build named the action module');
  assert.equal(fetched.filter((f) => f.startsWith(module.replace('.js', ''))).length, 0, 'not in the first view');
  assert.equal(fetched.filter((f) => f.endsWith('.wasm')).length, 1, 'one wasm: the page');

  // Offline at the first click: nothing changes, the person is told, and Try again loads it.
  await page.route(`**/${module}*`, (route) => route.abort('internetdisconnected'));
  const tuesday = page.locator('.session').nth(1);
  await tuesday.getByRole('button', { name: 'Register for this session' }).click();
  await tuesday.locator('.signup-error').waitFor();
  assert.match(await tuesday.locator('.signup-error').innerText(), /You are offline; nothing was sent/);
  assert.equal(await wikitext(), before, 'nothing was sent to the wiki');
  await page.unroute(`**/${module}*`);
  await tuesday.getByRole('button', { name: 'Try again' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  assert.deepEqual(fetched.filter((f) => f.startsWith(module.replace('.js', ''))), [module, `${module}?1`, module.replace('.js', '_bg.wasm')],
    'the failed load, the script asked again under a new address (browsers keep a failed import), then its wasm');
  const lines = sectionLines(await wikitext(), 'Tuesday 27th February, time 17 UTC');
  assert.equal(lines.filter((l) => l.includes('[[User:Bob|')).length, 1);
  await tuesday.getByRole('button', { name: 'Withdraw from this session' }).click();
  await tuesday.locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  assert.equal(await wikitext(), before);
  await page.context().close();
});

test('two Registers in the same moment, before the write code has loaded: both land, once', async () => {
  const before = await wikitext();
  const page = await openPage(browser, { now: BEFORE_SESSIONS });
  const fetched = [];
  page.on('request', (r) => r.url().endsWith('_bg.wasm') && fetched.push(r.url()));
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signIn(page, 'Bob');
  // Both clicks in one task (one mouse cannot click twice at once): both ask for the module.
  await page.evaluate(() => document.querySelectorAll('.session button.register').forEach((b) => b.click()));
  const sessions = page.locator('.session');
  for (const n of [0, 1]) {
    await sessions.nth(n).locator('.signup-status', { hasText: 'You are on the list for this session.' }).waitFor();
  }
  assert.equal(fetched.length, 2, "the page's wasm and the module's, once");
  const text = await wikitext();
  for (const heading of ['Wednesday 14th February, time 15 UTC', 'Tuesday 27th February, time 17 UTC']) {
    assert.equal(sectionLines(text, heading).filter((l) => l.includes('[[User:Bob|')).length, 1, heading);
  }
  for (const n of [1, 0]) {
    await sessions.nth(n).getByRole('button', { name: 'Withdraw from this session' }).click();
    await sessions.nth(n).locator('.signup-status', { hasText: 'You are no longer on the list' }).waitFor();
  }
  assert.equal(await wikitext(), before);
  await page.context().close();
});

test('a blocked account gets a plain message and the other ways to register', async () => {
  const page = await openPage(browser, { now: BEFORE_SESSIONS });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signIn(page, 'Blocked');
  const wednesday = page.locator('.session').nth(0);
  await wednesday.getByRole('button', { name: 'Register for this session' }).click();
  await wednesday.locator('.signup-error').waitFor();
  assert.match(await wednesday.locator('.signup-error').innerText(), /blocked from editing.*register by email/s);
  assert.match(await wednesday.locator('.signup-edit').getAttribute('href'), /action=edit&section=4$/);
  await page.context().close();
});

test('past sessions show their list but take no registrations', async () => {
  const page = await openPage(browser, { now: '2026-11-25T12:00:00Z' });
  await page.goto(site.url);
  await page.locator('.signup-count').first().waitFor();
  await signIn(page, 'Alice');
  assert.equal(await page.getByRole('button', { name: 'Register for this session' }).count(), 0);
  assert.equal(await page.locator('.signup-closed').count(), 2);
  await page.context().close();
});
