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

interface ArticleDB extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { addedAt: number } };
}

export const DEFAULT_DB_NAME = 'situation-viewer';
const VERSION = 1;

export interface ArticleStore {
  /** Every stored article, oldest first. */
  list(): Promise<StoredArticle[]>;
  /** Stores a batch in one transaction: all of it or (on error) none of it. Refuses ids already stored. */
  add(articles: StoredArticle[]): Promise<void>;
  /** Records the outcome of processing; does nothing if the article was removed meanwhile. */
  setStatus(id: string, status: ArticleStatus, message?: string): Promise<void>;
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
      },
    });
  } catch (error) {
    throw new Error(`This browser does not let the app store articles (${describe(error)}); added articles will be lost on reload.`);
  }
  return {
    list: () => db.getAllFromIndex('articles', 'addedAt'),
    async add(articles) {
      const tx = db.transaction('articles', 'readwrite');
      try {
        // `add` (not `put`) fails on an existing id, which aborts the whole transaction.
        await Promise.all([...articles.map((a) => tx.store.add(a)), tx.done]);
      } catch (error) {
        try { tx.abort(); } catch { /* already aborted */ }
        throw new Error(`Could not store the articles (${describe(error)}). Nothing was added.`);
      }
    },
    async setStatus(id, status, message) {
      const tx = db.transaction('articles', 'readwrite');
      const article = await tx.store.get(id);
      if (article) {
        const { message: _old, ...rest } = article;
        await tx.store.put({ ...rest, status, ...(message ? { message } : {}) });
      }
      await tx.done;
    },
    async remove(id) {
      const tx = db.transaction('articles', 'readwrite');
      const exists = (await tx.store.getKey(id)) !== undefined;
      if (exists) await tx.store.delete(id);
      await tx.done;
      return exists;
    },
    clear: () => db.clear('articles'),
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
