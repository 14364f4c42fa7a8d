(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var docs = D.docs, actors = D.actors, events = D.events;
  var MARKS = ['actor', 'meeting', 'visit', 'statement'];
  var BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  var EAGER_DOCS = 12, PAGE = { tl: 300, ev: 60, doc: 100 };
  var state = { q: '', actor: -1, tl: PAGE.tl, ev: PAGE.ev, doc: PAGE.doc };

  // --- text: every string from the data reaches the page as a text node or an attribute value, never as markup
  function code(c) { return '[U+' + c.charCodeAt(0).toString(16).toUpperCase() + ']'; }
  function plain(s) { return String(s).replace(BIDI, code); }
  function addText(parent, s) {
    s = String(s); var last = 0, m; BIDI.lastIndex = 0;
    while ((m = BIDI.exec(s)) !== null) {
      if (m.index > last) parent.appendChild(document.createTextNode(s.slice(last, m.index)));
      var c = document.createElement('span'); c.className = 'ctl'; c.textContent = code(m[0]);
      parent.appendChild(c); last = m.index + 1;
    }
    if (last < s.length) parent.appendChild(document.createTextNode(s.slice(last)));
    return parent;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) addText(e, text);
    return e;
  }
  function ar(tag, cls, text) { var e = el(tag, cls, text); e.lang = 'ar'; e.dir = 'rtl'; return e; }
  function bdi(text) { return el('bdi', null, text); }
  function $(id) { return document.getElementById(id); }

  function actorName(i) { var a = actors[i]; return a ? a.n : '?'; }
  function actorLabel(i) { var a = actors[i]; return a ? a.n + (a.l ? ' (' + a.l + ')' : '') : '?'; }
  function actorInfo(i) {
    var a = actors[i]; if (!a) return '?';
    return actorLabel(i) + ' — ' + a.t.toLowerCase() + (a.c ? ', ' + a.c : '') + (a.r.length ? '\n' + a.r.join('; ') : '')
        + (a.al.length ? '\nalso: ' + a.al.join('، ') : '') + '\nin ' + a.d + (a.d === 1 ? ' article' : ' articles');
  }
  function who(e) { return e.a.map(actorName).join(' + '); }
  function docLabel(d) { var x = docs[d]; return x ? x.id + (x.o ? ' · ' + x.o : '') + (x.p ? ' · ' + x.p : '') : '?'; }
  function eventTitle(i) {
    var e = events[i];
    return e.k.toLowerCase() + ' ' + e.id + ': ' + who(e) + (e.pl ? ' — ' + e.pl : '') + ' — ' + e.st + (e.dt ? ' — ' + e.dt : '');
  }

  // --- search: a lower-case haystack per event and per article
  events.forEach(function (e) {
    var parts = [e.id, e.k, e.st, e.pl, e.or, e.tp, e.tt, e.dt];
    e.a.forEach(function (i) { var a = actors[i]; if (a) parts.push(a.n, a.l, (a.al || []).join(' ')); });
    e.src.forEach(function (s) { var d = docs[s.d]; if (d) parts.push(d.id, d.o); });
    e.hay = parts.filter(Boolean).join(' ').toLowerCase();
  });
  docs.forEach(function (d, i) {
    var seen = {}, parts = [d.id, d.o, d.p];
    for (var k = 0; k + 3 < d.h.length; k += 4) {
      if (d.h[k + 2] === 0 && !seen[d.h[k + 3]]) { seen[d.h[k + 3]] = 1; var a = actors[d.h[k + 3]]; if (a) parts.push(a.n, a.l); }
    }
    d.hay = parts.filter(Boolean).join(' ').toLowerCase(); d.actorsIn = seen; d.index = i;
  });
  function eventShown(e) {
    if (state.actor >= 0 && e.a.indexOf(state.actor) < 0) return false;
    return !state.q || e.hay.indexOf(state.q) >= 0;
  }
  function docShown(d) {
    if (state.actor >= 0 && !d.actorsIn[state.actor]) return false;
    return !state.q || d.hay.indexOf(state.q) >= 0;
  }

  function more(list, key, left) {
    if (left <= 0) return;
    var b = el('button', 'more', 'Show more (' + left + ' more)');
    b.type = 'button';
    b.addEventListener('click', function () { state[key] += PAGE[key]; render(); });
    list.parentNode.insertBefore(b, list.nextSibling);
  }
  function clearMore(list) { var n = list.nextSibling; if (n && n.className === 'more') n.remove(); }

  // --- timeline
  function renderTimeline(shown) {
    var list = $('timeline-list'); list.textContent = ''; clearMore(list);
    var day = null, ul = null, n = 0;
    for (var j = 0; j < shown.length && n < state.tl; j++, n++) {
      var i = shown[j], e = events[i], d = e.dt || 'undated';
      if (d !== day) {
        day = d; var li = el('li', 'tl-day'); li.appendChild(el('h3', null, d)); ul = el('ul'); li.appendChild(ul); list.appendChild(li);
      }
      var a = el('a'); a.href = '#e-' + i; a.setAttribute('data-ev', i);
      a.appendChild(el('span', 'kind ' + e.k, e.k.toLowerCase()));
      var w = ar('span', null, who(e) + (e.pl ? ' — ' + e.pl : '')); a.appendChild(w);
      if (e.st !== 'OCCURRED') a.appendChild(el('span', 'status ' + e.st, e.st.toLowerCase()));
      var item = el('li'); item.appendChild(a); ul.appendChild(item);
    }
    if (!shown.length) list.appendChild(el('li', 'tl-day empty', 'No events.'));
    more(list, 'tl', shown.length - n);
  }

  // --- event cards
  function card(i) {
    var e = events[i], c = el('article', 'card'); c.id = 'e-' + i;
    var h = el('h3'); h.appendChild(el('span', 'kind ' + e.k, e.k.toLowerCase())); h.appendChild(el('span', null, e.id));
    h.appendChild(el('span', 'status ' + e.st, e.st.toLowerCase())); c.appendChild(h);
    var p = el('div', 'who'); p.lang = 'ar'; p.dir = 'rtl';
    e.a.forEach(function (ai) {
      var a = el('a', null, actorName(ai)); a.setAttribute('data-actor', ai); a.title = plain(actorInfo(ai)); p.appendChild(a);
    });
    c.appendChild(p);
    var dl = el('dl');
    function row(k, v, rtl) { if (!v) return; dl.appendChild(el('dt', null, k)); dl.appendChild(rtl ? ar('dd', null, v) : el('dd', null, v)); }
    row('When', (e.dt || 'unresolved') + (e.tt ? ' — ' : ''), false);
    if (e.tt) dl.lastChild.appendChild(ar('bdi', null, e.tt));
    if (e.tv && e.tv !== e.dt) dl.lastChild.appendChild(el('span', 'src', ' (' + e.tv + ')'));
    row('Where', e.pl, true); row('From', e.or, true); row('Mode', e.mo && e.mo.toLowerCase().replace('_', ' '), false);
    row(e.k === 'STATEMENT' ? 'Said' : 'Topic', e.tp, true); row('Codes', e.cd, false);
    c.appendChild(dl);
    if (e.sh.length > 1) {   // one report: its status is the card's, its article the source below
      c.appendChild(el('div', 'src', 'Status history'));
      var ol = el('ol', 'history');
      e.sh.forEach(function (r) {
        var li = el('li', null); li.appendChild(el('span', 'status ' + r[0], r[0].toLowerCase()));
        li.appendChild(el('span', null, ' ' + (r[1] || 'undated') + ' — '));
        li.appendChild(docLink(r[2], null)); ol.appendChild(li);
      });
      c.appendChild(ol);
    }
    var arts = {}; e.src.forEach(function (s) { arts[s.d] = 1; }); var na = Object.keys(arts).length;
    c.appendChild(el('div', 'src', 'Reported by ' + na + (na === 1 ? ' article' : ' articles')));
    e.src.forEach(function (s) {
      s.q.forEach(function (q) {
        var src = el('div', 'src'); src.appendChild(docLink(s.d, q[0]));
        if (s.st !== e.st) src.appendChild(el('span', 'status ' + s.st, s.st.toLowerCase()));
        c.appendChild(src); c.appendChild(ar('blockquote', null, q[2]));
      });
    });
    return c;
  }
  function docLink(d, start) {
    var a = el('a', null, docLabel(d)); a.href = '#d-' + d; a.setAttribute('data-doc', d);
    if (start !== null) a.setAttribute('data-at', start);
    return a;
  }
  function renderEvents(shown) {
    var list = $('event-list'); list.textContent = ''; clearMore(list);
    var n = Math.min(shown.length, state.ev);
    for (var j = 0; j < n; j++) list.appendChild(card(shown[j]));
    if (!shown.length) list.appendChild(el('p', 'empty', 'No events.'));
    more(list, 'ev', shown.length - n);
  }

  // --- articles: a summary each; the text is parsed and drawn when the article is opened
  function docItem(i) {
    var d = docs[i], det = el('details', 'doc'); det.id = 'd-' + i;
    var s = el('summary'); s.appendChild(bdi(d.id));
    if (d.o) s.appendChild(el('span', null, ' · ')), s.appendChild(bdi(d.o));
    if (d.p) s.appendChild(el('span', null, ' · ' + d.p));
    s.appendChild(el('span', 'counts', d.err ? 'unreadable: ' + d.err
        : d.n[0] + ' meetings · ' + d.n[1] + ' visits · ' + d.n[2] + ' statements'));
    det.appendChild(s);
    det.addEventListener('toggle', function () { if (det.open) drawBody(det, i); });
    return det;
  }
  function drawBody(det, i) {
    if (det.querySelector('.body')) return;
    var holder = $('t' + i), body = ar('div', 'body');
    if (!holder) { det.appendChild(el('p', 'empty', 'Text not available.')); return; }
    var text = JSON.parse(holder.textContent), len = text.length, h = docs[i].h, spans = [], cuts = [0, len];
    for (var k = 0; k + 3 < h.length; k += 4) {
      var s = Math.max(0, Math.min(len, h[k])), e = Math.max(0, Math.min(len, h[k + 1]));
      if (s < e) { spans.push({ s: s, e: e, m: h[k + 2], r: h[k + 3] }); cuts.push(s, e); }
    }
    cuts = cuts.sort(function (x, y) { return x - y; }).filter(function (x, j, arr) { return j === 0 || x !== arr[j - 1]; });
    var next = 0, active = [];
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a = cuts[c], b = cuts[c + 1];
      while (next < spans.length && spans[next].s <= a) active.push(spans[next++]);
      active = active.filter(function (x) { return x.e > a; });
      var piece = text.slice(a, b);
      if (!active.length) { addText(body, piece); continue; }
      body.appendChild(segment(piece, a, active));
    }
    det.appendChild(body);
  }
  function segment(piece, at, active) {
    var seg = el('span', 'hl', piece), marks = {}, titles = [], ev = -1, actor = -1;
    active.forEach(function (x) {
      marks[MARKS[x.m]] = 1;
      if (x.m === 0) { if (actor < 0) actor = x.r; titles.push('actor: ' + actorLabel(x.r) + ' (' + (actors[x.r] || {}).t + ')'); }
      else { if (ev < 0) ev = x.r; titles.push(eventTitle(x.r)); }
    });
    MARKS.forEach(function (m) { if (marks[m]) seg.classList.add('hl-' + m); });
    if (actor >= 0 && ev >= 0) seg.classList.add('ev');
    seg.setAttribute('data-at', at);
    if (ev >= 0) seg.setAttribute('data-ev', ev);
    if (actor >= 0) seg.setAttribute('data-actor', actor);
    seg.title = plain(titles.filter(function (t, j) { return titles.indexOf(t) === j; }).join('\n'));
    return seg;
  }
  function renderDocs(shown) {
    var list = $('article-list'); list.textContent = ''; clearMore(list);
    var n = Math.min(shown.length, state.doc);
    for (var j = 0; j < n; j++) {
      var det = docItem(shown[j]); list.appendChild(det);
      if (docs.length <= EAGER_DOCS) { det.open = true; drawBody(det, shown[j]); }
    }
    if (!shown.length) list.appendChild(el('p', 'empty', 'No articles.'));
    more(list, 'doc', shown.length - n);
  }

  function render() {
    var ev = [], dc = [];
    for (var i = 0; i < events.length; i++) if (eventShown(events[i])) ev.push(i);
    for (var j = 0; j < docs.length; j++) if (docShown(docs[j])) dc.push(j);
    renderTimeline(ev); renderEvents(ev); renderDocs(dc);
    var note = $('filter-note'); note.textContent = '';
    if (state.q || state.actor >= 0) {
      addText(note, 'Showing ' + ev.length + ' events and ' + dc.length + ' articles'
          + (state.actor >= 0 ? ' with ' + actorLabel(state.actor) : '') + (state.q ? ' matching “' + state.q + '”' : '') + ' ');
      var clear = el('button', 'more', 'Show all'); clear.type = 'button';
      clear.addEventListener('click', function () { $('q').value = ''; setFilter('', -1); }); note.appendChild(clear);
    }
    var nodes = document.querySelectorAll('#network-svg .node');
    for (var k = 0; k < nodes.length; k++) nodes[k].classList.toggle('on', +nodes[k].getAttribute('data-actor') === state.actor);
  }
  function setFilter(q, actor) { state.q = q; state.actor = actor; state.tl = PAGE.tl; state.ev = PAGE.ev; state.doc = PAGE.doc; render(); }

  // --- navigation between the views
  function flash(node) { node.classList.add('flash'); setTimeout(function () { node.classList.remove('flash'); }, 1600); }
  function goEvent(i) {
    if (!events[i]) return;
    if (!eventShown(events[i])) { $('q').value = ''; setFilter('', -1); }
    var pos = 0; for (var j = 0; j < i; j++) if (eventShown(events[j])) pos++;
    if (pos >= state.ev) { state.ev = pos + 1; render(); }
    var c = $('e-' + i); if (c) { c.scrollIntoView({ block: 'center' }); flash(c); }
  }
  function openDoc(d, at) {
    if (!docs[d]) return;
    if (!docShown(docs[d])) { $('q').value = ''; setFilter('', -1); }
    var pos = 0; for (var j = 0; j < d; j++) if (docShown(docs[j])) pos++;
    if (pos >= state.doc) { state.doc = pos + 1; render(); }
    var det = $('d-' + d); if (!det) return;
    det.open = true; drawBody(det, d);
    var target = det;
    if (at !== null && at !== undefined) {
      var segs = det.querySelectorAll('.body .hl');
      for (var k = 0; k < segs.length; k++) {
        if (+segs[k].getAttribute('data-at') >= +at) { target = segs[k]; break; }
      }
      var old = document.querySelectorAll('.hl.here'); for (var o = 0; o < old.length; o++) old[o].classList.remove('here');
      if (target !== det) target.classList.add('here');
    }
    target.scrollIntoView({ block: target === det ? 'start' : 'center' });
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target.closest ? ev.target.closest('[data-ev],[data-doc],[data-actor]') : null;
    if (!t) return;
    ev.preventDefault();
    if (t.hasAttribute('data-doc')) openDoc(+t.getAttribute('data-doc'), t.getAttribute('data-at'));
    else if (t.hasAttribute('data-ev')) goEvent(+t.getAttribute('data-ev'));
    else { var a = +t.getAttribute('data-actor'); setFilter(state.q, state.actor === a ? -1 : a); }
  });
  var timer = null;
  $('q').addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { setFilter($('q').value.trim().toLowerCase(), state.actor); }, 150);
  });

  render();
  var m = /^#([ed])-(\d+)$/.exec(location.hash);
  if (m) { if (m[1] === 'e') goEvent(+m[2]); else openDoc(+m[2], null); }
  // milliseconds since navigation start: the page drawn (data-ready), and the load event (data-loaded)
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
  window.addEventListener('load', function () {
    document.documentElement.setAttribute('data-loaded', String(Math.round(performance.now())));
  });
})();
