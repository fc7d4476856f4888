// wikimeet's service worker, switched off (HOSTING.txt part 4): to use it, rename this file to
// sw.js, replacing the one there. At each visitor's next visit it deletes what wikimeet kept on
// their device for this folder, stops, and the pages load from the site alone, as before.
'use strict';
self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (e) {
  var scope = self.registration.scope;
  e.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf('wikimeet ' + scope + ' ') === 0; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.registration.unregister(); }).then(function () {
    return self.clients.matchAll({ type: 'window' });
  }).then(function (clients) {
    clients.forEach(function (c) { c.navigate(c.url); });
  }));
});
