// The viewer in real Chromium against the built app: what a person sees and clicks, and what the map draws.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { drawnPlaceIds, launchChromium, layerVisibility, mapSettled, openApp, type AppPage } from './browser';

const appUrl = inject('appUrl');
/** A software-rendered map on a busy machine: generous limits, since a slow run is not a wrong one. */
const SLOW = { timeout: 90_000 };
const MINSK = 'city:625144';
const KYIV = 'city:703448';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const placeButton = (page: Page, name: string) => page.locator('.place-list .place-row', { has: page.locator('.place-name', { hasText: new RegExp(`^${name}$`) }) });
const popup = (page: Page) => page.locator('.maplibregl-popup .place-popup');

describe('the viewer on the seed articles', SLOW, () => {
  let app: AppPage;
  beforeAll(async () => { app = await openApp(browser, appUrl); }, SLOW.timeout);
  afterAll(async () => { await app?.page.close(); });

  it('finds the places the seeds name and lists them', async () => {
    const names = await app.page.locator('.place-list .place-name').allTextContents();
    for (const name of ['Minsk', 'Kyiv', 'Riga', 'Belgorod Oblast', 'Belarus–Ukraine border']) expect(names).toContain(name);
  });

  it('says a filter matched nothing only when it hid places', async () => {
    const filter = app.page.getByRole('searchbox', { name: 'Filter places' });
    await filter.fill('Riga');
    await app.page.locator('.place-list .place-name', { hasText: /^Riga$/ }).waitFor();
    await filter.fill('no such place');
    await expect.poll(() => app.page.locator('.place-list .more').textContent()).toBe('No place matches.');
    await filter.fill('');
    await app.page.locator('.place-list .place-name', { hasText: /^Minsk$/ }).waitFor();
  });

  it('draws them on the map: cities as points, the region as a polygon, the border as a line', async () => {
    const sources = await app.page.evaluate(async () => {
      const map = (window as unknown as { __situationMap: { getSource: (id: string) => { getData: () => Promise<GeoJSON.FeatureCollection> } } }).__situationMap;
      const [areas, cities] = await Promise.all(['situation-areas', 'situation-city-points'].map((id) => map.getSource(id).getData()));
      const summary = (fc: GeoJSON.FeatureCollection) => fc.features.map((f) => `${f.properties!.id}:${f.geometry.type}`);
      return [...summary(areas), ...summary(cities)];
    });
    expect(sources).toEqual(expect.arrayContaining([`${MINSK}:Point`, `${KYIV}:Point`, 'city:456172:Point']));
    expect(sources.find((s) => s.startsWith('region:RU-BEL:'))).toMatch(/:(Multi)?Polygon$/);
    expect(sources.find((s) => s.startsWith('border:BY-UA:'))).toMatch(/:(Multi)?LineString$/);
  });

  it('opens Minsk from the place list with the keyboard and shows the passage that names it', async () => {
    const { page } = app;
    await placeButton(page, 'Minsk').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popup(page).getAttribute('data-place')).toBe(MINSK);
    await expect.poll(() => popup(page).innerText()).toContain('Путин кацна в Минск');
    // The place's name is highlighted inside the passage, and the article's language is named.
    expect(await popup(page).locator('.passage mark').allTextContents()).toContain('Минск');
    expect(await popup(page).locator('.article-group .lang').allTextContents()).toContain('Bulgarian');
    expect(await page.evaluate(() => location.hash)).toContain(`place=${encodeURIComponent(MINSK)}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup(page).count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).not.toContain('place=');
  });

  it('opens the whole article from the popup; clicking a highlighted place in it selects that place', async () => {
    const { page } = app;
    await placeButton(page, 'Minsk').click();
    await popup(page).getByRole('button', { name: 'Read the whole article' }).first().click();
    const reader = page.locator('.reader');
    await expect.poll(() => reader.innerText()).toContain('Путин кацна в Минск');
    const kyivMention = reader.locator('.mention[title="Kyiv"]').first();
    await kyivMention.click();
    await expect.poll(() => popup(page).getAttribute('data-place')).toBe(KYIV);
    await page.getByRole('button', { name: 'Close the article' }).click();
  });

  it('switching off Strikes removes Kyiv\'s strike from the map, and the URL remembers it', async () => {
    const { page } = app;
    await placeButton(page, 'Kyiv').click();
    await expect.poll(() => popup(page).getAttribute('data-place')).toBe(KYIV);
    await mapSettled(page);
    expect(await drawnPlaceIds(page, ['event-strike'])).toContain(KYIV);
    const strikes = page.getByRole('checkbox', { name: /Strikes/ });
    await strikes.uncheck();
    await layerVisibility(page, 'event-strike', 'none');
    await mapSettled(page);
    expect(await drawnPlaceIds(page, ['event-strike', 'event-strike-areas'])).toEqual([]);
    // The place itself stays on the base layer.
    expect(await drawnPlaceIds(page, ['place-dots'])).toContain(KYIV);
    expect(await page.evaluate(() => location.hash)).toMatch(/layers=meeting,exercise/);
  });

  it('restores position, layers and selection from the URL on reload', async () => {
    const { page } = app;
    const before = await page.evaluate(() => { const m = (window as unknown as { __situationMap: { getZoom: () => number } }).__situationMap; return { hash: location.hash, zoom: m.getZoom() }; });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.situation === 'drawn');
    await mapSettled(page);
    expect(await page.getByRole('checkbox', { name: /Strikes/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Meetings/ }).isChecked()).toBe(true);
    await expect.poll(() => popup(page).getAttribute('data-place')).toBe(KYIV);
    const zoom = await page.evaluate(() => (window as unknown as { __situationMap: { getZoom: () => number } }).__situationMap.getZoom());
    expect(zoom).toBeCloseTo(before.zoom, 1);
    expect(await drawnPlaceIds(page, ['event-strike'])).toEqual([]);
  });

  it('saves a screenshot of the first screen, and nothing left localhost', async () => {
    const fresh = await openApp(browser, appUrl);
    mkdirSync('test-results', { recursive: true });
    await mapSettled(fresh.page);
    await fresh.page.screenshot({ path: 'test-results/viewer-first-screen.png' });
    expect(fresh.foreign).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.close();
    expect(app.foreign).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

describe('article text is shown as text, never run as markup', SLOW, () => {
  it('shows "<img src=x onerror=alert(1)>" as characters in the popup and the reader', async () => {
    const { page, foreign } = await openApp(browser, appUrl, '?articles=/__fixtures/viewer-xss-articles.json');
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await placeButton(page, 'Minsk').click();
    await expect.poll(() => popup(page).innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup(page).innerText()).toContain('<script>alert(2)</script>');
    await popup(page).getByRole('button', { name: 'Read the whole article' }).first().click();
    expect(await page.locator('.reader-text').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.place-popup img, .reader img, .place-popup script, .reader script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
