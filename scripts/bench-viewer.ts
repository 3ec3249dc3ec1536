// Viewer benchmark: the app with 100 000 synthetic events over the region next to a bare MapLibre page showing
// the same GeoJSON (scripts/bench-viewer/bare.html), both built for production and measured in the same run in
// the same Chromium. Prints time to first `idle` (from navigation start, with the situation drawn) and the time
// a layer toggle takes to be drawn (from the click to the next `idle`), as figures and ratios.
//   npm run bench:viewer [-- --events 100000 --runs 3]
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import type { PlaceCollection, PlaceFeature } from '../src/core/geojson';
import { EVENT_TYPES } from '../src/core/types';
import { launchChromium } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/staticServer';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EVENTS = option('events', 100_000);
const RUNS = option('runs', 3);

const root = fileURLToPath(new URL('../', import.meta.url));
const out = fileURLToPath(new URL('../test-results/bench-viewer/', import.meta.url));

/** Deterministic pseudo-random numbers, so every run draws the same map. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic place per event, spread over Ukraine, Belarus and western Russia, in the documented schema. */
function syntheticSituation(n: number): PlaceCollection {
  const random = mulberry32(20221219);
  const features: PlaceFeature[] = [];
  for (let i = 0; i < n; i++) {
    const type = EVENT_TYPES[i % EVENT_TYPES.length];
    const passage = `Synthetic passage ${i} about place ${i}.`;
    const id = `city:synthetic-${i}`;
    features.push({
      type: 'Feature', id,
      geometry: { type: 'Point', coordinates: [22 + random() * 18, 44 + random() * 12] },
      properties: {
        id, name: `Place ${i}`, kind: 'city',
        mentions: [{ article: 'synthetic', start: 0, end: 5, surface: 'Place', passage }],
        events: [{ type, article: 'synthetic', passage }],
        mentionCount: 1, strikeCount: type === 'strike' ? 1 : 0, meetingCount: type === 'meeting' ? 1 : 0, exerciseCount: type === 'exercise' ? 1 : 0,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

interface Sample { idle: number; toggle: number; settled: number }

async function firstIdle(page: Page): Promise<number> {
  await page.waitForFunction(() => document.documentElement.dataset.situation === 'drawn', null, { timeout: 120_000 });
  return page.evaluate(() => performance.getEntriesByName('situation-idle')[0].startTime);
}

/**
 * Switches Strikes off and returns two times from the switch: to the first frame drawn without them, and to the
 * map's next idle (every tile laid out again). The bare page does what the app's map module does (opacity, then
 * visibility); the app is driven through its checkbox, so React's state update is included. Passed as source text
 * because tsx's name-keeping helpers do not exist inside the page.
 */
function toggleTime(page: Page, how: 'app' | 'bare'): Promise<{ drawn: number; settled: number }> {
  return page.evaluate(`(async () => {
    const map = window.__situationMap;
    await new Promise((resolve) => { if (!map.isMoving() && map.loaded()) resolve(); else map.once('idle', resolve); });
    const t0 = performance.now();
    let drawn = 0;
    if (${JSON.stringify(how)} === 'bare') {
      map.setPaintProperty('event-strike', 'circle-opacity', 0);
      map.setLayoutProperty('event-strike', 'visibility', 'none');
    } else {
      document.querySelector('.toggles input[type=checkbox]').click();
      // The app applies the state in a React effect: wait for it.
      await new Promise((resolve) => {
        const applied = () => (map.getLayoutProperty('event-strike', 'visibility') === 'none' ? resolve() : requestAnimationFrame(applied));
        applied();
      });
    }
    await new Promise((resolve) => map.once('render', resolve));
    drawn = performance.now() - t0;
    await new Promise((resolve) => map.once('idle', resolve));
    return { drawn, settled: performance.now() - t0 };
  })()`);
}

async function measure(browser: Browser, url: string, how: 'app' | 'bare'): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const idle = await firstIdle(page);
  const { drawn, settled } = await toggleTime(page, how);
  if (errors.length) throw new Error(`${how} page errors: ${errors.join('; ')}`);
  await page.close();
  return { idle, toggle: drawn, settled };
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function main() {
  mkdirSync(out + 'data', { recursive: true });
  console.log(`building the app and the bare page…`);
  await build({ root, logLevel: 'error', build: { outDir: out + 'app', emptyOutDir: true, sourcemap: false } });
  await build({
    root: fileURLToPath(new URL('./bench-viewer/', import.meta.url)), base: '/bare/', logLevel: 'error', configFile: false,
    build: { outDir: out + 'bare', emptyOutDir: true, rollupOptions: { input: fileURLToPath(new URL('./bench-viewer/bare.html', import.meta.url)) } },
  });
  const situation = syntheticSituation(EVENTS);
  const json = JSON.stringify(situation);
  writeFileSync(out + 'data/events.json', json);
  console.log(`${EVENTS} synthetic events, ${(json.length / 1e6).toFixed(1)} MB of GeoJSON`);

  const server = await serveStatic({ '/': out + 'app', '/bare/': out + 'bare', '/bench/': out + 'data' });
  const browser = await launchChromium();
  const app: Sample[] = [];
  const bare: Sample[] = [];
  try {
    // Warm-up (disk cache, shader compilation), then alternate so that drift affects both alike.
    await measure(browser, `${server.url}bare/bare.html`, 'bare');
    await measure(browser, `${server.url}?situation=/bench/events.json`, 'app');
    for (let i = 0; i < RUNS; i++) {
      bare.push(await measure(browser, `${server.url}bare/bare.html`, 'bare'));
      app.push(await measure(browser, `${server.url}?situation=/bench/events.json`, 'app'));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const row = (label: string, a: number, b: number) => console.log(`${label.padEnd(28)} ${a.toFixed(0).padStart(8)} ms ${b.toFixed(0).padStart(8)} ms ${(a / b).toFixed(2).padStart(8)}×`);
  console.log(`\nmedian of ${RUNS} runs          app         bare MapLibre   ratio`);
  row('time to first idle', median(app.map((s) => s.idle)), median(bare.map((s) => s.idle)));
  row('layer toggle, first frame', median(app.map((s) => s.toggle)), median(bare.map((s) => s.toggle)));
  row('layer toggle, to idle', median(app.map((s) => s.settled)), median(bare.map((s) => s.settled)));
  const runs = (xs: Sample[]) => xs.map((s) => `${s.idle.toFixed(0)}/${s.toggle.toFixed(0)}/${s.settled.toFixed(0)}`).join(' ');
  console.log(`\nall runs (first idle / toggle drawn / toggle idle, ms): app ${runs(app)}; bare ${runs(bare)}`);
  console.log(`load average while measuring: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
}

main().catch((e) => { console.error(e); process.exit(1); });
