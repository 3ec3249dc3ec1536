// IndexedDB persistence of the articles a user adds, so they are still there after a reload or tomorrow.
// An article is written here BEFORE it is processed: if the page closes mid-processing, its raw text is
// still stored and is processed again on the next load. Seed articles are never stored here.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LanguageCode } from '../core/types';
import type { ArticleAnalysis } from '../worker/protocol';

/** `pending`: stored, not processed yet (or interrupted); `done`: processed; `failed`: the pipeline could not process it. */
export type ArticleStatus = 'pending' | 'done' | 'failed';

/** How the article came in. Imported ones have no raw text to process: their results are stored instead. */
export type ArticleOrigin = 'paste' | 'file' | 'import';

export interface StoredArticle {
  /** Unique among seeds and stored articles; also the `article` of its mentions and events. */
  id: string;
  /** What the user sees in the list: a file name, a page title, the first line of pasted text. */
  name: string;
  /** The article text as it will be processed (HTML already reduced to text). */
  text: string;
  /** The language the user chose; absent means "detect". */
  lang?: LanguageCode;
  /** Milliseconds since the epoch; the list is in this order. */
  addedAt: number;
  status: ArticleStatus;
  /** Why processing failed, in words for the user. */
  message?: string;
  origin: ArticleOrigin;
  /** For imports only: the results read from the imported file, shown as they are. */
  analysis?: ArticleAnalysis;
}

export interface StatusUpdate { id: string; status: ArticleStatus; message?: string }

/** The text and (for imports) the results of an article, kept apart from the small record that changes. */
type ArticleBody = Pick<StoredArticle, 'id' | 'text' | 'analysis'>;
type ArticleRecord = Omit<StoredArticle, 'text' | 'analysis'>;

// Two object stores: `articles` holds the small records (name, status…), `bodies` the texts. Recording an
// outcome then rewrites a few hundred bytes, not the article's text again.
interface ArticleDB extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { addedAt: number } };
  bodies: { key: string; value: ArticleBody };
}

export const DEFAULT_DB_NAME = 'situation-viewer';
const VERSION = 1;
/** Records stored per step of `add`. */
const ADD_SLICE = 20;

export interface ArticleStore {
  /** Every stored article, oldest first. */
  list(): Promise<StoredArticle[]>;
  /** Stores a batch in one transaction: all of it or (on error) none of it. Refuses ids already stored. */
  add(articles: StoredArticle[]): Promise<void>;
  /** Records the outcome of processing; does nothing if the article was removed meanwhile. */
  setStatus(id: string, status: ArticleStatus, message?: string): Promise<void>;
  /** The same for many articles in one transaction (a batch of hundreds finishes within seconds). */
  setStatuses(updates: StatusUpdate[]): Promise<void>;
  /** Removes one article; false when there was none with that id. */
  remove(id: string): Promise<boolean>;
  /** Removes every stored article. */
  clear(): Promise<void>;
  close(): void;
}

/** Opens (creating on first use) the database of user articles. Rejects with a readable message when the browser has no usable IndexedDB. */
export async function openArticleStore(name = DEFAULT_DB_NAME): Promise<ArticleStore> {
  let db: IDBPDatabase<ArticleDB>;
  try {
    db = await openDB<ArticleDB>(name, VERSION, {
      upgrade(database) {
        const store = database.createObjectStore('articles', { keyPath: 'id' });
        store.createIndex('addedAt', 'addedAt');
        database.createObjectStore('bodies', { keyPath: 'id' });
      },
    });
  } catch (error) {
    throw new Error(`This browser does not let the app store articles (${describe(error)}); added articles will be lost on reload.`);
  }
  async function setStatuses(updates: StatusUpdate[]): Promise<void> {
    const tx = db.transaction('articles', 'readwrite');
    const done = tx.done;
    done.catch(() => { /* reported through the failing request below */ });
    // In slices, each issued when the previous one is stored (as in `add`), so a thousand outcomes do not hold the page.
    for (let i = 0; i < updates.length; i += ADD_SLICE) {
      await Promise.all(updates.slice(i, i + ADD_SLICE).map(async ({ id, status, message }) => {
        const article = await tx.store.get(id);
        if (!article) return;
        const { message: _old, ...rest } = article;
        await tx.store.put({ ...rest, status, ...(message ? { message } : {}) });
      }));
    }
    await done;
  }
  return {
    async list() {
      const tx = db.transaction(['articles', 'bodies']);
      const [records, bodies] = await Promise.all([tx.objectStore('articles').index('addedAt').getAll(), tx.objectStore('bodies').getAll(), tx.done]);
      const bodyOf = new Map(bodies.map((b) => [b.id, b]));
      return records.map((r) => {
        const body = bodyOf.get(r.id);
        return { ...r, text: body?.text ?? '', ...(body?.analysis ? { analysis: body.analysis } : {}) };
      });
    },
    async add(articles) {
      const tx = db.transaction(['articles', 'bodies'], 'readwrite');
      const records = tx.objectStore('articles');
      const bodies = tx.objectStore('bodies');
      const done = tx.done;
      done.catch(() => { /* reported through the failing request below */ });
      try {
        // `add` (not `put`) fails on an existing id, which aborts the whole transaction: all or nothing. The
        // records go in slices, each issued when the previous one is stored: cloning a 5 MB batch into the
        // database in one go would hold the page for too long. The transaction stays open between slices
        // because every slice is issued from the completion of the one before.
        for (let i = 0; i < articles.length; i += ADD_SLICE) {
          await Promise.all(articles.slice(i, i + ADD_SLICE).flatMap(({ text, analysis, ...record }) => [
            records.add(record),
            bodies.add({ id: record.id, text, ...(analysis ? { analysis } : {}) }),
          ]));
        }
        await done;
      } catch (error) {
        try { tx.abort(); } catch { /* already aborted */ }
        throw new Error(`Could not store the articles (${describe(error)}). Nothing was added.`);
      }
    },
    setStatus: (id, status, message) => setStatuses([{ id, status, ...(message ? { message } : {}) }]),
    setStatuses,
    async remove(id) {
      const tx = db.transaction(['articles', 'bodies'], 'readwrite');
      const exists = (await tx.objectStore('articles').getKey(id)) !== undefined;
      if (exists) await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('bodies').delete(id)]);
      await tx.done;
      return exists;
    },
    async clear() {
      const tx = db.transaction(['articles', 'bodies'], 'readwrite');
      await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('bodies').clear(), tx.done]);
    },
    close: () => db.close(),
  };
}

function describe(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) {
    if (error.name === 'QuotaExceededError') return 'the browser\'s storage is full';
    if (error.name === 'ConstraintError') return 'an article with the same id is already stored';
    return error.message || error.name;
  }
  return String(error);
}
