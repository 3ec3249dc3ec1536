// The page stays responsive while a 5 MB batch of articles is processed: a PerformanceObserver sees no main-thread
// task over 50 ms (the definition of a "long task") from the drop until the last article is on the map.
// Run alone by `npm run test:measure` (see intake.measure.config.ts), not by `npm test`: the outcome depends on the
// machine's state more than on the code (below), and a check that fails on noise only teaches people to ignore CI.
// `npm run bench:intake` prints the throughput and each round's long tasks.
//
// Why up to ROUNDS rounds, each on a fresh page: on this 2-core machine with software WebGL, a quarter to nearly
// half of the rounds see a task of 50–100 ms, most often one of 50–65 ms (CI failed on one of 62 ms), and when the
// machine is slow every round does. Experiments in December 2026 found no one cause to remove: with IndexedDB
// switched off, with the map's sources frozen after the first draw, or with the pipeline worker paced to leave a core
// free, as many rounds saw one; a page repainting the map without a batch sees none.
// The stretched tasks are ordinary 20–35 ms ones (a map frame, a GC pause, a storage callback) pre-empted while the
// page's threads contend for two cores. A regression that adds a real long task shows in every round and fails
// this test; every round's figures are printed, so a creeping margin is visible in the log.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openApp } from './browser';
import { articleBatch, dropBatchAndMeasure, launchMeasuringChromium, untilMachineQuiet } from './intakeBatch';

const appUrl = inject('appUrl');
const ROUNDS = 4;

let browser: Browser;
beforeAll(async () => { browser = await launchMeasuringChromium(); });
afterAll(async () => { await browser?.close(); });

describe('a 5 MB batch', () => {
  it('is processed with no main-thread task over 50 ms', async () => {
    const files = articleBatch();
    const rounds: number[][] = [];
    while (rounds.length < ROUNDS) {
      const { page, errors } = await openApp(browser, appUrl);
      const quiet = await untilMachineQuiet();
      const run = await dropBatchAndMeasure(page, files);
      console.log(`5 MB batch, round ${rounds.length + 1}: ${run.articles} articles, ${run.megabytes.toFixed(1)} MB in ${run.seconds.toFixed(1)} s; long tasks (ms): ${JSON.stringify(run.longTasks)}`
        + ` (waited ${(quiet.waitedMs / 1000).toFixed(0)} s for a quiet machine${quiet.busy !== undefined ? `, CPU ${Math.round(quiet.busy * 100)}% busy at the start` : ''})`);
      await page.close();
      expect(errors).toEqual([]);
      rounds.push(run.longTasks);
      if (run.longTasks.length === 0) break;
    }
    expect(rounds.at(-1), `long tasks in every one of ${ROUNDS} rounds: ${JSON.stringify(rounds)}`).toEqual([]);
  }, 900_000);
});
