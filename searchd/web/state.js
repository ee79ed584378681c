// SPDX-License-Identifier: GPL-2.0-or-later
// state.js - the page's whole state lives in the URL's query string, so
// any view (a search, a filter, an open item, a timeline, a page of
// concordance lines) can be bookmarked, shared and cited.
'use strict';

// Keys and their defaults; a key at its default is left out of the URL.
const DEFAULTS = {
  q: '', council: '', from: '', to: '',
  view: 'hits',          // hits | timeline | kwic | terms | item
  offset: '0',           // hits page
  item: '',              // open item id (view=item)
  by: 'year', rel: '0',  // timeline: period, per 100 items
  sort: 'left', width: '5', koff: '0', // concordance
};
export const VIEWS = ['hits', 'timeline', 'kwic', 'terms', 'item'];

export function read() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const k of Object.keys(DEFAULTS)) s[k] = p.get(k) ?? DEFAULTS[k];
  if (!VIEWS.includes(s.view)) s.view = 'hits';
  return s;
}

export function href(s) {
  const p = new URLSearchParams();
  for (const k of Object.keys(DEFAULTS))
    if (s[k] != null && String(s[k]) !== DEFAULTS[k]) p.set(k, s[k]);
  const qs = p.toString();
  return qs ? '?' + qs : location.pathname;
}

// The search itself (what /search, /timeline, /export ... take).
export function filters(s) {
  const p = new URLSearchParams();
  for (const k of ['q', 'council', 'from', 'to']) if (s[k]) p.set(k, s[k]);
  return p;
}

export async function api(path, params) {
  const url = path + (params && [...params].length ? '?' + params : '');
  let r;
  try {
    r = await fetch(url, {headers: {Accept: 'application/json'}});
  } catch (e) {
    return {status: 0, json: null, error: 'Ingen forbindelse til referatd'};
  }
  let j = null;
  try { j = await r.json(); } catch (e) { /* not JSON: status says why */ }
  let error = null;
  if (!r.ok)
    error = (j && j.error && j.error.message) || (r.status + ' ' + r.statusText);
  return {status: r.status, json: j, error};
}
