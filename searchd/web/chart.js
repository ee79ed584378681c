// SPDX-License-Identifier: GPL-2.0-or-later
// chart.js - the timeline view: /timeline's cells drawn as an SVG line
// per council, counts or per 100 items indexed (coverage differs between
// councils, so only the relative figure compares them), with the values
// on hover and keyboard focus, and the same numbers as a table.
'use strict';

import {$, el, svg, fmtNumber, clear} from './dom.js';
import {filters, api} from './state.js';
import {go, status, isStale} from './app.js';

const H = 300, PAD = {l: 48, r: 16, t: 12, b: 44};
const TIP = $('tip'); // lives in #chart, put back whenever #chart is redrawn
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e',
                '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

function value(c, rel) {
  if (!rel) return c.count;
  return c.indexed > 0 ? (100 * c.count) / c.indexed : null;
}

// A round step giving about `n` ticks up to max.
function ticks(max, n) {
  if (max <= 0) return [0, 1];
  const raw = max / n;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw);
  const out = [];
  for (let v = 0; v <= max + step / 2; v += step) out.push(v);
  if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
  return out;
}

export async function showTimeline(s, n) {
  $('by').value = s.by;
  $(s.rel === '1' ? 'rel1' : 'rel0').checked = true;
  const p = filters(s);
  p.set('by', s.by);
  status('Tæller …');
  const r = await api('/timeline', p);
  if (isStale(n)) return;
  if (r.error) {
    status('Tidslinjen: ' + r.error, true);
    TIP.hidden = true;
    clear($('chart'), TIP); clear($('legend')); clear($('ttable'));
    return;
  }
  const j = r.json;
  const cells = j.cells || [];
  status('Tidslinje: ' + fmtNumber(j.total ?? cells.reduce((a, c) => a + c.count, 0)) +
         ' punkter fordelt på ' + (cells.length ? new Set(cells.map((c) => c.council)).size : 0) +
         ' råd' + (j.timed_out ? ' (ufuldstændig: tog for lang tid)' : ''));
  draw(cells, s.rel === '1');
}

// Every period from the first to the last, so the x axis is time (a
// year without matches is a place on it, not skipped): "2017",
// "2017-Q3", "2017-09". Anything else is shown as it came.
function allPeriods(ps) {
  const kinds = [[/^(\d{4})$/, 1, (y) => String(y)],
                 [/^(\d{4})-Q([1-4])$/, 4, (y, k) => `${y}-Q${k + 1}`],
                 [/^(\d{4})-(\d{2})$/, 12, (y, k) => `${y}-${String(k + 1).padStart(2, '0')}`]];
  for (const [re, per, name] of kinds) {
    const ord = ps.map((p) => {
      const m = re.exec(p);
      return m ? +m[1] * per + (m[2] ? +m[2] - 1 : 0) : NaN;
    });
    if (!ps.length || ord.some(isNaN)) continue;
    const lo = Math.min(...ord), hi = Math.max(...ord);
    if (hi - lo > 1200) return ps;
    const out = [];
    for (let o = lo; o <= hi; o++) out.push(name(Math.floor(o / per), o % per));
    return out;
  }
  return ps;
}

// The chart is drawn at the width it gets, so its text stays readable on
// a phone; a resize draws it again.
let last = null;
function draw(cells, rel) {
  last = [cells, rel];
  const W = Math.max(300, Math.round($('chart').clientWidth) || 760);
  const periods = allPeriods([...new Set(cells.map((c) => c.period))].sort());
  const councils = [...new Set(cells.map((c) => c.council))]
    .sort((a, b) => String(a).localeCompare(String(b), 'da'));
  const chart = $('chart');
  if (!periods.length) {
    TIP.hidden = true;
    clear(chart, el('p', {class: 'meta'}, 'Ingen punkter at vise.'), TIP);
    clear($('legend')); clear($('ttable'));
    return;
  }
  const vals = cells.map((c) => value(c, rel)).filter((v) => v != null);
  const yt = ticks(Math.max(...vals, 0), 5);
  const ymax = yt[yt.length - 1] || 1;
  const iw = W - PAD.l - PAD.r, ih = H - PAD.t - PAD.b;
  const x = (i) => PAD.l + (periods.length === 1 ? iw / 2 : (i * iw) / (periods.length - 1));
  const y = (v) => PAD.t + ih - (v / ymax) * ih;
  const unit = rel ? 'pr. 100 punkter' : 'punkter';
  const root = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img',
    'aria-label': 'Tidslinje: ' + unit + ' pr. periode for ' + councils.length + ' råd'});
  for (const v of yt) {
    root.append(svg('line', {x1: PAD.l, x2: W - PAD.r, y1: y(v), y2: y(v), class: 'grid'}),
      svg('text', {x: PAD.l - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis'},
          fmtNumber(v, v % 1 ? 1 : 0)));
  }
  // a label at most every 48 px ("2017-Q3" wide), so they never overlap
  const every = Math.ceil(periods.length / Math.max(1, Math.floor(iw / 48)));
  periods.forEach((pd, i) => {
    if (i % every) return;
    root.append(svg('text', {x: x(i), y: H - PAD.b + 18, 'text-anchor': 'middle', class: 'axis'}, pd));
  });
  root.append(svg('text', {x: 12, y: PAD.t + ih / 2, class: 'axis',
    transform: `rotate(-90 12 ${PAD.t + ih / 2})`, 'text-anchor': 'middle'}, unit));
  const byKey = new Map(cells.map((c) => [c.council + '\u0000' + c.period, c]));
  const legend = [];
  const series = [];
  councils.forEach((co, ci) => {
    const color = COLORS[ci % COLORS.length];
    let d = '';
    let pen = false;
    const dots = [];
    periods.forEach((pd, i) => {
      const c = byKey.get(co + '\u0000' + pd);
      const v = c ? value(c, rel) : null;
      if (v == null) { pen = false; return; } // no items indexed: a gap
      d += (pen ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(v).toFixed(1);
      pen = true;
      const label = `${co}, ${pd}: ${fmtNumber(c.count)} af ${fmtNumber(c.indexed)} punkter` +
        ` (${c.indexed ? fmtNumber(100 * c.count / c.indexed, 1) : '–'} pr. 100)`;
      const dot = svg('circle', {cx: x(i), cy: y(v), r: 4, fill: color, tabindex: -1,
                                 class: 'dot', 'aria-label': label},
                      svg('title', null, label));
      const show = () => {
        TIP.textContent = label;
        TIP.hidden = false;
        // beside the point, kept inside the chart (CSSOM: the CSP allows it)
        const box = chart.getBoundingClientRect(), at = dot.getBoundingClientRect();
        const left = Math.min(at.left - box.left + 10, box.width - TIP.offsetWidth - 4);
        TIP.style.left = Math.max(0, left) + 'px';
        const above = at.top - box.top - TIP.offsetHeight - 8;
        TIP.style.top = (above >= 0 ? above : at.bottom - box.top + 8) + 'px';
      };
      dot.addEventListener('mouseenter', show);
      dot.addEventListener('focus', show);
      dot.addEventListener('mouseleave', () => { TIP.hidden = true; });
      dot.addEventListener('blur', () => { TIP.hidden = true; });
      dot.dataset.i = i;
      dots.push(dot);
    });
    root.append(svg('path', {d, fill: 'none', stroke: color, 'stroke-width': 2,
                             class: 'series', 'data-council': co}), ...dots);
    if (dots.length) series.push(dots);
    legend.push(el('li', null, el('span', {class: 'swatch', 'data-color': color}), co));
  });
  roving(root, series);
  clear(chart, root, TIP);
  // Colours set through the CSSOM: the CSP forbids style attributes.
  for (const sw of legend) {
    const s = sw.querySelector('.swatch');
    s.style.background = s.dataset.color;
  }
  clear($('legend'), ...legend);
  table(periods, councils, byKey);
}

// One Tab stop for the whole chart, not one per point: arrows move
// along a council's line (left/right) and between councils (up/down).
function roving(root, series) {
  if (!series.length) return;
  series[0][0].setAttribute('tabindex', '0');
  root.addEventListener('keydown', (e) => {
    const at = e.target;
    const si = series.findIndex((d) => d.includes(at));
    if (si < 0) return;
    let next = null;
    const pi = series[si].indexOf(at);
    if (e.key === 'ArrowRight') next = series[si][pi + 1];
    else if (e.key === 'ArrowLeft') next = series[si][pi - 1];
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const other = series[(si + (e.key === 'ArrowDown' ? 1 : series.length - 1)) % series.length];
      const i = +at.dataset.i;
      next = other.reduce((b, d) => Math.abs(d.dataset.i - i) < Math.abs(b.dataset.i - i) ? d : b);
    } else if (e.key === 'Home') next = series[si][0];
    else if (e.key === 'End') next = series[si][series[si].length - 1];
    if (!next) return;
    e.preventDefault();
    at.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  });
}

function table(periods, councils, byKey) {
  const th = (t) => el('th', {scope: 'col'}, t);
  clear($('ttable'), el('table', null,
    el('thead', null, el('tr', null, th('Periode'), ...councils.map(th))),
    el('tbody', null, ...periods.map((pd) => el('tr', null, el('th', {scope: 'row'}, pd),
      ...councils.map((co) => {
        const c = byKey.get(co + '\u0000' + pd);
        return el('td', {class: 'num'}, c ? fmtNumber(c.count) + ' / ' + fmtNumber(c.indexed) : '–');
      }))))));
}

let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (last && !$('panel-timeline').hidden) draw(...last);
  }, 150);
});
$('by').addEventListener('change', () => go({by: $('by').value}));
for (const id of ['rel0', 'rel1'])
  $(id).addEventListener('change', () => go({rel: $(id).value}));
