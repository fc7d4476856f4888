// The service worker (issue 34): the pages a visitor opened once open again offline, and online
// they are never stale. Its scope is its folder, so it leaves alone whatever else the site
// serves (other projects on one GitHub Pages origin); its caches carry the scope in their names.
// The rule for each file (README "Offline"):
//  - events/*.json (the index and the meetings), the three pages (kept by path, never with
//    their query: an OAuth answer ?code=… is never stored), i18n/*.json, the other plain files,
//    the manifest and icons: the network first, as fresh as the host serves them (no-cache);
//    the kept copy only when the network fails, or does not answer in 3 s (then marked
//    X-Wikimeet-Kept with when it was kept, and the page is told when the answer comes). A 404
//    means the file is gone: answered as such, its kept copy deleted.
//  - the release's files with a content hash in their name (wasm, scripts, styles): kept once
//    used, then read from the device (a new release has new names).
//  - events/*.ics (calendars fetch them themselves) and the widget (it runs inside other
//    sites' frames): not touched.
//  - the wikis: a read sent without the visitor's account (no cookies, no Authorization) is
//    kept like the event files, so the lists show as last read; nothing sent signed in or with
//    a token, and no POST (no write is ever queued).
//  - this file itself: the browser asks for it past every cache (updateViaCache 'none').
// Switching it off: HOSTING.txt part 4 (sw-off.js replaces this file).
'use strict';
var RELEASE = 'dev'; // scripts/build writes the release's fingerprint here: a new one installs
var SCOPE = self.registration.scope;
var CACHE = 'wikimeet ' + SCOPE + ' ' + RELEASE;
var SLOW_MS = 3000;
var HASHED = /-[0-9a-f]{12,16}(_bg\.wasm|\.js|\.css)$/;
// When each page (client) was shown a kept copy, for offline.js to say so.
var keptFor = {};

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (e) {
  // This scope's caches of older releases go; other folders' caches are not ours.
  e.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf('wikimeet ' + SCOPE + ' ') === 0 && n !== CACHE;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

/** The key a response is kept under: a page by its path alone, anything else by its address. */
function keyOf(url, page) {
  return page ? url.origin + url.pathname : url.href;
}

function keep(key, response) {
  if (!response.ok || response.type === 'opaque') return Promise.resolve();
  var copy = response.clone();
  return caches.open(CACHE).then(function (c) {
    var headers = new Headers(copy.headers);
    headers.set('X-Wikimeet-Kept-At', new Date().toISOString());
    return copy.blob().then(function (body) {
      return c.put(key, new Response(body, { status: copy.status, statusText: copy.statusText, headers: headers }));
    });
  });
}

/** The kept copy of `key`, marked as such, or undefined. */
function kept(key) {
  return caches.open(CACHE).then(function (c) { return c.match(key); }).then(function (r) {
    if (!r) return r;
    var headers = new Headers(r.headers);
    headers.set('X-Wikimeet-Kept', r.headers.get('X-Wikimeet-Kept-At') || '');
    return r.blob().then(function (body) {
      return new Response(body, { status: r.status, statusText: r.statusText, headers: headers });
    });
  });
}

function tell(clientId, url) {
  if (!clientId) return;
  self.clients.get(clientId).then(function (client) {
    if (client) client.postMessage({ type: 'wikimeet-fresh', url: url });
  });
}

/** The network first; the kept copy when it fails or is slow; a 404 deletes the kept copy. */
function networkFirst(e, request, key) {
  var answered = false;
  var shown = null; // the kept copy given while the network was slow
  var network = fetch(request).then(function (response) {
    answered = true;
    if (response.status === 404) {
      return caches.open(CACHE).then(function (c) { return c.delete(key); }).then(function () { return response; });
    }
    return keep(key, response).then(function () { return response; });
  });
  var client = e.clientId || e.resultingClientId;
  function marked(copy) {
    if (copy && client) keptFor[client] = copy.headers.get('X-Wikimeet-Kept');
    return copy;
  }
  var timer;
  var slow = new Promise(function (resolve) {
    timer = setTimeout(function () {
      kept(key).then(function (copy) {
        if (!copy || answered) return resolve();
        shown = copy.clone();
        resolve(marked(copy));
      });
    }, SLOW_MS);
  });
  // The answer came after the kept copy was shown: if it says something else, the page is
  // told (it reads it again). The same text: nothing to do (a slow host never loops).
  e.waitUntil(network.then(function () {
    if (!shown) return;
    return Promise.all([shown.text(), caches.open(CACHE).then(function (c) { return c.match(key); })])
      .then(function (both) {
        return both[1] ? both[1].text().then(function (now) { return now !== both[0]; }) : true;
      })
      .then(function (changed) { if (changed) tell(client, request.url); });
  }).catch(function () {}));
  var first = Promise.race([
    network.then(function (r) { clearTimeout(timer); return r; }),
    slow.then(function (copy) { return copy || network; }),
  ]);
  return first.catch(function () {
    return kept(key).then(function (copy) { return marked(copy) || Response.error(); });
  });
}

function cacheFirst(request) {
  return caches.open(CACHE).then(function (c) {
    return c.match(request.url).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok) c.put(request.url, response.clone());
        return response;
      });
    });
  });
}

self.addEventListener('fetch', function (e) {
  var request = e.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== location.origin) {
    // A wiki read anyone could make: kept, so the lists show as last read.
    var q = url.searchParams;
    var anonymous = request.credentials !== 'include' && !request.headers.has('Authorization') &&
      q.get('origin') === '*' && q.get('meta') !== 'tokens' && !/token/i.test(url.search);
    if (anonymous) e.respondWith(networkFirst(e, request, url.href));
    return;
  }
  if (request.url.indexOf(SCOPE) !== 0 || /\.ics$/.test(url.pathname)) return;
  if (request.mode === 'navigate' && /[?&]view=embed\b/.test(url.search)) return;
  if (HASHED.test(url.pathname)) return e.respondWith(cacheFirst(request));
  var page = request.mode === 'navigate';
  // Fresh from the host, as the pages ask for event files (no-cache: a conditional request).
  var fresh = page ? request : new Request(request, { cache: 'no-cache' });
  e.respondWith(networkFirst(e, fresh, keyOf(url, page)));
});

// What the page loaded before this worker ran, kept from the browser's HTTP cache (force-cache:
// nothing is downloaded again when the host let the browser keep it).
self.addEventListener('message', function (e) {
  var data = e.data || {};
  if (data.type === 'wikimeet-kept?' && e.source) {
    e.source.postMessage({ type: 'wikimeet-kept', at: keptFor[e.source.id] || '' });
  }
  if (data.type !== 'wikimeet-keep' || !Array.isArray(data.urls)) return;
  e.waitUntil(caches.open(CACHE).then(function (c) {
    return Promise.all(data.urls.map(function (href) {
      var url = new URL(href, SCOPE);
      if (url.origin !== location.origin || url.href.indexOf(SCOPE) !== 0 || /\.ics$/.test(url.pathname)) return null;
      var page = !!data.page && url.pathname === new URL(data.page).pathname;
      var key = HASHED.test(url.pathname) ? url.href : keyOf(url, page || /\.html$|\/$/.test(url.pathname));
      return c.match(key).then(function (hit) {
        if (hit) return null;
        return fetch(page ? url.origin + url.pathname : url.href, { cache: 'force-cache' })
          .then(function (r) { return HASHED.test(url.pathname) ? (r.ok && c.put(key, r)) : keep(key, r); })
          .catch(function () {});
      });
    })).then(function () {
      if (e.source) e.source.postMessage({ type: 'wikimeet-kept-all' });
    });
  }));
});
