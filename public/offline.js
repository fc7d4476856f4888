// Registers the service worker (sw.js, issue 34), loaded by the app a few seconds after it runs
// (src/lib.rs): nothing of it is on the first view's path. It hands the worker what this page
// loaded before the worker ran (kept from the browser's HTTP cache, not downloaded again), and
// says when what is shown is the copy this device kept (the meeting page's early.js says so
// from its first paint). Not in the widget: it runs inside other sites' frames.
(function () {
  'use strict';
  var sw = navigator.serviceWorker;
  if (!sw || window.wikimeetOffline || /[?&]view=embed\b/.test(location.search)) return;
  window.wikimeetOffline = true;

  /** The line above the page: when the device read what it shows. */
  function keptLine(at) {
    if (!at || document.getElementById('kept-line')) return;
    var lang = document.documentElement.lang || 'en';
    fetch('i18n/' + lang + '.json').then(function (r) { return r.json(); }).then(function (m) {
      var text = m['offline-kept'] || (m['@en'] || {})['offline-kept'];
      if (!text || document.getElementById('kept-line')) return;
      var line = document.createElement('p');
      line.id = 'kept-line';
      line.className = 'notice kept-line';
      line.setAttribute('role', 'status');
      line.textContent = text.replace('$1', new Date(at).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }));
      document.body.prepend(line);
    }).catch(function () {});
  }

  sw.addEventListener('message', function (e) {
    var data = e.data || {};
    if (data.type === 'wikimeet-fresh') location.reload();
    if (data.type === 'wikimeet-kept') keptLine(data.at);
  });
  sw.startMessages();
  sw.register('sw.js', { scope: './', updateViaCache: 'none' }).then(function () {
    return sw.ready;
  }).then(function (registration) {
    // What the page loaded (the resource timing list, where the browser keeps one), and what
    // its own elements name: its scripts, styles and preloads, its language and event files.
    var entries = performance.getEntriesByType ? performance.getEntriesByType('resource') : [];
    var urls = entries.map(function (r) { return r.name; });
    document.querySelectorAll('script[src], link[href]').forEach(function (e) { urls.push(e.src || e.href); });
    var slug = new URLSearchParams(location.search).get('event');
    urls.push('i18n/' + (document.documentElement.lang || 'en') + '.json', 'events/index.json');
    if (slug) urls.push('events/' + slug + '.json');
    // The wasm early.js's worker fetched (a worker's requests are not in this page's list).
    urls.slice().forEach(function (u) {
      if (/wikimeet-[0-9a-f]{12,16}\.js$/.test(u)) urls.push(u.replace(/\.js$/, '_bg.wasm'));
    });
    urls.push(location.href);
    registration.active.postMessage({ type: 'wikimeet-keep', urls: urls, page: location.href });
    registration.active.postMessage({ type: 'wikimeet-kept?' });
  }).catch(function () {}); // no worker (a private window, a host that refuses): online as before
})();
