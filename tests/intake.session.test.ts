// The intake session end to end in Node: IndexedDB (fake-indexeddb), the real worker handler in-process,
// the real pipeline and gazetteer. What the user does, and what must survive a reload.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Blob as NodeBlob } from 'node:buffer';
import { IntakeSession } from '../src/intake/intakeSession';
import { openArticleStore } from '../src/store/articleStore';
import { createPipelineClient } from '../src/worker/pipelineClient';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import type { GazetteerIndex } from '../src/gazetteer/gazetteerIndex';
import { toFeatureCollection } from '../src/core/geojson';
import { serialiseCollection } from '../src/export/exportSituation';
import type { FileLike } from '../src/intake/readUserInput';
import { inProcessWorker } from './workerInProcess';
import { annotatedSituation } from './exportFixture';

const index = loadGazetteer();
const seeds = [
  { id: '000_118b13bb2ff5bb25.txt', text: readFileSync('seeds/000_118b13bb2ff5bb25.txt', 'utf8'), lang: 'bg' as const },
  { id: '004_91c27095a8eef1db.txt', text: readFileSync('seeds/004_91c27095a8eef1db.txt', 'utf8'), lang: 'lv' as const },
];
const ARTICLE = 'Удари по Одеса и Харков\nРуски дронове удариха пристанището на Одеса. В Харков има ранени.';

let dbCounter = 0;
const cleanup: (() => void)[] = [];
afterEach(() => { for (const f of cleanup.splice(0)) f(); });

async function openSession(dbName: string, loadIndex?: () => Promise<GazetteerIndex>) {
  const store = await openArticleStore(dbName);
  const client = createPipelineClient({ baseUrl: 'http://localhost/', createWorker: () => inProcessWorker(loadIndex) });
  const session = new IntakeSession({ index, client, store, publishEveryMs: 0 });
  cleanup.push(() => { client.terminate(); store.close(); });
  return { session, store };
}

const file = (name: string, content: string | Uint8Array): FileLike => {
  const blob = new NodeBlob([typeof content === 'string' ? new TextEncoder().encode(content) : content]);
  return { name, size: blob.size, arrayBuffer: () => blob.arrayBuffer() };
};

const until = async (condition: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 500; i++) { if (await condition()) return; await new Promise((r) => setTimeout(r, 5)); }
  throw new Error('condition not reached');
};

describe('intake session', () => {
  it('stores an article before processing it, then shows its results next to the seeds', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const { session, store } = await openSession(`s-${++dbCounter}`, async () => { await gate; return index; });
    const seeded = session.loadSeeds(seeds);
    const added = session.addPasted(ARTICLE, { lang: 'bg' });
    await until(async () => (await store.list()).length === 1);
    // Stored, not yet processed: the worker is still loading its gazetteer.
    expect((await store.list())[0]).toMatchObject({ name: 'Удари по Одеса и Харков', text: ARTICLE, lang: 'bg', status: 'pending', origin: 'paste' });
    expect(session.live.articleIds).toEqual([]);
    expect(session.getSnapshot().articles).toMatchObject([{ name: 'Удари по Одеса и Харков', status: 'processing' }]);
    release();
    await Promise.all([seeded, added]);
    expect(session.live.articleIds).toEqual([...seeds.map((s) => s.id), 'Удари по Одеса и Харков']);
    expect(session.getSnapshot().articles).toMatchObject([{ status: 'done', usedLang: 'bg', langDetected: false, length: ARTICLE.length }]);
    await session.flushStatuses();
    expect((await store.list())[0].status).toBe('done');
    // Its results are the core's, merged with the seeds'.
    expect(session.live.situation().articles.map((a) => a.id)).toHaveLength(3);
  });

  it('loses nothing when the page closes mid-processing: the next load processes the stored text again', async () => {
    const db = `s-${++dbCounter}`;
    const first = await openSession(db, () => new Promise(() => {})); // a worker that never gets going
    void first.session.addPasted(ARTICLE);
    await until(async () => (await first.store.list()).length === 1);
    first.store.close(); // the tab is gone

    const second = await openSession(db);
    await second.session.restore();
    expect(second.session.live.articleIds).toEqual(['Удари по Одеса и Харков']);
    expect(second.session.getSnapshot().articles).toMatchObject([{ id: 'Удари по Одеса и Харков', status: 'done' }]);
  });

  it('removes a user article from the map and from storage, but never a seed', async () => {
    const { session, store } = await openSession(`s-${++dbCounter}`);
    await session.loadSeeds(seeds);
    await session.addPasted(ARTICLE);
    await session.remove('Удари по Одеса и Харков');
    expect(session.live.articleIds).toEqual(seeds.map((s) => s.id));
    expect(await store.list()).toEqual([]);
    await session.remove(seeds[0].id);
    expect(session.live.articleIds).toEqual(seeds.map((s) => s.id));
    expect(session.getSnapshot().notices.at(-1)).toMatchObject({ kind: 'error', text: 'The bundled seed articles cannot be removed.' });
  });

  it('reports a binary file and leaves what is loaded untouched', async () => {
    const { session, store } = await openSession(`s-${++dbCounter}`);
    await session.loadSeeds(seeds);
    const before = session.live.collection();
    await session.addFiles([file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), file('ok.txt', ARTICLE)]);
    expect(session.getSnapshot().notices).toMatchObject([{ kind: 'error', text: expect.stringMatching(/“photo\.txt” looks like a binary file/) }]);
    expect(session.live.articleIds).toEqual([...seeds.map((s) => s.id), 'ok.txt']);
    expect((await store.list()).map((a) => a.id)).toEqual(['ok.txt']);
    await session.remove('ok.txt');
    expect(session.live.collection()).toEqual(before);
  });

  it('gives a second article of the same name its own id', async () => {
    const { session } = await openSession(`s-${++dbCounter}`);
    await session.addFiles([file('a.txt', 'Kyiv')]);
    await session.addFiles([file('a.txt', 'Odesa')]);
    expect(session.getSnapshot().articles.map((a) => [a.id, a.name])).toEqual([['a.txt', 'a.txt'], ['a.txt (2)', 'a.txt']]);
  });

  it('imports a situation file so that it shows and persists like processed articles; a bad file changes nothing', async () => {
    const db = `s-${++dbCounter}`;
    const { session } = await openSession(db);
    await session.loadSeeds(seeds);
    const exported = toFeatureCollection(annotatedSituation(index), index);
    await session.importFile(file('bad.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature"}]}'));
    expect(session.getSnapshot().notices.at(-1)).toMatchObject({ kind: 'error', text: expect.stringMatching(/^“bad\.geojson” was not imported\./) });
    expect(session.live.articleIds).toEqual(seeds.map((s) => s.id));

    const ids = (c: { features: { id?: string | number }[] }) => c.features.map((f) => f.id).sort();
    const seedPlaces = ids(session.exportCollection());
    await session.importFile(file('situation.geojson', serialiseCollection(exported)));
    expect(session.getSnapshot().notices.at(-1)).toMatchObject({ kind: 'info', text: 'Imported 2 articles from “situation.geojson”.' });
    expect(ids(session.exportCollection())).toEqual([...new Set([...seedPlaces, ...ids(exported)])].sort());

    // Importing the same file again adds nothing; after a reload the imported articles are back without processing.
    await session.importFile(file('situation.geojson', serialiseCollection(exported)));
    expect(session.getSnapshot().notices.at(-1)?.text).toMatch(/Imported 0 articles .* 2 articles were already loaded/);
    const again = await openSession(db);
    await again.session.restore();
    expect(again.session.live.articleIds).toEqual(['night-attack.txt', 'border.txt']);
    expect(ids(again.session.exportCollection())).toEqual(ids(exported));
    expect(again.session.getSnapshot().articles.map((a) => [a.origin, a.status])).toEqual([['import', 'done'], ['import', 'done']]);
  });

  it('clears every user article and keeps the seeds', async () => {
    const { session, store } = await openSession(`s-${++dbCounter}`);
    await session.loadSeeds(seeds);
    await session.addFiles([file('a.txt', ARTICLE), file('b.md', ARTICLE)]);
    await session.clear();
    expect(session.live.articleIds).toEqual(seeds.map((s) => s.id));
    expect(session.getSnapshot().articles).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('says so when the worker cannot process anything, and keeps the article stored', async () => {
    const { session, store } = await openSession(`s-${++dbCounter}`, () => Promise.reject(new Error('Could not load the gazetteer (404 Not Found)')));
    await session.addPasted(ARTICLE);
    expect(session.getSnapshot().notices.at(-1)?.text).toMatch(/Articles cannot be processed: Could not load the gazetteer/);
    expect(session.getSnapshot().articles).toMatchObject([{ status: 'failed' }]);
    expect(await store.list()).toHaveLength(1);
  });
});
