// Shows the pre-rendered sessions (#shell, written by finish_dist) in the visitor's zone and
// language while the app itself is still loading on a slow phone. The app replaces it.
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
    date.className = 'local-date';
    date.textContent = format(start, day) + ', ';
    el.textContent = format(start, time) + (end ? ' – ' + format(end, time) : '');
    el.className = 'local-time';
    el.parentNode.insertBefore(date, el);
    var zoneName = document.createElement('p');
    zoneName.className = 'zone';
    zoneName.textContent = zoneOf(start);
    el.parentNode.parentNode.appendChild(zoneName);
  });
  if (lang === 'ar') shell.dir = 'rtl';
})();
