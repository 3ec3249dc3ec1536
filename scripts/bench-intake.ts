// `npm run bench:intake`: a 5 MB batch of articles dropped onto the built app in headless Chromium, processed in
// the pipeline worker and merged into the map, next to the same batch through the pipeline in this Node process
// (one core, no page) measured in the same run. Prints figures; asserts nothing (the test asserts no long tasks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { extractSituation } from '../src/core/pipeline';
import { toFeatureCollection } from '../src/core/geojson';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { serveStatic } from '../tests/browser/staticServer';
import { articleBatch, dropBatchAndMeasure, launchMeasuringChromium } from '../tests/browser/intakeBatch';

const ROUNDS = 3;
const files = articleBatch();
const megabytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1048576;

const index = loadGazetteer();
let node = Infinity;
for (let i = 0; i < ROUNDS; i++) {
  const t0 = performance.now();
  toFeatureCollection(extractSituation(files.map((f) => ({ id: f.name, text: f.text })), index), index);
  node = Math.min(node, (performance.now() - t0) / 1000);
}

const outDir = mkdtempSync(path.join(tmpdir(), 'bench-intake-'));
await build({ root: process.cwd(), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
const server = await serveStatic({ '/': outDir });
const browser = await launchMeasuringChromium();
const runs = [];
try {
  for (let i = 0; i < ROUNDS; i++) {
    // A fresh context each round: an empty IndexedDB, as for a new user.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.situation === 'drawn', null, { timeout: 60_000 });
    runs.push(await dropBatchAndMeasure(page, files));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const allLong = runs.flatMap((r) => r.longTasks);
console.log(`batch: ${files.length} articles, ${megabytes.toFixed(1)} MB (seed paragraphs shuffled); ${ROUNDS} rounds, best reported`);
console.log(`pipeline in Node, one core:            ${(megabytes / node).toFixed(1).padStart(6)} MB/s  (${node.toFixed(2)} s)`);
console.log(`browser, drop → stored → worker → map: ${(megabytes / best.seconds).toFixed(1).padStart(6)} MB/s  (${best.seconds.toFixed(2)} s; ${(node / best.seconds).toFixed(2)} of the Node figure)`);
console.log(`main-thread long tasks (> 50 ms) per round: ${runs.map((r) => r.longTasks.length).join(', ')}${allLong.length ? `; longest ${Math.max(...allLong)} ms` : ''}`);
