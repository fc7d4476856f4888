// Shows the meeting's title and sessions in the visitor's time zone while the app itself is
// still loading on a slow phone, starts fetching their language's messages, and has a worker
// fetch and compile the app's wasm (startWasm). The app replaces the shell.
// The page carries only the layout (#shell, written by finish_dist): the title and times come
// from the event file the host serves now, asked fresh (cache: no-cache), so an organiser's
// edit in place is never shown stale. The app takes these same requests (window.wikimeetFiles,
// src/net.rs FreshRequest): nothing is fetched twice.
// finish_dist puts it at the top of the head (right after the CSP), so the requests leave
// before the rest of the page is parsed; it fills the shell once that is parsed.
// Its classes (shell-*) differ from the app's so nothing mistakes one for the other.
(function () {
var script = document.currentScript;
var FORMAT = 2; // the event file format this release reads (model/event_json.rs FORMAT)
/** Runs `fn` with the shell once the page is parsed (at once if it already is). */
function withShell(fn) {
  var shell = document.getElementById('shell');
  if (shell || document.readyState !== 'loading') return shell && fn(shell);
  document.addEventListener('readystatechange', function parsed() {
    document.removeEventListener('readystatechange', parsed);
    shell = document.getElementById('shell');
    if (shell) fn(shell);
  });
}
/** The whole script of the worker startWasm makes (its name: the wasm file's address). It
 * fetches the wasm at once; told the sessions are shown (a message: [locale, zone]), it
 * compiles it and meets Intl (below), then answers the compiled module, or null. */
function wasmWorker() {
  var response = fetch(self.name, { priority: 'low' }); // the event files come first
  onmessage = function (m) {
    onmessage = null;
    response.then(function (r) {
      if (!r.ok) throw new Error(r.status);
      // Streaming needs the host to say application/wasm; otherwise compiled once all is here.
      return /^application\/wasm/.test(r.headers.get('content-type') || '') && WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(r)
        : r.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    }).then(function (module) { postMessage(module); }, function () { postMessage(null); });
    // The browser's first Intl use loads ICU's date and zone data once for the whole page: a
    // long task on a phone's main thread, paid here instead (BENCHMARKS.md, "Intl met in a
    // worker"). A full date and time with the zone's long name: what later formatters read.
    var full = { dateStyle: 'full', timeStyle: 'full', timeZone: m.data[1] || undefined };
    try {
      new Intl.DateTimeFormat(m.data[0], full).format();
    } catch (e) {
      try { new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'full' }).format(); } catch (e) {}
    }
  };
}
function run() {
  var query = new URLSearchParams(location.search);
  var event = query.get('event');
  var view = query.get('view');
  // The wiki's answer to a sign-in the organiser page started (storage.rs: the wiki answers at
  // the folder, the one registered address): organiser.html completes it.
  var state = query.get('state');
  try {
    if (state && sessionStorage.getItem('wikimeet:oauth-organiser') === state) {
      var answer = location.search;
      history.replaceState(null, '', location.pathname); // so the app here cannot take it first
      location.replace('organiser.html' + answer);
      return;
    }
  } catch (e) {} // no sessionStorage: no sign-in either
  if (view === 'policy' || view === 'report' || view === 'embed') {
    // Served by their own page (a build without the meeting page's code): go there at once.
    location.replace('safe-space.html' + location.search + location.hash);
    return;
  }
  if (view) {
    withShell(function (shell) { shell.remove(); }); // another page than the meeting: the app's
    return;
  }
  var files = window.wikimeetFiles = {};
  var parsed = {};
  function fresh(url) {
    if (!parsed[url]) {
      var request = files[url] = fetch(url, { cache: 'no-cache' });
      // Cloned as the answer arrives, before the app can read the original's body.
      parsed[url] = request.then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        keptLine(r.headers.get('X-Wikimeet-Kept'));
        return r.clone().text();
      }).then(function (text) {
        // A file the browser cannot read is named (the app then says more, and which field).
        // Bytes that are not UTF-8 decode as U+FFFD; UTF-16 (Notepad's "Unicode") has NULs.
        if (/[\0\ufffd]/.test(text)) throw said(url + ' must be saved as UTF-8');
        try { return JSON.parse(text); } catch (e) { throw said(url + ' is not valid JSON (' + e.message + ')'); }
      });
    }
    return parsed[url];
  }
  /** The service worker answered with the copy this device kept (sw.js, offline or slow):
   * the line says when it was read, above the page (the app leaves it; offline.js's too). */
  function keptLine(at) {
    if (!at || document.getElementById('kept-line')) return;
    fetch('i18n/' + wanted + '.json').then(function (r) { return r.json(); }).then(function (m) {
      var text = m['offline-kept'] || (m['@en'] || {})['offline-kept'];
      var when = new Date(at).toLocaleString(wanted, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
      if (!text || document.getElementById('kept-line')) return;
      var line = el('p', 'notice kept-line', text.replace('$1', when));
      line.id = 'kept-line';
      line.setAttribute('role', 'status');
      withShell(function (shell) { shell.before(line); });
    }).catch(function () {});
  }
  function said(text) {
    var e = Error(text);
    e.said = 1;
    return e;
  }
  function file(slug) { return 'events/' + slug + '.json'; }
  var shown;
  function isSlug(s) { return typeof s === 'string' && /^[a-z0-9-]+$/.test(s); }
  if (event && !isSlug(event)) {
    shown = null; // not a meeting name: the app says so
  } else if (event) {
    shown = fresh(file(event)).then(function (e) { return [event, e]; });
  } else {
    // The slug the site was built with is only a guess, fetched beside the index to save a
    // round trip; it is shown only if the index served now still lists it alone.
    var guess = script && script.dataset.event;
    if (guess) fresh(file(guess)).catch(function () {});
    shown = fresh('events/index.json').then(function (index) {
      var slugs = index && index.events;
      if (!Array.isArray(slugs) || slugs.length !== 1 || typeof slugs[0] !== 'string') {
        // A list: the app shows it. Its files are asked for now, while the app downloads; the
        // app takes these requests (a series of 30 lists in the time of fewer round trips).
        (Array.isArray(slugs) ? slugs : []).forEach(function (slug) {
          if (isSlug(slug)) fresh(file(slug)).catch(function () {});
        });
        throw new Error('not one event');
      }
      return fresh(file(slugs[0])).then(function (e) { return [slugs[0], e]; });
    });
  }
  // The app's WebAssembly is fetched and compiled by a worker, not by this page: Lighthouse
  // counts a page's request that ends before the sessions' paint towards its simulated LCP, a
  // worker's never (BENCHMARKS.md, tenth round). The worker is made from a blob (no request of
  // its own) once the page's first requests have left; it compiles only once the sessions are
  // shown (sessionsShown), so it never slows their paint. Trunk's loader awaits
  // window.wikimeetWasm (finish_dist): the module, or the file's name when the worker cannot
  // make one, and the loader fetches the file itself.
  var worker;
  function startWasm() {
    var wasm = script && script.dataset.wasm;
    if (wasm) window.wikimeetWasm = new Promise(function (resolve) {
      try {
        var source = URL.createObjectURL(new Blob(['(' + wasmWorker + ')()'], { type: 'text/javascript' }));
        var made = worker = new Worker(source, { name: new URL(wasm, document.baseURI).href });
        made.onmessage = function (m) { resolve(m.data || wasm); made.terminate(); URL.revokeObjectURL(source); };
        made.onerror = made.onmessageerror = function () { resolve(wasm); };
        setTimeout(sessionsShown, 3000); // an event file that never answers delays the app no more
      } catch (e) { resolve(wasm); } // no workers, or none from a blob: the loader fetches it
    });
  }
  function stored(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
  }
  var lang = stored('wikimeet:lang');
  var browser = navigator.language || 'en';
  var zone = stored('wikimeet:zone') || undefined;
  // Start fetching the language's messages now, in parallel with the app (finish_dist lists them).
  var shipped = (script && script.dataset.languages || '').split(' ');
  function shippedBase(tag) { // as the app's i18n::supported
    var base = String(tag || '').split(/[-_]/)[0].toLowerCase();
    return shipped.indexOf(base) >= 0 ? base : null;
  }
  var wanted = shippedBase(lang) || shippedBase(browser) || 'en'; // English too is a file here
  var link = document.createElement('link');
  link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous';
  link.href = 'i18n/' + wanted + '.json'; // the meeting page's messages (both pages use them)
  document.head.appendChild(link);
  if (lang === 'ar') withShell(function (shell) { shell.dir = 'rtl'; });
  startWasm(); // after the requests above: they come first
  if (!shown) return sessionsShown();
  // Otherwise the shell keeps only its layout until the app explains the problem or lists.
  shown.then(function (found) {
    withShell(function (shell) {
      try { show(shell, found[0], found[1]); } catch (e) {} // left to the app, which names it
      sessionsShown();
    });
  }).catch(function (e) {
    if (e.said) withShell(function (shell) {
      var note = shell.querySelector('.description');
      note.textContent = e.message;
      note.className += ' problem';
      note.setAttribute('role', 'alert');
    });
    sessionsShown();
  });
  /** The sessions are shown, or cannot be: the worker may compile and meet Intl now (in the
   * language and zone the app formats with); they would have waited for it otherwise. */
  function sessionsShown() {
    var locale = shippedBase(browser) === wanted ? browser : wanted; // as intl_time.rs locale
    if (worker) worker.postMessage([locale, zone || '']);
    worker = null; // once
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
  function el(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text) made.textContent = text; // text only: nothing in the file can become markup
    return made;
  }
  function add(parent, tag, className, text) {
    return parent.appendChild(el(tag, className, text));
  }
  function whenText(start, end) {
    return start.date + ', ' + start.time + (end ? ' – ' + end.time : '');
  }
  // Only a file the app will show as it is: anything odd is left to the app, which names it.
  function show(shell, slug, e) {
    if (!e || e.slug !== slug || (e.format || 1) > FORMAT || typeof e.title !== 'string' ||
        !Array.isArray(e.sessions) || !e.sessions.length || !shell.isConnected) return;
    var sessions = e.sessions.map(function (s) {
      var start = new Date(s && s.start);
      var minutes = s && s.duration_minutes;
      if (typeof s.start !== 'string' || !/Z$/.test(s.start) || isNaN(start)) throw new Error('time');
      return {
        start: start, title: typeof s.title === 'string' && s.title, // an agenda slot's
        end: typeof minutes === 'number' ? new Date(start.getTime() + minutes * 60000) : null,
      };
    }).sort(function (a, b) { return a.start - b.start; }); // in time order, as the app reads them
    document.title = e.title + ' – wikimeet';
    var title = shell.querySelector('.page-title');
    title.textContent = e.title;
    if (typeof e.series === 'string') title.before(el('p', 'series', e.series));
    shell.querySelector('.description').textContent = typeof e.description === 'string' ? e.description : '';
    // The next session (the last when all have ended) under the title: the first screen of a
    // phone says when. The app shows the same line in the same place (NextSession).
    var now = Date.now();
    var next = sessions.filter(function (s) { return (s.end || s.start) > now; })[0] ||
      sessions[sessions.length - 1];
    var when = shell.querySelector('.next-when');
    var nextTime = add(when, 'time', '', whenText(parts(next.start), next.end && parts(next.end)));
    nextTime.setAttribute('datetime', next.start.toISOString());
    when.append(' ', el('span', 'next-zone', parts(next.start).zone));
    var list = shell.querySelector('.session-list');
    sessions.forEach(function (s) {
      var start = parts(s.start);
      var end = s.end && parts(s.end);
      var item = add(list, 'li', 'session');
      if (s.title) add(item, 'h3', '', s.title);
      var line = add(item, 'p', 'local');
      add(line, 'span', 'shell-date', start.date + ', ');
      var time = add(line, 'time', 'shell-time', start.time + (end ? ' – ' + end.time : ''));
      time.setAttribute('datetime', s.start.toISOString());
      add(item, 'p', 'shell-zone', start.zone);
    });
  }
}
run();
// A fresher answer came after the kept copy was shown (sw.js): the page reads it again.
var sw = navigator.serviceWorker;
if (sw) {
  sw.addEventListener('message', function (e) {
    if (e.data && e.data.type === 'wikimeet-fresh') location.reload();
  });
  sw.startMessages();
}
// The calendar choices (calendar-choices.js, issue 33) load when first opened.
document.addEventListener('toggle', function (e) {
  if (e.target.className == 'subscribe' && !document.getElementById('calendar-choices')) {
    var s = document.createElement('script');
    s.id = 'calendar-choices';
    s.src = 'calendar-choices.js';
    document.head.appendChild(s);
  }
}, true);
})();
