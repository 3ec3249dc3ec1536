// Prints how long headless Chromium takes to fetch and parse the gazetteer artefact from a local server (median of
// several page loads), next to fetching a same-sized plain-text file. Figures, not assertions.
// Run: npx tsx scripts/gazetteer/measureBrowserLoad.ts   (needs /usr/bin/chromium: apt-get install -y chromium)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { GAZETTEER_FILE } from '../../src/gazetteer/loadGazetteerNode';

const RUNS = 7;
const body = readFileSync(GAZETTEER_FILE);
const baseline = Buffer.alloc(body.length, 'x');
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/gazetteer.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  else if (path === '/baseline.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end(baseline);
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>load</title>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(base);
  const results: { json: number; parse: number; text: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    results.push(
      await page.evaluate(async () => {
        const t0 = performance.now();
        const text = await (await fetch(`/gazetteer.json?${Math.random()}`, { cache: 'no-store' })).text();
        const t1 = performance.now();
        const g = JSON.parse(text);
        const t2 = performance.now();
        if (!Array.isArray(g.entries)) throw new Error('not a gazetteer');
        const t3 = performance.now();
        await (await fetch(`/baseline.txt?${Math.random()}`, { cache: 'no-store' })).text();
        return { json: t2 - t0, parse: t2 - t1, text: performance.now() - t3 };
      }),
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`artefact ${(body.length / 1e6).toFixed(2)} MB, Chromium, median of ${RUNS}:`);
  console.log(`  fetch + JSON.parse: ${median(results.map((r) => r.json)).toFixed(1)} ms (of which JSON.parse ${median(results.map((r) => r.parse)).toFixed(1)} ms)`);
  console.log(`  baseline fetch of the same number of bytes as text: ${median(results.map((r) => r.text)).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
