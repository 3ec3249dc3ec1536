// The page stays responsive while a 5 MB batch of articles is processed: a PerformanceObserver sees no main-thread
// task over 50 ms (the definition of a "long task") from the drop until the last article is on the map.
// Run alone by `npm run test:measure` (see intake.measure.config.ts); `npm run bench:intake` prints the throughput.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openApp } from './browser';
import { articleBatch, dropBatchAndMeasure, launchMeasuringChromium, untilMachineQuiet } from './intakeBatch';

const appUrl = inject('appUrl');

let browser: Browser;
beforeAll(async () => { browser = await launchMeasuringChromium(); });
afterAll(async () => { await browser?.close(); });

describe('a 5 MB batch', () => {
  it('is processed with no main-thread task over 50 ms', async () => {
    const { page, errors } = await openApp(browser, appUrl);
    const quiet = await untilMachineQuiet();
    const run = await dropBatchAndMeasure(page, articleBatch());
    console.log(`5 MB batch: ${run.articles} articles, ${run.megabytes.toFixed(1)} MB in ${run.seconds.toFixed(1)} s; long tasks (ms): ${JSON.stringify(run.longTasks)}`
      + ` (waited ${(quiet.waitedMs / 1000).toFixed(0)} s for a quiet machine${quiet.busy !== undefined ? `, CPU ${Math.round(quiet.busy * 100)}% busy at the start` : ''})`);
    expect(run.longTasks).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
