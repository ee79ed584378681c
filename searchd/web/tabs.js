// SPDX-License-Identifier: GPL-2.0-or-later
// tabs.js - the concordance (/kwic: every occurrence with its left and
// right context) and the related terms (/terms) views.
'use strict';

import {$, el, fmtNumber, clear} from './dom.js';
import {filters, api} from './state.js';
import {go, link, status, isStale} from './app.js';

const KLIMIT = 50;

export async function showKwic(s, n) {
  $('kwidth').value = s.width;
  $('ksort').value = s.sort;
  const p = filters(s);
  p.set('width', s.width);
  p.set('sort', s.sort);
  const csv = new URLSearchParams(p);
  csv.set('format', 'csv');
  $('kcsv').href = '/kwic?' + csv;
  p.set('limit', KLIMIT);
  p.set('offset', s.koff);
  status('Finder forekomster …');
  const r = await api('/kwic', p);
  if (isStale(n)) return;
  if (r.error) {
    status('Konkordansen: ' + r.error, true);
    clear($('kwic')); clear($('kpages'));
    return;
  }
  const j = r.json;
  const off = +s.koff || 0;
  const lines = j.lines || [];
  status(lines.length
    ? 'Forekomst ' + (off + 1) + '–' + (off + lines.length) + ' af ' + fmtNumber(j.total)
    : 'Ingen forekomster');
  const th = (t, cls) => el('th', {scope: 'col', class: cls}, t);
  clear($('kwic'), el('table', {class: 'kwic'},
    el('thead', null, el('tr', null, th('Dato'), th('Råd'), th('Venstre', 'l'),
                         th('Træf', 'm'), th('Højre', 'r'))),
    el('tbody', null, ...lines.map((l) => el('tr', null,
      el('td', {class: 'date'}, link({view: 'item', item: l.id}, l.date || l.id)),
      el('td', {class: 'co'}, l.council || ''),
      el('td', {class: 'l'}, l.left || ''),
      el('td', {class: 'm'}, el('mark', null, l.match || '')),
      el('td', {class: 'r'}, l.right || ''))))));
  const nav = $('kpages');
  clear(nav);
  if (off > 0) nav.append(link({koff: String(Math.max(0, off - KLIMIT))}, '← Forrige'));
  if (off + lines.length < j.total) nav.append(link({koff: String(off + KLIMIT)}, 'Næste →'));
}

export async function showTerms(s, n) {
  const p = new URLSearchParams();
  for (const k of ['q', 'council']) if (s[k]) p.set(k, s[k]);
  p.set('limit', '30');
  status('Finder relaterede ord …');
  const r = await api('/terms', p);
  if (isStale(n)) return;
  if (r.error) {
    status('Relaterede ord: ' + r.error, true);
    clear($('terms'));
    return;
  }
  const terms = r.json.terms || [];
  status(terms.length ? fmtNumber(terms.length) + ' relaterede ord' : 'Ingen relaterede ord');
  const top = Math.max(...terms.map((t) => t.score), 1e-9);
  clear($('terms'), ...terms.map((t) => {
    const bar = el('span', {class: 'bar', 'aria-hidden': 'true'});
    bar.style.width = Math.max(2, (100 * t.score) / top).toFixed(0) + '%';
    return el('li', null,
      link({q: s.q + ' ' + (/\s/.test(t.term) ? '"' + t.term + '"' : t.term),
            view: 'hits', offset: '0'}, t.term,
           {'aria-label': 'Føj ' + t.term + ' til søgningen'}),
      el('span', {class: 'meta'}, ' i ' + fmtNumber(t.count) + ' punkter'),
      el('span', {class: 'track'}, bar));
  }));
}

$('kwidth').addEventListener('change', () => go({width: $('kwidth').value, koff: '0'}));
$('ksort').addEventListener('change', () => go({sort: $('ksort').value, koff: '0'}));
