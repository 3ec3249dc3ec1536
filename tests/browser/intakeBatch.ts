// The 5 MB batch of the intake performance test and benchmark, and the measurement itself: drop the batch onto
// the map in a real Chromium page and watch the main thread with a PerformanceObserver until every article is
// processed and the map has been redrawn with them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { CHROME_ARGS } from './browser';

export const BATCH_BYTES = 5 * 1024 * 1024;

/** About `bytes` of articles made of the seeds' real paragraphs, shuffled deterministically. */
export function articleBatch(bytes = BATCH_BYTES): { name: string; text: string }[] {
  const paragraphs = readdirSync('seeds').filter((n) => n.endsWith('.txt'))
    .flatMap((n) => readFileSync(`seeds/${n}`, 'utf8').split(/\n+/)).filter((p) => p.trim());
  let seed = 42;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const files: { name: string; text: string }[] = [];
  let total = 0;
  while (total < bytes) {
    const text = Array.from({ length: 5 + Math.floor(random() * 20) }, () => paragraphs[Math.floor(random() * paragraphs.length)]).join('\n\n');
    files.push({ name: `batch-${String(files.length).padStart(4, '0')}.txt`, text });
    total += Buffer.byteLength(text);
  }
  return files;
}

/**
 * Chromium's default headless WebGL path (ANGLE on Vulkan/SwiftShader behind GPU compositing) blocks the page's
 * main thread for 100–350 ms in every compositor commit while the map repaints, whatever the page does (measured
 * here with a bare `map.triggerRepaint()` loop); with ANGLE's SwiftShader backend chosen explicitly the map draws
 * the same and the main thread is not held. Without these flags a long-task measurement measures the headless
 * renderer, not the app.
 */
export const MEASURING_ARGS = [...CHROME_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export function launchMeasuringChromium(): Promise<Browser> {
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: MEASURING_ARGS });
}

/** Busy share of all CPUs over `ms`, from /proc/stat (Linux); undefined where it cannot be read. */
async function cpuBusy(ms: number): Promise<number | undefined> {
  if (!existsSync('/proc/stat')) return undefined;
  const sample = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
    const values = fields.map(Number);
    return { idle: values[3] + (values[4] ?? 0), total: values.reduce((a, b) => a + b, 0) };
  };
  const a = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = sample();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : undefined;
}

/**
 * Waits (up to `maxMs`) until the machine is mostly idle: other test files running beside this one (their
 * Chromium, builds, benchmarks) take the cores the page's main thread needs, and their work would be measured
 * as this page's long tasks. Returns how long it waited and the last busy share seen.
 */
export async function untilMachineQuiet(maxMs = 90_000, busyBelow = 0.35): Promise<{ waitedMs: number; busy?: number }> {
  const start = Date.now();
  let busy = await cpuBusy(1000);
  while (busy !== undefined && busy > busyBelow && Date.now() - start < maxMs) busy = await cpuBusy(1000);
  return { waitedMs: Date.now() - start, ...(busy !== undefined ? { busy } : {}) };
}

export interface BatchRun { articles: number; megabytes: number; seconds: number; longTasks: number[] }

/** Drops the batch onto the map of an open app page and measures until it is all processed and drawn. */
export async function dropBatchAndMeasure(page: Page, files: { name: string; text: string }[]): Promise<BatchRun> {
  // The files (and the drag data holding them) are made in the page first; observation starts with the drop.
  await page.evaluate((list) => {
    const w = window as unknown as { __drop: DataTransfer };
    w.__drop = new DataTransfer();
    for (const f of list) w.__drop.items.add(new File([f.text], f.name, { type: 'text/plain' }));
  }, files);
  const started = Date.now();
  await page.evaluate(() => {
    const w = window as unknown as { __drop: DataTransfer; __longTasks: number[]; __mentionsBefore: number };
    w.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
    document.querySelector('.map')!.dispatchEvent(new DragEvent('drop', { dataTransfer: w.__drop, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction((n) => document.querySelector('#intake-heading .count')?.textContent === `(${n})`
    && !document.querySelector('.intake-progress') && document.querySelector<HTMLElement>('.intake-panel')?.dataset.processing === '0',
  files.length, { timeout: 180_000, polling: 100 });
  // …and the place list (which mirrors the map) shows the batch: the observation covers the last redraw too.
  await page.waitForFunction(() => [...document.querySelectorAll('.place-list .place-mentions')].some((e) => Number(e.textContent) > 1000), null, { timeout: 60_000, polling: 100 });
  const seconds = (Date.now() - started) / 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { articles: files.length, megabytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1048576, seconds, longTasks };
}
