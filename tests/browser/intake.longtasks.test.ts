// The page stays responsive while a 5 MB batch of articles is processed: a PerformanceObserver sees no
// main-thread task over 50 ms (the definition of a "long task") from the drop until the last article is on the map.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { CHROME_ARGS, openApp } from './browser';

const appUrl = inject('appUrl');
const BATCH_BYTES = 5 * 1024 * 1024;

/** About 5 MB of articles made of the seeds' real paragraphs, shuffled deterministically. */
function batch(): { name: string; text: string }[] {
  const paragraphs = readdirSync('seeds').filter((n) => n.endsWith('.txt'))
    .flatMap((n) => readFileSync(`seeds/${n}`, 'utf8').split(/\n+/)).filter((p) => p.trim());
  let seed = 42;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const files: { name: string; text: string }[] = [];
  let bytes = 0;
  while (bytes < BATCH_BYTES) {
    const text = Array.from({ length: 5 + Math.floor(random() * 20) }, () => paragraphs[Math.floor(random() * paragraphs.length)]).join('\n\n');
    files.push({ name: `batch-${String(files.length).padStart(4, '0')}.txt`, text });
    bytes += Buffer.byteLength(text);
  }
  return files;
}

const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');

/**
 * Chromium's default headless WebGL path (ANGLE on Vulkan/SwiftShader behind GPU compositing) blocks the page's
 * main thread for 100–350 ms in every compositor commit while the map repaints, whatever the page does; with
 * ANGLE's SwiftShader backend chosen explicitly the map draws the same and the main thread is not held. Measured
 * here with a bare `map.triggerRepaint()` loop. Without it this test would measure the headless renderer, not the app.
 */
const MEASURING_ARGS = [...CHROME_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

let browser: Browser;
beforeAll(async () => { browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: MEASURING_ARGS }); });
afterAll(async () => { await browser?.close(); });

describe('a 5 MB batch', () => {
  it('is processed with no main-thread task over 50 ms', async () => {
    const { page } = await openApp(browser, appUrl);
    const files = batch();
    // The files (and the drag data holding them) are made in the page first; observation starts with the drop.
    await page.evaluate((list) => {
      const w = window as unknown as { __drop: DataTransfer };
      w.__drop = new DataTransfer();
      for (const f of list) w.__drop.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    }, files);
    const started = Date.now();
    await page.evaluate(() => {
      const w = window as unknown as { __drop: DataTransfer; __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
      document.querySelector('.map')!.dispatchEvent(new DragEvent('drop', { dataTransfer: w.__drop, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction((n) => document.querySelector('#intake-heading .count')?.textContent === `(${n})`
      && !document.querySelector('.intake-progress') && document.querySelector<HTMLElement>('.intake-panel')?.dataset.processing === '0', files.length, { timeout: 120_000, polling: 200 });
    // …and the map has drawn the last of it: the observation covers the final redraw too.
    await page.waitForFunction(() => [...document.querySelectorAll('.place-list .place-mentions')].some((e) => Number(e.textContent) > 1000), null, { timeout: 30_000, polling: 200 });
    const seconds = (Date.now() - started) / 1000;
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const mb = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1048576;
    console.log(`5 MB batch: ${files.length} articles, ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s (${(mb / seconds).toFixed(1)} MB/s end to end); long tasks: ${JSON.stringify(longTasks)}`);
    expect(longTasks).toEqual([]);
    await page.close();
  }, 180_000);
});
