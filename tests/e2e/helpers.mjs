// Shared set-up for the end-to-end tests: a static server over a copy of dist/, and Debian's
// Chromium driven by playwright-core (never a downloaded browser).
import { spawn } from 'node:child_process';
import net from 'node:net';
import { cp, mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outDir = join(root, 'tests', 'out');
let nextPort = 18100 + (process.pid % 500) * 4;

/**
 * The site the tests serve: the unzipped release archive when scripts/test gives one
 * (SITE_DIR: what organisers upload, no build step run on it), else dist/.
 */
export const siteDir = process.env.SITE_DIR || join(root, 'dist');

/** Copies the site (or another built site, `from`) to a temp folder, adding or replacing
 * files (path → text or JSON value). */
export async function siteWith(files = {}, from = siteDir) {
  const dir = await mkdtemp(join(tmpdir(), 'wikimeet-site-'));
  await cp(from, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  // As an organiser does, with a text editor only (HOSTING.txt): a wiki outside Wikimedia (the
  // test wikis) is added to the CSP line; nothing is built.
  for (const content of Object.values(files)) {
    const wiki = typeof content === 'object' && content.wiki;
    for (const url of wiki ? [wiki.api, wiki.oauth?.rest] : []) {
      if (url && !/^https:\/\/([^/]+\.)?(wikipedia|wikimedia)\.org\//.test(url)) await allowWiki(dir, new URL(url).origin);
    }
  }
  return dir;
}

/** The documented CSP line edit (HOSTING.txt): lets the pages in `dir` reach `origin`. */
export async function allowWiki(dir, origin) {
  for (const page of ['index.html', 'safe-space.html', 'organiser.html']) {
    const html = await readFile(join(dir, page), 'utf8');
    if (!html.includes(`connect-src 'self' ${origin} `)) {
      await writeFile(join(dir, page), html.replace("connect-src 'self' ", `connect-src 'self' ${origin} `));
    }
  }
}

/**
 * Serves `dir` under `base` on a free loopback port; returns { url, stop }. `maxAge`: cache
 * headers as GitHub Pages sends them (max-age, ETag, 304s).
 */
export async function serve(dir, base = '/', address = '127.0.0.1', maxAge = '') {
  const port = nextPort++;
  const child = spawn('node', [join(root, 'scripts', 'static-server.mjs'), dir, String(port), base, address, String(maxAge)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { url: `http://${address}:${port}${base}`, stop: () => child.kill() };
}

export async function launch() {
  // The service worker's own requests reach the context's request events too (issue 34): the
  // size gate and the no-foreign-host check count them.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page in a fresh context (zone, locale, fixed clock) that records every page error and
 * console error, so a test can assert there were none.
 */
export async function openPage(browser, { timezoneId = 'UTC', locale = 'en-GB', now, viewport, bypassCSP = false } = {}) {
  // bypassCSP: only for injecting a test tool (axe) into the page.
  const context = await browser.newContext({ timezoneId, locale, viewport, acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  // Hosts other than this machine cannot be reached here (the default event reads Meta-Wiki):
  // the page handles that; a failure on 127.0.0.1 is a real problem.
  page.on('console', (m) => {
    const offline = m.text().startsWith('Failed to load resource') && !m.location().url.startsWith('http://127.0.0.1');
    if (m.type() === 'error' && !offline) page.problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  // A request to any host but the app's and the events' wikis (all on loopback here, and
  // Meta-Wiki for the default event) is a defect too: no analytics, fonts or CDNs. The
  // context's requests: the page's and its service worker's.
  context.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (r.url().startsWith('http') && !/^127\.0\.0\.\d+$/.test(host) && host !== 'meta.wikimedia.org') {
      page.problems.push(`request to another host: ${r.url()}`);
    }
  });
  // Anything the Content-Security-Policy blocks is a defect of the page.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP blocked ${e.violatedDirective}: ${e.blockedURI || 'inline'}`);
  }));
  if (now) await page.clock.setFixedTime(new Date(now));
  return page;
}

export async function screenshot(page, name) {
  await mkdir(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
}

/** The texts of all elements matching `selector`, trimmed. */
export async function texts(page, selector) {
  return (await page.locator(selector).allInnerTexts()).map((t) => t.trim());
}

/** The current wikitext of `title` on `wiki`, read as anyone can. */
export async function pageWikitext(wiki, title) {
  const r = await fetch(`${wiki}/api.php?action=parse&format=json&formatversion=2&prop=wikitext&page=${encodeURIComponent(title)}`);
  return (await r.json()).parse.wikitext;
}

/** Logs `user` in on the wiki's own login form in `tab`; returns the tab, now on the wiki. */
export async function logInOnWiki(tab, wiki, user) {
  await tab.goto(`${wiki}/index.php?title=Special:UserLogin`);
  await tab.locator('#wpName1').fill(user);
  await tab.locator('#wpPassword1').fill('wikimeet-demo-pass');
  await Promise.all([tab.waitForNavigation(), tab.locator('#wpLoginAttempt').click()]);
  return tab;
}

/** Signs `user` in through the wiki's own login form (another tab), then tells the app. */
export async function signInOnWiki(page, wiki, user) {
  const login = await logInOnWiki(await page.context().newPage(), wiki, user);
  await login.close();
  await page.getByRole('button', { name: 'I have signed in — check again' }).click();
  await page.locator('.signed-in', { hasText: `Signed in to the wiki as ${user}.` }).waitFor();
}

/**
 * Registers before/after hooks that launch Chromium and serve a copy of dist/ (with `files`
 * added); the returned object's `browser` and `site` are set once the hooks have run.
 */
export function useBrowserAndSite(hooks, files = {}) {
  const env = {};
  hooks.before(async () => {
    env.browser = await launch();
    env.site = await serve(await siteWith(files));
  });
  hooks.after(async () => {
    await env.browser?.close();
    env.site?.stop();
  });
  return env;
}

/**
 * The real SMTP sink (aiosmtpd from PyPI) on `port`, keeping each mail as a file in `maildir`
 * (made if missing). Returns { mails(): texts of the mails so far, stop() }.
 */
export async function startSmtpSink(port, maildir) {
  const sink = spawn('python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir], { stdio: 'ignore' });
  const stop = async () => {
    sink.kill();
    await new Promise((r) => sink.once('exit', r));
  };
  const mails = async () => {
    const dir = join(maildir, 'new');
    const names = await readdir(dir).catch(() => []);
    return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  };
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const up = await new Promise((resolve) => {
      const s = net.connect(Number(port), '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (up) return { mails, stop, kill: () => sink.kill() };
  }
  throw new Error('the SMTP sink did not start');
}

/** Every address the page's service worker (issue 34) has kept, in all its caches. */
export const keptAddresses = (page) => page.evaluate(async () => {
  const out = [];
  for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) out.push(r.url);
  return out;
});

/**
 * Waits until the service worker controls `page` and has kept an address matching each of
 * `patterns` (what the page loaded before it ran reaches it a moment later); fails if not.
 */
export async function workerHolds(page, patterns, tries = 120) {
  for (let i = 0; i < tries; i++) {
    const addresses = await keptAddresses(page).catch(() => []);
    const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
    if (controlled && patterns.every((p) => addresses.some((a) => p.test(a)))) return;
    await page.waitForTimeout(500);
  }
  throw new Error(`the service worker did not keep ${patterns.join(', ')}`);
}
