// SPDX-License-Identifier: GPL-2.0-or-later
// page.js - the web page's time to first result in Debian's chromium:
// navigation start to the first hit on screen (the page's performance
// mark "referat:first-result"), over fresh loads of /?q=QUERY.
//   node bench/page.js http://127.0.0.1:7701 [runs] [query ...]
// Needs tests/browser/setup.sh to have run (playwright-core, chromium).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const {chromium} = require(path.join(__dirname, '..', 'tests', 'browser', 'node_modules',
                                     'playwright-core'));

const BASE = process.argv[2] || 'http://127.0.0.1:7701';
const RUNS = +(process.argv[3] || 20);
const QUERIES = process.argv.length > 4 ? process.argv.slice(4)
  : ['hjemløse', 'boligsocial indsats', '"social* udsatte"', 'misbrug NOT alkohol'];

function pct(xs, p) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync']});
  const page = ctx.pages()[0] || await ctx.newPage();
  try {
    await page.goto(BASE + '/'); // warm the daemon's and the browser's caches once
    for (const q of QUERIES) {
      const first = [], dcl = [], req = [], resp = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(BASE + '/?q=' + encodeURIComponent(q));
        await page.waitForFunction(() =>
          performance.getEntriesByName('referat:first-result').length ||
          /Ingen|Fejl/.test(document.getElementById('status').textContent), null,
          {timeout: 60000});
        const t = await page.evaluate(() => {
          const m = performance.getEntriesByName('referat:first-result')[0];
          const nav = performance.getEntriesByType('navigation')[0];
          const s = performance.getEntriesByType('resource').find((e) => /\/search\?/.test(e.name));
          return [m ? m.startTime : NaN, nav.domContentLoadedEventEnd,
                  s ? s.startTime : NaN, s ? s.responseEnd : NaN];
        });
        first.push(t[0]); dcl.push(t[1]); req.push(t[2]); resp.push(t[3]);
      }
      console.log(`${JSON.stringify(q)}: first result p50 ${pct(first, 50).toFixed(1)} ms, ` +
                  `p90 ${pct(first, 90).toFixed(1)} ms, max ${Math.max(...first).toFixed(1)} ms ` +
                  `(p50: DOMContentLoaded ${pct(dcl, 50).toFixed(1)}, /search sent ` +
                  `${pct(req, 50).toFixed(1)}, answered ${pct(resp, 50).toFixed(1)} ms; ${RUNS} loads)`);
    }
  } finally {
    await ctx.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
