// SPDX-License-Identifier: GPL-2.0-or-later
// item.js - one agenda item (or meeting record) in full: its text with
// the query's words marked, the source link, the other items of its
// meeting and similar items elsewhere (/similar).
'use strict';

import {$, el, clear} from './dom.js';
import {api} from './state.js';
import {link, status, isStale, matchedForms, heading} from './app.js';

// The query's plain words, without operators, fields and excluded ones.
function queryWords(q) {
  const words = [];
  const re = /(^|\s)([-+]?)(?:[a-zæøå]+:)?"?([^\s"()]+)/giu;
  let m;
  while ((m = re.exec(q)) !== null) {
    const w = m[3].replace(/\*$/, '').toLowerCase();
    if (m[2] === '-' || /^(AND|OR|NOT)$/.test(m[3])) continue;
    if (w.length >= 3) words.push(w);
  }
  return words;
}

// Crude Danish stem: the index matched inflections and compounds, so a
// word is marked when it holds a query word's stem; the snippets' marked
// forms are marked exactly.
function stem(w) {
  const s = w.replace(/(erne|ene|ende|else|heden|hed|er|en|et|e|s)$/u, '');
  return s.length >= 4 ? s : w;
}

function highlighted(text, q) {
  const stems = queryWords(q).map(stem);
  const exact = matchedForms();
  const out = [];
  const re = /[\p{L}\p{N}]+/gu;
  let last = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    const w = m[0].toLowerCase();
    if (exact.has(w) || stems.some((s) => w.includes(s))) {
      if (m.index > last) out.push(text.slice(last, m.index));
      out.push(el('mark', null, m[0]));
      last = m.index + m[0].length;
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

// A source link only to http(s): a javascript: url would run.
export function isWebUrl(u) { return /^https?:\/\/[^\s]+$/i.test(u || ''); }

export async function showItem(s, n) {
  const art = $('item');
  status('Henter punktet …');
  const r = await api('/item/' + encodeURIComponent(s.item));
  if (isStale(n)) return;
  if (r.error) {
    status('Fejl: ' + r.error, true);
    clear(art);
    return;
  }
  const j = r.json;
  const title = heading(j);
  status('Punkt: ' + title);
  document.title = title + ' – Referat';
  const authority = j.authority && !(j.council || '').includes(j.authority) ? j.authority : null;
  const meta = [j.council, authority, j.date, j.place].filter(Boolean).join(' · ');
  const src = isWebUrl(j.url)
    ? el('p', null, 'Kilde: ', el('a', {href: j.url, rel: 'noopener noreferrer'}, j.url))
    : el('p', {class: 'meta'}, 'Kilde: ' + (j.file || '') +
         (j.first_line ? ', linje ' + j.first_line + '–' + (j.last_line || '') : ''));
  const body = el('div', {class: 'itemtext'});
  if (j.sections && j.sections.length) {
    for (const sec of j.sections) {
      if (sec.name) body.append(el('h3', null, sec.name));
      body.append(el('p', null, ...highlighted(sec.text || '', s.q)));
    }
  } else {
    body.append(el('p', null, ...highlighted(j.text || '', s.q)));
  }
  const cite = el('p', {class: 'cite'}, 'Henvisning: ', el('code', null, location.href));
  const meeting = el('section', {class: 'side', 'aria-labelledby': 'mh'},
                     el('h3', {id: 'mh'}, j.items ? 'Mødets punkter' : 'Mødets andre punkter'));
  const similar = el('section', {class: 'side', 'aria-labelledby': 'sh'},
                     el('h3', {id: 'sh'}, 'Lignende punkter'));
  clear(art, el('h2', {id: 'ititle', tabindex: '-1'}, title),
        el('p', {class: 'meta'}, meta), src, body, cite,
        el('div', {class: 'cols2'}, meeting, similar));
  $('ititle').focus();
  meetingItems(j, meeting);
  similarItems(j, similar, n);
}

// The meeting's other items as /item lists them (a meeting record lists
// all of its items), and a link to the meeting record itself.
function meetingItems(j, box) {
  const list = j.meeting_items || j.items || [];
  if (j.meeting && j.meeting !== j.id)
    box.append(el('p', null, link({view: 'item', item: j.meeting}, 'Hele mødet: dagsorden og deltagere')));
  if (!list.length) {
    box.append(el('p', {class: 'meta'}, 'Ingen andre punkter.'));
    return;
  }
  box.append(el('ol', {class: 'plain'}, ...list.map((x) =>
    el('li', null, link({view: 'item', item: x.id}, heading(x))))));
}

async function similarItems(j, box, n) {
  const r = await api('/similar/' + encodeURIComponent(j.id), new URLSearchParams('limit=8'));
  if (isStale(n)) return;
  if (r.error) {
    box.append(el('p', {class: 'meta'}, r.status === 404
      ? 'Ikke tilgængelig på denne server.' : 'Ikke tilgængelig: ' + r.error));
    return;
  }
  const hits = r.json.hits || [];
  if (!hits.length) { box.append(el('p', {class: 'meta'}, 'Ingen fundet.')); return; }
  box.append(el('ol', {class: 'plain'}, ...hits.map((h) => el('li', null,
    link({view: 'item', item: h.id}, heading(h)),
    el('span', {class: 'meta'}, ' ' + [h.council, h.date].filter(Boolean).join(' · '))))));
}
