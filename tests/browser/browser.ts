// Real Chromium (Debian's) through playwright-core, with the launch flags that work headless as root here.
// Every page records requests to hosts other than localhost, so each test can assert that none left the machine.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core') as typeof import('playwright-core');

export const CHROME_ARGS = ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface AppPage {
  page: Page;
  /** Requests that went to a host other than localhost. */
  foreign: string[];
  /** Uncaught page errors. */
  errors: string[];
}

/** Opens the app at `path` (relative to the app's address) and waits until the situation is drawn on the map. */
export async function openApp(browser: Browser, appUrl: string, path = ''): Promise<AppPage> {
  const buildError = inject('appBuildError');
  if (buildError) throw new Error(`The app did not build: ${buildError}`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) foreign.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, appUrl).href);
  await page.waitForFunction(() => document.documentElement.dataset.situation === 'drawn', null, { timeout: 60_000 });
  return { page, foreign, errors };
}

/**
 * Resolves once the map has finished moving and has drawn its current state: asks for one more frame and waits for
 * the `idle` that follows it, so a state change applied before the call is on screen when this returns.
 */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as { __situationMap: { isMoving: () => boolean } }).__situationMap.isMoving());
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { __situationMap: { once: (e: string, f: () => void) => void; triggerRepaint: () => void } }).__situationMap;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
}

/** Waits until the app has applied `visibility` to a map layer (React state → MapLibre layout). */
export function layerVisibility(page: Page, layer: string, visibility: 'visible' | 'none'): Promise<unknown> {
  return page.waitForFunction(([l, v]) => (window as unknown as { __situationMap: { getLayoutProperty: (l: string, p: string) => unknown } }).__situationMap
    .getLayoutProperty(l, 'visibility') === v, [layer, visibility] as const);
}

/** Ids of the places whose features a map layer currently draws (asks the map, not the DOM). */
export function drawnPlaceIds(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((ls) => {
    const map = (window as unknown as { __situationMap: { queryRenderedFeatures: (o: object) => { properties: { id?: string } }[] } }).__situationMap;
    return map.queryRenderedFeatures({ layers: ls }).map((f) => f.properties.id).filter((id): id is string => typeof id === 'string');
  }, layers);
}
