// SPDX-License-Identifier: GPL-2.0-or-later
// app.js - the page's entry: the search form, the views as tabs, the
// hits with facets and pages, the export links, the council list. Every
// change goes through go(), which puts the state in the URL first.
'use strict';

import {$, el, snippetNodes, markedWords, fmtNumber, clear} from './dom.js';
import {read, href, filters, api} from './state.js';
import {showItem, isWebUrl} from './item.js';
import {showTimeline} from './chart.js';
import {showKwic, showTerms} from './tabs.js';

const LIMIT = 10;
const MAX_OFFSET = 1000; // the server's offset+limit bound
let state = read();
let seq = 0; // a newer render makes older answers stale
const marks = {q: '', words: new Set()}; // forms the snippets marked

// Navigate: a new state, in the URL (pushed: Back works), then drawn.
export function go(change, replace) {
  state = Object.assign({}, state, change);
  const url = href(state);
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

// A link to a state, which navigates in place when followed.
export function link(change, text, attrs) {
  const s = Object.assign({}, state, change);
  return el('a', Object.assign({href: href(s), onclick: (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go(change);
  }}, attrs || {}), text);
}

export function status(text, isError) {
  const st = $('status');
  st.textContent = text;
  st.classList.toggle('err', !!isError);
}

export function current() { return state; }
export function isStale(n) { return n !== seq; }
export function matchedForms() { return marks.q === state.q ? marks.words : new Set(); }
// "3. Title"; an item printed without a title (the indexer invents none)
// says so, as the command-line client does.
export function heading(x) {
  return (x.label ? x.label + '. ' : '') + (x.title || '(uden titel)');
}

function syncForm() {
  $('q').value = state.q;
  for (const k of ['from', 'to']) $(k).value = state[k];
  const sel = $('council');
  if (state.council && ![...sel.options].some((o) => o.value === state.council))
    sel.append(el('option', {value: state.council}, state.council));
  sel.value = state.council;
}

function syncChrome() {
  const searched = !!state.q;
  for (const a of $('tabs').querySelectorAll('a')) {
    const v = a.dataset.view;
    a.href = href(Object.assign({}, state, {view: v, item: '', koff: '0'}));
    if (v === state.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  $('tabs').hidden = !searched;
  for (const v of ['hits', 'timeline', 'kwic', 'terms', 'item'])
    $('panel-' + v).hidden = v !== state.view;
  $('exports').hidden = !searched;
  if (searched) {
    const p = filters(state);
    p.set('format', 'csv'); p.set('bom', '1');
    $('exp-csv').href = '/export?' + p;
    p.set('format', 'jsonl'); p.delete('bom');
    $('exp-jsonl').href = '/export?' + p;
  }
  $('back').href = href(Object.assign({}, state, {view: 'hits', item: ''}));
}

async function render() {
  const n = ++seq;
  syncForm();
  syncChrome();
  $('sugg').replaceChildren();
  document.title = state.q ? state.q + ' – Referat' : 'Referat – søg i referater';
  if (state.view === 'item' && state.item) return showItem(state, n);
  if (!state.q) {
    status('Skriv en søgning, fx hjemløse eller "boligsocial indsats".');
    clear($('hits')); clear($('facets')); clear($('pages'));
    return;
  }
  if (state.view === 'timeline') return showTimeline(state, n);
  if (state.view === 'kwic') return showKwic(state, n);
  if (state.view === 'terms') return showTerms(state, n);
  return showHits(n);
}

async function showHits(n) {
  const p = filters(state);
  const offset = Math.max(0, Math.min(+state.offset || 0, MAX_OFFSET - LIMIT));
  p.set('offset', offset);
  p.set('limit', LIMIT);
  $('results').setAttribute('aria-busy', 'true');
  status('Søger …');
  const r = await api('/search', p);
  if (isStale(n)) return;
  $('results').setAttribute('aria-busy', 'false');
  if (r.error) {
    status('Fejl: ' + r.error, true);
    clear($('hits')); clear($('facets')); clear($('pages'));
    return;
  }
  const j = r.json;
  const total = j.total.estimated;
  const approx = j.total.lower !== j.total.upper ? 'ca. ' : '';
  status(total
    ? 'Viser ' + (j.offset + 1) + '–' + (j.offset + j.hits.length) + ' af ' +
      approx + fmtNumber(total) + (total === 1 ? ' punkt' : ' punkter') +
      (j.timed_out ? ' (søgningen tog for lang tid: tallene er ufuldstændige)' : '')
    : 'Ingen punkter fundet');
  suggestion(j);
  if (marks.q !== state.q) { marks.q = state.q; marks.words = new Set(); }
  const ol = $('hits');
  ol.start = j.offset + 1;
  clear(ol, ...j.hits.map(hitNode));
  // time to first result (bench/page.js): the hits are in the page
  if (j.hits.length && !performance.getEntriesByName('referat:first-result').length)
    performance.mark('referat:first-result');
  facets(j.facets);
  pages(j, total);
  councilsFromFacets(j.facets);
}

function hitNode(h) {
  for (const w of markedWords(h.snippet_html)) marks.words.add(w);
  const title = heading(h);
  const meta = [h.council, h.date].filter(Boolean).join(' · ');
  return el('li', {class: 'hit'},
    el('h3', null, link({view: 'item', item: h.id}, title)),
    el('p', {class: 'meta'}, meta, isWebUrl(h.url) ? ' · ' : null,
       isWebUrl(h.url) ? el('a', {href: h.url, rel: 'noopener noreferrer'}, 'kilde') : null),
    el('p', {class: 'snip'}, ...snippetNodes(h.snippet_html)));
}

function suggestion(j) {
  if (!j.suggestion) return;
  const s = $('sugg');
  s.append(j.corrected ? 'Viser resultater for ' : 'Mente du: ',
           link({q: j.suggestion, offset: '0'}, j.suggestion));
}

function facets(f) {
  const a = $('facets');
  clear(a);
  if (!f) return;
  const group = (head, list, change) => {
    if (!list || !list.length) return;
    a.append(el('h3', null, head), el('ul', null, ...list.map((x) =>
      el('li', null, link(change(x), x.value),
         el('span', {class: 'count'}, ' ' + fmtNumber(x.count))))));
  };
  group('Råd', f.council, (x) => ({council: x.value, offset: '0'}));
  group('År', f.year, (x) => ({from: x.value, to: x.value, offset: '0'}));
  if (state.council || state.from || state.to)
    a.append(el('p', null, link({council: '', from: '', to: '', offset: '0'},
                                'Fjern afgrænsningen')));
}

function pages(j, total) {
  const nav = $('pages');
  clear(nav);
  if (j.offset > 0)
    nav.append(link({offset: String(Math.max(0, j.offset - LIMIT))}, '← Forrige',
                    {rel: 'prev'}));
  if (j.offset + j.hits.length < total && j.offset + 2 * LIMIT <= MAX_OFFSET)
    nav.append(link({offset: String(j.offset + LIMIT)}, 'Næste →', {rel: 'next'}));
}

// Councils: from /coverage, which also describes the corpus; a server
// without it gets them from the first answer's facets.
let haveCoverage = false;
async function loadCoverage() {
  const r = await api('/coverage');
  if (r.error || !r.json || !Array.isArray(r.json.councils)) return;
  haveCoverage = true;
  const rows = r.json.councils.slice().sort((x, y) =>
    String(x.council).localeCompare(String(y.council), 'da'));
  setCouncils(rows.map((c) => c.council));
  const th = (t) => el('th', {scope: 'col'}, t);
  const tbl = el('table', null,
    el('caption', null, r.json.indexed_at ? 'Indekseret ' + r.json.indexed_at : ''),
    el('thead', null, el('tr', null, th('Råd'), th('Kommune/region'), th('Første møde'),
                         th('Seneste møde'), th('Møder'), th('Punkter'))),
    el('tbody', null, ...rows.map((c) => el('tr', null,
      el('td', null, c.council || ''), el('td', null, c.authority || ''),
      el('td', null, c.first || ''), el('td', null, c.last || ''),
      el('td', {class: 'num'}, fmtNumber(c.meetings || 0)),
      el('td', {class: 'num'}, fmtNumber(c.items || 0))))));
  clear($('covtable'), tbl);
}

function councilsFromFacets(f) {
  if (haveCoverage || !f || !f.council) return;
  const known = new Set([...$('council').options].map((o) => o.value));
  setCouncils([...known, ...f.council.map((c) => c.value)].filter(Boolean)
    .sort((x, y) => x.localeCompare(y, 'da')));
}

function setCouncils(names) {
  const sel = $('council');
  const keep = state.council;
  clear(sel, el('option', {value: ''}, 'Alle råd'),
        ...[...new Set(names)].map((c) => el('option', {value: c}, c)));
  if (keep && !names.includes(keep)) sel.append(el('option', {value: keep}, keep));
  sel.value = keep;
}

function submit(e) {
  if (e) e.preventDefault();
  for (const k of ['from', 'to']) {
    if (!$(k).checkValidity()) {
      status('Datoen skal skrives ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.', true);
      $(k).focus();
      return;
    }
  }
  const view = state.view === 'item' ? 'hits' : state.view;
  go({q: $('q').value.trim(), council: $('council').value,
      from: $('from').value.trim(), to: $('to').value.trim(),
      offset: '0', koff: '0', item: '', view});
  // the focus stays in the form, to refine; the count is announced
}

$('f').addEventListener('submit', submit);
$('council').addEventListener('change', () => { if (state.q) submit(); });
$('helplink').addEventListener('click', (e) => {
  e.preventDefault();
  $('help').open = true;
  $('help').querySelector('summary').focus();
});
for (const a of $('tabs').querySelectorAll('a'))
  a.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go({view: a.dataset.view, item: '', koff: '0'});
  });
$('back').addEventListener('click', (e) => {
  e.preventDefault();
  go({view: 'hits', item: ''});
});
window.addEventListener('popstate', () => { state = read(); render(); });

loadCoverage();
render();
