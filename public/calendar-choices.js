// The calendar choices, loaded when first used (the choices opened, an agenda shown): a plain
// script, so the meeting page's first view carries only their places (components/subscribe.rs;
// BENCHMARKS.md "Calendar choices"). Its messages are i18n/calendar/<language>.json.
//  - Subscribe (details.subscribe[data-feed]): offered only when the site's feed was written
//    from the event files it serves now (the feed's X-WIKIMEET-SOURCE lines against their
//    fingerprints, model/feed.rs `fingerprint`, the same FNV-1a here).
//  - My sessions (section.agenda): a star on each slot, kept on this device by the slot's id
//    (a star stays with a slot the organiser moved), a filter, and one .ics of the starred
//    slots made of each slot's own download (the app's, with its reminder).
(function () {
  'use strict';
  if (window.wikimeetChoices) return;
  window.wikimeetChoices = true;
  var texts = {};
  var lang = '';

  function msg(key, p1) {
    return (texts[key] || key).replace('$1', p1 == null ? '' : p1);
  }
  function el(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  }
  /** The messages in the page's language, English where it lacks one. */
  function loadTexts() {
    var code = document.documentElement.lang || 'en';
    var files = [code, 'en'].map(function (code) {
      return fetch('i18n/calendar/' + code + '.json')
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; });
    });
    return Promise.all(files).then(function (f) {
      texts = Object.assign({}, f[1], f[0]);
      lang = code;
    });
  }
  function fresh(path) {
    return fetch(path, { cache: 'no-cache' }).then(function (r) {
      if (!r.ok) throw new Error(path + ': ' + r.status);
      return r.text();
    });
  }

  /** model/feed.rs `fingerprint`: FNV-1a 64 of the UTF-8 text without trailing white space
   * (Rust's set) and carriage returns. */
  function fingerprint(text) {
    var bytes = new TextEncoder().encode(
      text.replace(/[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/, '')
        .replace(/\r/g, ''));
    var hash = 0xcbf29ce484222325n;
    for (var i = 0; i < bytes.length; i++) {
      hash = ((hash ^ BigInt(bytes[i])) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return hash.toString(16).padStart(16, '0');
  }
  /** The fingerprint of `slug`'s file a feed says it was written from (model/feed.rs). */
  function writtenFrom(feed, slug) {
    var lines = feed.replace(/\r?\n /g, '').split(/\r?\n/);
    for (var i = 0; i < lines.length; i++) {
      var m = /^X-WIKIMEET-SOURCE:(\S+) (\S+)$/.exec(lines[i]);
      if (m && m[1] === slug) return m[2];
    }
    return null;
  }
  /** True when the feed was written from the files of every meeting it holds, as served now. */
  function feedMatches(feed) {
    var slugs = feed === 'events/all.ics'
      ? fresh('events/index.json').then(function (t) { return JSON.parse(t).events; })
      : Promise.resolve([feed.replace(/^events\/|\.ics$/g, '')]);
    return Promise.all([fresh(feed), slugs]).then(function (got) {
      return Promise.all(got[1].map(function (slug) {
        return fresh('events/' + slug + '.json').then(function (file) {
          return writtenFrom(got[0], slug) === fingerprint(file);
        });
      }));
    }).then(function (all) { return all.every(Boolean); }, function () { return false; });
  }

  function subscribeLinks(box, feed) {
    var address = new URL(feed, location.href).href;
    var webcal = address.replace(/^https?:/, 'webcal:');
    var name = (document.querySelector('h1') || {}).textContent || '';
    var outlook = function (host) {
      return 'https://' + host + '/calendar/0/addfromweb?url=' + encodeURIComponent(address) +
        '&name=' + encodeURIComponent(name);
    };
    box.append(el('p', '', msg('sub-what')));
    var links = box.appendChild(el('p', 'calendar'));
    [[webcal, 'sub-webcal'],
      ['https://calendar.google.com/calendar/r?cid=' + encodeURIComponent(webcal), 'sub-google'],
      [outlook('outlook.live.com'), 'sub-outlook'],
      [outlook('outlook.office.com'), 'sub-office']].forEach(function (l, i) {
      var a = links.appendChild(el('a', 'button', msg(l[1])));
      a.href = l[0];
      if (i) { a.target = '_blank'; a.rel = 'noopener'; }
    });
    var label = box.appendChild(el('label', 'sub-address', msg('sub-address')));
    var input = label.appendChild(el('input'));
    input.type = 'text';
    input.readOnly = true;
    input.value = address;
  }
  /** Fills an opened details.subscribe once (again after a change of language). */
  function fill(details) {
    if (!details.open || details.querySelector('.sub-choices')) return;
    var box = details.appendChild(el('div', 'sub-choices', msg('sub-looking')));
    box.setAttribute('role', 'status');
    var feed = details.getAttribute('data-feed');
    feedMatches(feed).then(function (ok) {
      box.textContent = '';
      if (ok) subscribeLinks(box, feed);
      else box.append(el('p', '', msg('sub-none')));
    });
  }

  var STARS = 'wikimeet:stars:';
  function stars(slug) {
    try {
      var kept = JSON.parse(localStorage.getItem(STARS + slug));
      return Array.isArray(kept) ? kept.filter(function (id) { return typeof id === 'string'; }) : [];
    } catch (e) { return []; }
  }
  function keep(slug, ids) {
    try { localStorage.setItem(STARS + slug, JSON.stringify(ids)); } catch (e) { /* for the visit */ }
  }
  /** The slot an agenda card shows: its id (the card is labelled by `session-<id>`). */
  function slotId(card) {
    return (card.getAttribute('aria-labelledby') || '').replace(/^session-/, '');
  }
  /** The starred slots' entries in one calendar, each as the slot's own download has it. */
  function mineIcs(section, ids) {
    var head = '', entries = '';
    section.querySelectorAll('.agenda-day li.session').forEach(function (card) {
      var link = card.querySelector('a.cal-ics');
      if (ids.indexOf(slotId(card)) < 0 || !link) return;
      var href = link.getAttribute('href');
      var text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
      var from = text.indexOf('BEGIN:VEVENT'), to = text.lastIndexOf('END:VCALENDAR');
      if (from < 0 || to < from) return;
      head = head || text.slice(0, from);
      entries += text.slice(from, to);
    });
    return head + entries + 'END:VCALENDAR\r\n';
  }
  /** Stars, the filter and the download for one agenda; kept in step with the app's renders. */
  function mySessions(section) {
    var agendaLink = section.querySelector('a.cal-agenda');
    if (!agendaLink || section.querySelector('.my-sessions')) return;
    var slug = (agendaLink.getAttribute('download') || '').replace(/\.ics$/, '');
    var ids = stars(slug);
    var group = el('div', 'my-sessions');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', msg('mine-heading'));
    var label = group.appendChild(el('label'));
    var only = label.appendChild(el('input'));
    only.type = 'checkbox';
    var count = label.appendChild(el('span'));
    var download = group.appendChild(el('a', 'button cal-mine', msg('mine-ics')));
    download.download = slug + '-my-sessions.ics';
    download.href = '#';
    group.append(el('p', 'hint', msg('mine-note')));
    section.querySelector('h2').after(group);

    function present() {
      var here = [];
      section.querySelectorAll('.agenda-day li.session').forEach(function (card) { here.push(slotId(card)); });
      return ids.filter(function (id) { return here.indexOf(id) >= 0; });
    }
    function update() {
      var n = present().length;
      var text = ' ' + msg('mine-only', n);
      group.hidden = n === 0;
      // Only when it changed: a change is a mutation the observer below would answer again.
      if (count.textContent !== text) count.textContent = text;
      if (!n) only.checked = false;
    }
    function filter() {
      section.querySelectorAll('.agenda-day').forEach(function (day) {
        var shown = 0;
        day.querySelectorAll('li.session').forEach(function (card) {
          card.hidden = only.checked && ids.indexOf(slotId(card)) < 0;
          if (!card.hidden) shown++;
        });
        day.hidden = !shown;
      });
    }
    function starAll() {
      section.querySelectorAll('.agenda-day li.session').forEach(function (card) {
        var head = card.querySelector('.session-head');
        if (!head || head.querySelector('.star')) return;
        var id = slotId(card);
        var title = (head.querySelector('h3') || {}).textContent || '';
        var star = head.appendChild(el('button', 'star'));
        star.type = 'button';
        star.setAttribute('aria-label', msg('star-slot', title));
        var glyph = star.appendChild(el('span'));
        glyph.setAttribute('aria-hidden', 'true');
        star.append(' ' + msg('star-text'));
        function show() {
          var on = ids.indexOf(id) >= 0;
          star.setAttribute('aria-pressed', String(on));
          glyph.textContent = on ? '★' : '☆';
        }
        show();
        star.addEventListener('click', function () {
          var at = ids.indexOf(id);
          if (at >= 0) ids.splice(at, 1); else ids.push(id);
          keep(slug, ids);
          show();
          update();
        });
      });
    }
    only.addEventListener('change', filter);
    download.addEventListener('click', function () {
      download.href = 'data:text/calendar;charset=utf-8,' + encodeURIComponent(mineIcs(section, present()));
    });
    // The app renders the days again when the zone changes: the stars follow.
    section.wikimeetStars = new MutationObserver(function () {
      starAll();
      update();
      if (only.checked) filter();
    });
    section.wikimeetStars.observe(section, { childList: true, subtree: true });
    starAll();
    update();
  }

  function run() {
    document.querySelectorAll('details.subscribe').forEach(fill);
    document.querySelectorAll('section.agenda').forEach(mySessions);
  }
  /** What this script added, removed: drawn again in the new language. */
  function redraw() {
    document.querySelectorAll('section.agenda').forEach(function (s) {
      if (s.wikimeetStars) s.wikimeetStars.disconnect();
    });
    document.querySelectorAll('.sub-choices, .my-sessions, section.agenda .star').forEach(function (n) {
      n.remove();
    });
    loadTexts().then(run);
  }
  document.addEventListener('toggle', function (e) {
    if (e.target.className === 'subscribe' && lang) fill(e.target);
  }, true);
  loadTexts().then(function () {
    run();
    // An agenda (or the choices) may come later than this script: the app renders in tasks.
    new MutationObserver(function () {
      if (document.documentElement.lang !== lang) redraw();
      else run();
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
