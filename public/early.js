// Shows the pre-rendered sessions (#shell, written by finish_dist) in the visitor's time zone
// while the app itself is still loading on a slow phone, and starts fetching their language's
// messages. The app replaces the shell.
// Its classes (shell-*) differ from the app's so nothing mistakes one for the other.
(function () {
var script = document.currentScript;
function run() {
  var query = new URLSearchParams(location.search);
  var event = query.get('event');
  var view = query.get('view');
  if (view === 'policy' || view === 'report' || view === 'embed') {
    // Served by their own page (a build without the meeting page's code): go there at once.
    location.replace('safe-space.html' + location.search + location.hash);
    return;
  }
  var shell = document.getElementById('shell');
  if (!shell) return;
  if (!shell.dataset.event || view || (event && event !== shell.dataset.event)) {
    shell.remove(); // another page than the one pre-rendered: the app shows it
    return;
  }
  function stored(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
  }
  var lang = stored('wikimeet:lang');
  var browser = navigator.language || 'en';
  var zone = stored('wikimeet:zone') || undefined;
  // Start fetching the language's messages now, in parallel with the app (finish_dist lists them).
  var shipped = (script && script.dataset.languages || '').split(' ');
  var wanted = lang || browser.split('-')[0].toLowerCase();
  if (wanted !== 'en' && shipped.indexOf(wanted) >= 0) {
    var link = document.createElement('link');
    link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous';
    link.href = 'i18n/' + wanted + '.json'; // the meeting page's messages (both pages use them)
    document.head.appendChild(link);
  }
  // In the device's own zone Date's local fields are enough: numbers only, no Intl formatter,
  // whose first use costs a slow phone a few hundred milliseconds. A chosen zone needs Intl.
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function offset(date) {
    var m = -date.getTimezoneOffset();
    return 'UTC' + (m < 0 ? '−' : '+') + pad(Math.floor(Math.abs(m) / 60)) + ':' + pad(Math.abs(m) % 60);
  }
  function deviceParts(date) {
    return {
      date: date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()),
      time: pad(date.getHours()) + ':' + pad(date.getMinutes()),
      zone: offset(date),
    };
  }
  var formatter;
  function zoneParts(date) {
    formatter = formatter || new Intl.DateTimeFormat('en-CA', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
      minute: '2-digit', hourCycle: 'h23', timeZoneName: 'shortOffset',
    });
    var p = {};
    formatter.formatToParts(date).forEach(function (part) { p[part.type] = part.value; });
    return { date: p.year + '-' + p.month + '-' + p.day, time: p.hour + ':' + p.minute, zone: zone + ', ' + p.timeZoneName };
  }
  function parts(date) {
    if (zone) {
      try { return zoneParts(date); } catch (e) { zone = undefined; } // a zone this browser lacks
    }
    return deviceParts(date);
  }
  shell.querySelectorAll('time[datetime]').forEach(function (el) {
    var start = parts(new Date(el.getAttribute('datetime')));
    var end = el.dataset.end && parts(new Date(el.dataset.end));
    var date = document.createElement('span');
    date.className = 'shell-date';
    date.textContent = start.date + ', ';
    el.textContent = start.time + (end ? ' – ' + end.time : '');
    el.className = 'shell-time';
    el.parentNode.insertBefore(date, el);
    var zoneName = document.createElement('p');
    zoneName.className = 'shell-zone';
    zoneName.textContent = start.zone;
    el.parentNode.parentNode.appendChild(zoneName);
  });
  if (lang === 'ar') shell.dir = 'rtl';
}
// finish_dist puts it in the page right after the shell: it runs before the first paint.
run();
})();
