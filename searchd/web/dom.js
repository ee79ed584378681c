// SPDX-License-Identifier: GPL-2.0-or-later
// dom.js - the only way the page puts data on screen: elements built
// with createElement and filled with textContent, never innerHTML, so
// nothing from the index can become markup.
'use strict';

export const $ = (id) => document.getElementById(id);

// el('a', {href: '?q=x', class: 'hit'}, 'text', child, ...)
export function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  for (const k of kids) {
    if (k == null || k === false) continue;
    e.append(typeof k === 'string' || typeof k === 'number' ? String(k) : k);
  }
  return e;
}

const SVGNS = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(SVGNS, tag);
  setAttrs(e, attrs);
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

function setAttrs(e, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
}

// snippet_html holds only HTML-escaped text and <mark></mark>: split it
// into text and marked parts ourselves rather than trusting a parser.
const ENT = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"',
             '&#39;': "'", '&#x27;': "'", '&apos;': "'"};
function unescapeHtml(s) {
  return s.replace(/&(?:amp|lt|gt|quot|apos|#39|#x27);/g, (m) => ENT[m]);
}

export function snippetNodes(html) {
  const out = [];
  const parts = String(html || '').split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const p of parts) {
    if (p === '<mark>') { marked = true; continue; }
    if (p === '</mark>') { marked = false; continue; }
    if (!p) continue;
    const t = unescapeHtml(p);
    out.push(marked ? el('mark', null, t) : document.createTextNode(t));
  }
  return out;
}

// The words a snippet marked: the forms the index matched.
export function markedWords(html) {
  const words = [];
  const re = /<mark>([^<]*)<\/mark>/g;
  let m;
  while ((m = re.exec(String(html || ''))) !== null)
    words.push(unescapeHtml(m[1]).toLowerCase());
  return words;
}

// Danish digits (1.234,5); the formatters made once, they are slow to make.
const FMT = [0, 1].map((d) => new Intl.NumberFormat('da-DK',
  {maximumFractionDigits: d, minimumFractionDigits: d}));
export function fmtNumber(n, digits) { return FMT[digits ? 1 : 0].format(Number(n)); }

export function clear(node, ...kids) { node.replaceChildren(...kids); }
