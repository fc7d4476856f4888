// When the app stops, the page does not go blank. A panic in the wasm aborts the whole app
// (panic = "abort"): the panic hook (lib.rs) calls window.wikimeetFailed, and what the hook
// cannot see (a trap, a wasm that does not compile or link, as an error or an unhandled
// rejection) is caught here. A plain message goes at the top of the page, before #shell (the
// stylesheet hides what follows it), so what early.js showed stays: the sessions in local time.
// It names the meeting's wiki page and contact address when the event file can be read.
// finish_dist puts it into every page, before the app's own scripts.
(function () {
var shown;
function fail() {
  if (shown || !document.body) return;
  shown = true;
  var box = document.createElement('div');
  box.className = 'problem app-failed';
  box.setAttribute('role', 'alert');
  box.lang = 'en';
  var first = box.appendChild(document.createElement('p'));
  first.textContent = 'This copy of wikimeet met an error and stopped. Reload the page to try again; if it happens again, please tell the organisers.';
  document.body.prepend(box);
  var query = new URLSearchParams(location.search);
  var slug = query.get('event');
  function read(url) {
    return fetch(url, { cache: 'no-cache' }).then(function (r) { return r.json(); });
  }
  (slug ? Promise.resolve([slug]) : read('events/index.json').then(function (i) { return i.events; }))
    .then(function (slugs) {
      if (slugs.length !== 1 || !/^[a-z0-9-]+$/.test(slugs[0])) throw 0;
      return read('events/' + slugs[0] + '.json');
    })
    .then(function (e) {
      var wiki = e.wiki, mail = e.contact_email;
      function line(text, href, label) {
        var p = box.appendChild(document.createElement('p'));
        var a = document.createElement('a');
        a.href = href;
        a.textContent = label;
        p.append(text, a);
      }
      if (wiki && /^https?:\/\//.test(wiki.article_path) && typeof wiki.page === 'string') {
        var title = encodeURIComponent(wiki.page.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':');
        line('The meeting on its wiki page: ', wiki.article_path.replace('$1', title), wiki.page);
      }
      if (typeof mail === 'string' && mail) line('Contact: ', 'mailto:' + mail, mail);
    })
    .catch(function () {}); // the message stands without them
}
window.wikimeetFailed = fail;
function fromWasm(error) {
  var w = window.WebAssembly;
  return !!w && (error instanceof w.RuntimeError || error instanceof w.CompileError || error instanceof w.LinkError);
}
addEventListener('error', function (e) { if (fromWasm(e.error)) fail(); });
addEventListener('unhandledrejection', function (e) { if (fromWasm(e.reason)) fail(); });
})();
