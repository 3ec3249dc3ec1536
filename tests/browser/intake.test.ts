// Bringing your own articles, in real Chromium against the built app: paste, reload, export/clear/import, bad files.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openApp, type AppPage } from './browser';
import { articleBatch } from './intakeBatch';

const appUrl = inject('appUrl');
const ODESA = 'city:698740';
const KHARKIV = 'city:706483';
const SEED_PLACES = ['Minsk', 'Kyiv', 'Riga'];

const ARTICLE = [
  'Нічна атака на Одесу і Харків',
  'Уночі російські дрони атакували порт в Одесі, пошкоджено склади.',
  'У Харкові пролунали вибухи, є поранені.',
].join('\n');

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const placeNames = (page: Page) => page.locator('.place-list .place-name').allTextContents();
const placeButton = (page: Page, name: string) => page.locator('.place-list .place-row', { has: page.locator('.place-name', { hasText: new RegExp(`^${name}$`) }) });
const popup = (page: Page) => page.locator('.maplibregl-popup .place-popup');
const addedArticles = (page: Page) => page.locator('.intake-list .intake-item');
const alerts = (page: Page) => page.locator('.intake-panel [role="alert"]');
/** The app hands the map a new situation at most once a second while results stream in; a slow machine adds more. */
const SOON = { timeout: 20_000 };

/** Waits until every added article has been processed. */
async function untilProcessed(page: Page, count: number) {
  await expect.poll(() => page.locator('.intake-list .intake-item.status-done').count(), { timeout: 60_000 }).toBe(count);
}

async function pasteArticle(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add articles…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await dialog.getByRole('textbox').fill(text);
  await expect.poll(() => dialog.locator('.intake-detected').innerText()).toContain('Ukrainian');
  await dialog.getByRole('button', { name: 'Add to map' }).click();
}

/** Drops files onto the map the way a browser delivers them: a drop event whose DataTransfer holds File objects. */
async function dropFiles(page: Page, files: { name: string; bytes: number[] | string }[]) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)], f.name));
    const map = document.querySelector('.map')!;
    map.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    map.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

describe('adding articles', () => {
  let app: AppPage;
  beforeAll(async () => { app = await openApp(browser, appUrl); });
  afterAll(async () => { await app?.page.close(); });

  it('shows a pasted article\'s places with their passages next to the seeds', async () => {
    const { page } = app;
    expect(await placeNames(page)).not.toContain('Odesa');
    await pasteArticle(page, ARTICLE);
    await untilProcessed(page, 1);
    await expect.poll(() => placeNames(page), SOON).toEqual(expect.arrayContaining(['Odesa', 'Kharkiv', ...SEED_PLACES]));
    expect(await addedArticles(page).first().innerText()).toMatch(/Нічна атака на Одесу і Харків[\s\S]*Ukrainian \(detected\)/);
    await placeButton(page, 'Odesa').click();
    await expect.poll(() => popup(page).getAttribute('data-place'), SOON).toBe(ODESA);
    expect(await popup(page).innerText()).toContain('Уночі російські дрони атакували порт в Одесі');
    expect(await popup(page).locator('.passage mark').allTextContents()).toContain('Одесі');
    await placeButton(page, 'Kharkiv').click();
    await expect.poll(() => popup(page).getAttribute('data-place'), SOON).toBe(KHARKIV);
    expect(await popup(page).innerText()).toContain('У Харкові пролунали вибухи');
  });

  it('still has them after a reload', async () => {
    const { page } = app;
    await page.reload();
    await untilProcessed(page, 1);
    await expect.poll(() => placeNames(page), SOON).toEqual(expect.arrayContaining(['Odesa', 'Kharkiv', ...SEED_PLACES]));
  });

  it('exports, clears and imports back the same places', async () => {
    const { page } = app;
    const before = (await placeNames(page)).sort();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^situation-\d{4}-\d{2}-\d{2}\.geojson$/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'export-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.features.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining([ODESA, KHARKIV]));

    await page.getByRole('button', { name: 'Remove all added…' }).click();
    await page.getByRole('button', { name: /^Remove all 1$/ }).click();
    await expect.poll(() => placeNames(page), SOON).not.toContain('Odesa');
    expect(await placeNames(page)).toEqual(expect.arrayContaining(SEED_PLACES));

    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    await expect.poll(() => page.locator('.intake-panel [role="status"]').innerText(), SOON).toMatch(/Imported 1 article from/);
    await expect.poll(async () => (await placeNames(page)).sort(), SOON).toEqual(before);
    await placeButton(page, 'Odesa').click();
    await expect.poll(() => popup(page).innerText(), SOON).toContain('Уночі російські дрони атакували порт в Одесі');
  });

  it('refuses an invalid import with a message and changes nothing', async () => {
    const { page } = app;
    const before = await placeNames(page);
    await page.locator('[data-testid="import-input"]').setInputFiles({ name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}') });
    await expect.poll(() => alerts(page).innerText(), SOON).toMatch(/“broken\.geojson” was not imported/);
    expect(await placeNames(page)).toEqual(before);
  });

  it('removes one added article', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Remove / }).first().click();
    await expect.poll(() => placeNames(page), SOON).not.toContain('Odesa');
    expect(await addedArticles(page).count()).toBe(0);
  });
});

describe('a reload in the middle of processing', () => {
  let app: AppPage;
  beforeAll(async () => { app = await openApp(browser, appUrl); });
  afterAll(async () => { await app?.page.close(); });

  it('loses nothing: the stored texts are processed again on the next load', async () => {
    const { page } = app;
    // 5 MB: processing takes seconds, so the reload surely comes in the middle of it.
    const files = [{ name: 'odesa.txt', bytes: ARTICLE }, ...articleBatch().map((f) => ({ name: f.name, bytes: f.text }))];
    const count = `(${files.length})`;
    await dropFiles(page, files);
    // Stored (the list shows them all) while most are still being processed: then the page goes away.
    await expect.poll(() => page.locator('#intake-heading .count').innerText(), SOON).toBe(count);
    expect(Number(await page.locator('.intake-panel').getAttribute('data-processing'))).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => page.locator('#intake-heading .count').innerText(), SOON).toBe(count);
    await expect.poll(() => page.locator('.intake-panel').getAttribute('data-processing'), { timeout: 60_000 }).toBe('0');
    expect(await page.locator('.intake-summary').count()).toBe(0); // nothing failed
    await expect.poll(() => placeNames(page), SOON).toEqual(expect.arrayContaining(['Odesa', 'Kharkiv', ...SEED_PLACES]));
  });
});

describe('bad input', () => {
  let app: AppPage;
  beforeAll(async () => { app = await openApp(browser, appUrl); });
  afterAll(async () => { await app?.page.close(); });

  it('shows an error for a dropped binary file and keeps the seeds', async () => {
    const { page } = app;
    const before = await placeNames(page);
    await dropFiles(page, [{ name: 'photo.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52] }]);
    await expect.poll(() => alerts(page).innerText(), SOON).toMatch(/“photo\.txt” looks like a binary file/);
    expect(await placeNames(page)).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(SEED_PLACES));
    expect(app.errors).toEqual([]);
  });

  it('refuses empty text in the dialog and says why', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add articles…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add articles' });
    await dialog.getByRole('textbox').fill('   \n  ');
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toBe('There is no text to add: paste an article first.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('reduces a dropped HTML page full of scripts to its text, running none of them', async () => {
    const { page } = app;
    const html = '<html><head><title>Odesa port</title><script>window.__pwned = 1</script></head><body onload="window.__pwned = 2">'
      + '<p>Drones struck the port of Odesa overnight.</p><img src=x onerror="window.__pwned = 3"><script>window.__pwned = 4</script></body></html>';
    await dropFiles(page, [{ name: 'page.html', bytes: html }]);
    await untilProcessed(page, 1);
    expect(await addedArticles(page).first().innerText()).toContain('Odesa port');
    await expect.poll(() => placeNames(page), SOON).toContain('Odesa');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(app.foreign).toEqual([]);
  });
});
