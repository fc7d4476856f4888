// Fetched by failure.js once the app has stopped: adds to its message the meeting's wiki page
// and contact address, read from the event file (the event in the address, or the one the
// meeting page was built with). Without them the message stands as it is.
(function () {
var box = document.querySelector('.app-failed');
function line(text, href, label) {
  var p = box.appendChild(document.createElement('p'));
  var a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  p.append(text, a);
}
var early = document.getElementById('early');
var slug = new URLSearchParams(location.search).get('event') || (early && early.dataset.event);
if (!box || !/^[a-z0-9-]+$/.test(slug)) return;
fetch('events/' + slug + '.json', { cache: 'no-cache' })
  .then(function (r) { return r.json(); })
  .then(function (e) {
    var wiki = e.wiki || {}, mail = e.contact_email, page = wiki.page;
    if (/^https?:\/\//.test(wiki.article_path) && typeof page == 'string') {
      var title = encodeURIComponent(page.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':');
      line('The meeting on its wiki page: ', wiki.article_path.replace('$1', title), page);
    }
    if (typeof mail == 'string' && mail) line('Contact: ', 'mailto:' + mail, mail);
  })
  .catch(function () {});
})();
