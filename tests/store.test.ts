// IndexedDB persistence of user articles, on fake-indexeddb (a complete in-memory IndexedDB implementation).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openArticleStore, type ArticleStore, type StoredArticle } from '../src/store/articleStore';

let counter = 0;
const opened: ArticleStore[] = [];
async function freshStore(name = `test-${++counter}`): Promise<ArticleStore> {
  const store = await openArticleStore(name);
  opened.push(store);
  return store;
}
afterEach(() => { for (const s of opened.splice(0)) s.close(); });

const article = (id: string, addedAt: number, extra: Partial<StoredArticle> = {}): StoredArticle => ({
  id, name: id, text: `Text of ${id}: Odesa, Kharkiv.`, addedAt, status: 'pending', origin: 'paste', ...extra,
});

describe('article store', () => {
  it('lists stored articles oldest first, with every field kept', async () => {
    const store = await freshStore();
    await store.add([article('b', 2, { lang: 'uk' }), article('a', 1)]);
    await store.add([article('c', 3, { origin: 'file' })]);
    const list = await store.list();
    expect(list.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(list[1]).toEqual(article('b', 2, { lang: 'uk' }));
  });

  it('keeps articles across closing and reopening the database (a reload)', async () => {
    const name = `reload-${++counter}`;
    const first = await openArticleStore(name);
    await first.add([article('kept', 1)]);
    first.close();
    const second = await freshStore(name);
    expect((await second.list()).map((a) => [a.id, a.status])).toEqual([['kept', 'pending']]);
  });

  it('records the outcome of processing, and forgets an old failure message', async () => {
    const store = await freshStore();
    await store.add([article('x', 1)]);
    await store.setStatus('x', 'failed', 'pipeline error');
    expect((await store.list())[0]).toMatchObject({ status: 'failed', message: 'pipeline error' });
    await store.setStatus('x', 'done');
    const [stored] = await store.list();
    expect(stored.status).toBe('done');
    expect(stored).not.toHaveProperty('message');
  });

  it('records many outcomes in one go', async () => {
    const store = await freshStore();
    await store.add([article('a', 1), article('b', 2), article('c', 3)]);
    await store.setStatuses([{ id: 'a', status: 'done' }, { id: 'gone', status: 'done' }, { id: 'c', status: 'failed', message: 'no' }]);
    expect((await store.list()).map((a) => [a.id, a.status, a.message])).toEqual([['a', 'done', undefined], ['b', 'pending', undefined], ['c', 'failed', 'no']]);
  });

  it('ignores a status for an article removed meanwhile', async () => {
    const store = await freshStore();
    await store.setStatus('gone', 'done');
    expect(await store.list()).toEqual([]);
  });

  it('removes one article and reports whether it existed', async () => {
    const store = await freshStore();
    await store.add([article('a', 1), article('b', 2)]);
    expect(await store.remove('a')).toBe(true);
    expect(await store.remove('a')).toBe(false);
    expect((await store.list()).map((a) => a.id)).toEqual(['b']);
  });

  it('stores a batch all or nothing: a duplicate id adds none of it', async () => {
    const store = await freshStore();
    await store.add([article('a', 1)]);
    await expect(store.add([article('new', 2), article('a', 3)])).rejects.toThrow(/same id is already stored.*Nothing was added/);
    expect((await store.list()).map((a) => a.id)).toEqual(['a']);
  });

  it('clears everything', async () => {
    const store = await freshStore();
    await store.add([article('a', 1), article('b', 2)]);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('stores a large batch in one transaction', async () => {
    const store = await freshStore();
    const many = Array.from({ length: 333 }, (_, i) => article(`a${String(i).padStart(3, '0')}`, i));
    await store.add(many);
    expect((await store.list()).map((a) => a.id)).toEqual(many.map((a) => a.id));
    await expect(store.add([...Array.from({ length: 120 }, (_, i) => article(`new${i}`, 1000 + i)), article('a000', 2000)])).rejects.toThrow(/Nothing was added/);
    expect(await store.list()).toHaveLength(333);
  });

  it('keeps a large article intact', async () => {
    const store = await freshStore();
    const text = 'Харків. '.repeat(200_000);
    await store.add([article('big', 1, { text })]);
    expect((await store.list())[0].text).toBe(text);
  });
});
