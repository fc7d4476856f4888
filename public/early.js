// Shows the pre-rendered sessions (#shell, written by finish_dist) in the visitor's zone and
// language while the app itself is still loading on a slow phone. The app replaces it.
// Its classes (shell-*) differ from the app's so nothing mistakes one for the other.
(function () {
  var shell = document.getElementById('shell');
  if (!shell) return;
  var query = new URLSearchParams(location.search);
  var event = query.get('event');
  if (!shell.dataset.event || query.get('view') || (event && event !== shell.dataset.event)) {
    shell.remove(); // another page than the one pre-rendered: the app shows it
    return;
  }
  function stored(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
  }
  var lang = stored('wikimeet:lang');
  var browser = navigator.language || 'en';
  var locale = !lang || browser.split('-')[0] === lang ? browser : lang;
  var zone = stored('wikimeet:zone') || undefined;
  // Start fetching the language's messages now, in parallel with the app (finish_dist lists them).
  var shipped = (document.currentScript && document.currentScript.dataset.languages || '').split(' ');
  var wanted = lang || browser.split('-')[0].toLowerCase();
  if (wanted !== 'en' && shipped.indexOf(wanted) >= 0) {
    var link = document.createElement('link');
    link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous';
    link.href = 'i18n/' + wanted + '.json';
    document.head.appendChild(link);
  }
  function format(date, options) {
    try {
      return new Intl.DateTimeFormat(locale, Object.assign({ timeZone: zone }, options)).format(date);
    } catch (e) { // a zone or language this browser does not know: the device's own
      zone = undefined;
      return new Intl.DateTimeFormat(undefined, options).format(date);
    }
  }
  function zoneOf(date) {
    try {
      var parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }).formatToParts(date);
      return parts.filter(function (p) { return p.type === 'timeZoneName'; })[0].value;
    } catch (e) { return ''; }
  }
  var day = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  var time = { timeStyle: 'short' };
  shell.querySelectorAll('time[datetime]').forEach(function (el) {
    var start = new Date(el.getAttribute('datetime'));
    var end = el.dataset.end && new Date(el.dataset.end);
    var date = document.createElement('span');
    date.className = 'shell-date';
    date.textContent = format(start, day) + ', ';
    el.textContent = format(start, time) + (end ? ' – ' + format(end, time) : '');
    el.className = 'shell-time';
    el.parentNode.insertBefore(date, el);
    var zoneName = document.createElement('p');
    zoneName.className = 'shell-zone';
    zoneName.textContent = zoneOf(start);
    el.parentNode.parentNode.appendChild(zoneName);
  });
  if (lang === 'ar') shell.dir = 'rtl';
})();
