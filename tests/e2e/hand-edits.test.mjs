// Event files with the slips a hand edit makes (HOSTING.txt invites organisers to edit them): a
// backslash before a letter, a Windows path, a file cut off, a file saved as UTF-16. Every page
// that reads the file says which file (and, once the app runs, which field); none goes blank.
// And should the app stop anyway, the page says so plainly and keeps what it showed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage, screenshot, serve, siteDir, siteWith } from './helpers.mjs';

const NOW = '2024-02-10T12:00:00Z';
const env = {};
const good = await readFile(join(siteDir, 'events/vsn-peer-to-peer-support.json'), 'utf8');
/** The shipped event as another slug, its text changed by `edit`. */
const variant = (slug, edit) => edit(good.replace('"slug": "vsn-peer-to-peer-support"', `"slug": "${slug}"`));
// As typed in a text editor: the JSON text itself holds these backslashes.
const SLIPS = {
  'escape-slip': { field: 'title', text: variant('escape-slip', (t) => t.replace(/"title": "[^"]*"/, '"title": "Treffen \\é"')) },
  'windows-path': { field: 'description', text: variant('windows-path', (t) => t.replace(/"description": "[^"]*"/, '"description": "C:\\Users\\Éva\\notes"')) },
  'cut-off': { field: null, text: variant('cut-off', (t) => t.slice(0, Math.floor(t.length / 2))) },
};

before(async () => {
  env.browser = await launch();
  const files = Object.fromEntries(Object.entries(SLIPS).map(([slug, s]) => [`events/${slug}.json`, s.text]));
  // A trap as a panic ends in the browser, from a script of the site's own (the browser hides
  // the error object of another origin's script, the test harness's included).
  files['trap-throw.js'] = "throw new WebAssembly.RuntimeError('unreachable');";
  files['trap-reject.js'] = "Promise.reject(new WebAssembly.RuntimeError('unreachable'));";
  env.dir = await siteWith(files);
  // Windows Notepad's "Unicode": UTF-16 little-endian with its byte-order mark.
  const utf16 = variant('utf-16', (t) => t);
  await writeFile(join(env.dir, 'events/utf-16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
  for (const field of ['language', 'platform']) {
    await writeFile(join(env.dir, `events/empty-${field}.json`), variant(`empty-${field}`, (t) => t.replace(new RegExp(`"${field}": "[^"]*"`), `"${field}": ""`)));
  }
  // A series listing a good meeting and a slip.
  await writeFile(join(env.dir, 'events/index.json'), JSON.stringify({ events: ['vsn-peer-to-peer-support', 'escape-slip'] }));
  env.site = await serve(env.dir);
});
after(async () => {
  await env.browser?.close();
  env.site?.stop();
});

const slugs = [...Object.keys(SLIPS), 'utf-16'];
const expected = (slug) => slug === 'utf-16'
  ? { early: /^events\/utf-16\.json must be saved as UTF-8$/, app: /not saved as UTF-8 \(perhaps as UTF-16/ }
  : { early: new RegExp(`events/${slug}\\.json is not valid JSON \\(.+\\)`), app: /the file is not valid JSON/ };

test('early.js names a file the browser cannot read, before the app runs', async () => {
  for (const slug of slugs) {
    const page = await openPage(env.browser, { now: NOW });
    await page.route('**/*_bg.wasm', (route) => route.abort()); // the app never comes: early.js alone
    await page.goto(`${env.site.url}?event=${slug}`);
    const note = page.locator('#shell .description[role=alert]');
    await note.waitFor();
    assert.match(await note.innerText(), expected(slug).early, slug);
    assert.ok(await note.isVisible(), slug);
    if (slug === 'escape-slip') await screenshot(page, 'hand-edit-early');
    await page.context().close();
  }
});

test('every page that reads the file names it, and the field once the app runs', async () => {
  const pages = (slug) => [`?event=${slug}`, `safe-space.html?event=${slug}&view=policy`,
    `safe-space.html?event=${slug}&view=report`, `safe-space.html?event=${slug}&view=embed`];
  for (const slug of slugs) {
    for (const address of pages(slug)) {
      const page = await openPage(env.browser, { now: NOW });
      await page.goto(env.site.url + address);
      await page.locator('.problem-file').waitFor();
      assert.equal(await page.locator('.problem-file').innerText(), `events/${slug}.json`, address);
      assert.match(await page.locator('.problem-what').innerText(), expected(slug).app, address);
      const field = SLIPS[slug]?.field;
      if (field) assert.equal(await page.locator('.problem-field').innerText(), field, address);
      if (slug === 'escape-slip') {
        assert.match(await page.locator('.problem-what').innerText(), /not a valid escape .* at line \d+, column \d+/, address);
      }
      assert.equal(await page.locator('.app-failed').count(), 0, `${address}: the app did not stop`);
      assert.deepEqual(page.problems.filter((p) => !p.includes('meta.wikimedia.org')), [], address);
      await page.context().close();
    }
  }
});

test('an empty language or platform is named, not shown blank', async () => {
  for (const field of ['language', 'platform']) {
    const page = await openPage(env.browser, { now: NOW });
    await page.goto(`${env.site.url}?event=empty-${field}`);
    await page.locator('.problem-field').waitFor();
    assert.equal(await page.locator('.problem-field').innerText(), field);
    assert.equal(await page.locator('.problem-file').innerText(), `events/empty-${field}.json`);
    assert.match(await page.locator('.problem-what').innerText(), /must not be empty/);
    await page.context().close();
  }
});

test('the series list shows the good meeting and names the slip', async () => {
  const page = await openPage(env.browser, { now: NOW });
  await page.goto(env.site.url);
  await page.locator('.problem-file').waitFor();
  assert.equal(await page.locator('.problem-file').innerText(), 'events/escape-slip.json');
  assert.equal(await page.locator('.problem-field').innerText(), 'title');
  assert.ok(await page.getByText('Peer-to-peer support').first().isVisible(), 'the good meeting is listed');
  await page.context().close();
});

test("the organiser page's upload names the file; a kept form that does not read is left aside", async () => {
  const page = await openPage(env.browser, { now: NOW });
  await page.goto(env.site.url + 'organiser.html');
  await page.getByRole('heading', { name: 'Make a meeting page' }).waitFor();
  for (const slug of Object.keys(SLIPS)) {
    await page.getByLabel('Open an event file from this device').setInputFiles(join(env.dir, `events/${slug}.json`));
    await page.locator('.field-error', { hasText: `${slug}.json` }).waitFor();
    assert.match(await page.locator('.field-error', { hasText: `${slug}.json` }).innerText(), expected(slug).app, slug);
  }
  // The browser reads a file from the device by its byte-order mark: Notepad's UTF-16 opens.
  await page.getByLabel('Open an event file from this device').setInputFiles(join(env.dir, 'events/utf-16.json'));
  await page.getByText('Opened utf-16.json.').waitFor();
  // A form kept on this device with a slip in it: the page opens with an empty form.
  await page.evaluate(() => localStorage.setItem('wikimeet:organiser-form', '{"title": "Treffen \\é'));
  await page.reload();
  await page.getByRole('heading', { name: 'Make a meeting page' }).waitFor();
  assert.equal(await page.locator('.app-failed').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('if the app stops, a plain message with the wiki page and contact; the sessions stay', async () => {
  // A wasm that does not compile (a broken upload): the loader's promise fails before the app
  // ran, so early.js's sessions are all there is. They stay, with the message above them.
  for (const address of ['?event=vsn-peer-to-peer-support', 'safe-space.html?event=vsn-peer-to-peer-support&view=policy']) {
    const page = await openPage(env.browser, { now: NOW });
    await page.route('**/*_bg.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: Buffer.from('not wasm') }));
    await page.goto(env.site.url + address);
    const box = page.locator('.app-failed');
    await box.waitFor();
    assert.ok(await box.isVisible(), address);
    assert.match(await box.innerText(), /This copy of wikimeet met an error and stopped. Please reload the page./);
    const wiki = box.getByRole('link', { name: 'Volunteer Supporters Network/VSN peer-to-peer support' });
    await wiki.waitFor();
    assert.equal(await wiki.getAttribute('href'), 'https://meta.wikimedia.org/wiki/Volunteer_Supporters_Network/VSN_peer-to-peer_support');
    assert.equal(await box.getByRole('link', { name: 'vic@wikimedia.org.ar' }).getAttribute('href'), 'mailto:vic@wikimedia.org.ar');
    if (address.startsWith('?')) {
      assert.equal(await page.locator('#shell .session-list li').count(), 2, "early.js's sessions kept");
      assert.ok(await page.locator('#shell .session-list li').first().isVisible());
      await screenshot(page, 'app-stopped');
    }
    await page.context().close();
  }
  // A trap once the app runs (as a panic ends in the browser), thrown and as a rejection: the
  // page it showed stays, the message comes above it.
  for (const how of ['throw', 'reject']) {
    const page = await openPage(env.browser, { now: NOW });
    await page.goto(`${env.site.url}?event=vsn-peer-to-peer-support`);
    await page.locator('.session .local-time').first().waitFor();
    await page.addScriptTag({ url: `${env.site.url}trap-${how}.js` });
    await page.locator('.app-failed').waitFor();
    assert.ok(await page.locator('.app-failed').isVisible(), how);
    assert.ok(await page.locator('.session .local-time').first().isVisible(), `${how}: the page stays`);
    await page.context().close();
  }
  // Another script's error is not the app's: no message.
  const page = await openPage(env.browser, { now: NOW });
  await page.goto(`${env.site.url}?event=vsn-peer-to-peer-support`);
  await page.locator('.session .local-time').first().waitFor();
  await page.evaluate(() => setTimeout(() => { throw new TypeError('an extension'); }));
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.app-failed').count(), 0);
  await page.context().close();
});
