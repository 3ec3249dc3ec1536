// The page's side of the pipeline worker: send a batch of articles, get each article's results as soon as it is
// done, plus progress. The batch goes out in parts, one per task, and large results arrive in chunks that are
// joined here: no single postMessage or message event costs the page much, whatever the size of the batch.
import type { ArticleInput } from '../core/types';
import type { ArticleAnalysis, FromWorker, ToWorker } from './protocol';

export interface Progress { done: number; total: number; bytesDone: number; bytesTotal: number }

export interface BatchHandlers {
  /** One article's complete results (its text is the one that was sent). */
  onResult?(analysis: ArticleAnalysis): void;
  onFailure?(id: string, message: string): void;
  onProgress?(progress: Progress): void;
}

export interface BatchHandle {
  batch: number;
  /** Resolves when every article has been reported; rejects if the worker cannot process anything. */
  done: Promise<void>;
  /** Drops articles of this batch that the worker has not reached yet; results for them are not reported. */
  skip(ids: string[]): void;
}

export interface PipelineClient {
  /** Resolves once the worker has loaded the gazetteer; rejects with a readable message if it cannot. */
  ready: Promise<void>;
  analyse(articles: ArticleInput[], handlers?: BatchHandlers): BatchHandle;
  terminate(): void;
}

/** What the client needs of a Worker (a Worker has it; tests can run the worker's handler in-process). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface PipelineClientOptions {
  /** Base URL of the app (where `data/gazetteer.json` is served below). Defaults to Vite's BASE_URL on this page. */
  baseUrl?: string;
  createWorker?: () => WorkerLike;
}

/** At most this much text (UTF-16 code units) per message to the worker. */
export const MAX_CHARS_PER_MESSAGE = 256 * 1024;

const startWorker = (): WorkerLike => new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/** Resolves in a later task, so that the page can render and handle input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const encoder = new TextEncoder();
/** UTF-16 units measured per step: at most 3 UTF-8 bytes each, so one step always fits the scratch buffer. */
const UTF8_STEP = 64 * 1024;
let scratch: Uint8Array | undefined;

/**
 * UTF-8 byte count (progress is reported in the unit of file sizes), by the browser's own encoder into a reused
 * buffer: a loop over the characters in JavaScript cost the page several milliseconds per part of a batch.
 */
export function utf8Length(text: string): number {
  scratch ??= new Uint8Array(UTF8_STEP * 3);
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + UTF8_STEP, text.length);
    // A surrogate pair is measured in one step (split, each half would count as a replacement character).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last < 0xdc00) end--;
    bytes += encoder.encodeInto(end - start === text.length ? text : text.slice(start, end), scratch).written;
    start = end;
  }
  return bytes;
}

interface Pending {
  handlers: BatchHandlers;
  texts: Map<string, string>;
  sizes: Map<string, number>;
  progress: Progress;
  skipped: Set<string>;
  /** Chunks of the article currently arriving. */
  partial: Map<string, ArticleAnalysis>;
  resolve(): void;
  reject(error: Error): void;
}

export function createPipelineClient(options: PipelineClientOptions = {}): PipelineClient {
  const worker = (options.createWorker ?? startWorker)();
  const baseUrl = options.baseUrl ?? new URL(import.meta.env.BASE_URL, location.href).href;
  const batches = new Map<number, Pending>();
  let nextBatch = 1;
  let fatal: Error | undefined;
  let markReady!: () => void;
  let failReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => { markReady = resolve; failReady = reject; });
  ready.catch(() => { /* observed through `ready` or each batch's `done` */ });

  const failAll = (error: Error) => {
    fatal = error;
    failReady(error);
    for (const pending of batches.values()) pending.reject(error);
    batches.clear();
  };

  const advance = (pending: Pending, id: string) => {
    pending.progress.done++;
    pending.progress.bytesDone += pending.sizes.get(id) ?? 0;
    pending.handlers.onProgress?.({ ...pending.progress });
  };

  worker.onerror = (event) => failAll(new Error(`The article processor stopped (${event.message || 'worker error'}).`));
  worker.onmessage = ({ data: message }) => {
    if (message.type === 'ready') { markReady(); return; }
    if (message.type === 'fatal') { failAll(new Error(message.message)); return; }
    const pending = batches.get(message.batch);
    if (!pending) return;
    switch (message.type) {
      case 'result': {
        const sofar = pending.partial.get(message.id);
        const joined = sofar ? appendChunk(sofar, message.chunk) : message.chunk;
        if (!message.last) { pending.partial.set(message.id, joined); break; }
        pending.partial.delete(message.id);
        if (!pending.skipped.has(message.id)) {
          for (const article of joined.articles) article.text = pending.texts.get(article.id) ?? '';
          pending.handlers.onResult?.(joined);
        }
        advance(pending, message.id);
        break;
      }
      case 'failed':
        if (!pending.skipped.has(message.id)) pending.handlers.onFailure?.(message.id, message.message);
        advance(pending, message.id);
        break;
      case 'skipped':
        advance(pending, message.id);
        break;
      case 'batchDone':
        batches.delete(message.batch);
        pending.resolve();
        break;
    }
  };
  worker.postMessage({ type: 'init', baseUrl });

  /** Sends the batch in parts of bounded size, one part per task. */
  async function send(batch: number, articles: ArticleInput[], pending: Pending): Promise<void> {
    let start = 0;
    while (start < articles.length) {
      let end = start;
      let chars = 0;
      do {
        const { id, text } = articles[end];
        pending.texts.set(id, text);
        const bytes = utf8Length(text);
        pending.sizes.set(id, bytes);
        pending.progress.bytesTotal += bytes;
        chars += text.length;
        end++;
      } while (end < articles.length && chars + articles[end].text.length <= MAX_CHARS_PER_MESSAGE);
      if (!batches.has(batch)) return; // the worker failed meanwhile
      worker.postMessage({ type: 'analyse', batch, articles: articles.slice(start, end), last: end === articles.length });
      start = end;
      if (start < articles.length) await nextTask();
    }
  }

  return {
    ready,
    analyse(articles, handlers = {}) {
      const batch = nextBatch++;
      let resolve!: () => void;
      let reject!: (error: Error) => void;
      const done = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
      const skipped = new Set<string>();
      if (fatal) {
        reject(fatal);
      } else if (articles.length === 0) {
        resolve();
      } else {
        const pending: Pending = {
          handlers, texts: new Map(), sizes: new Map(), skipped, partial: new Map(), resolve, reject,
          progress: { done: 0, total: articles.length, bytesDone: 0, bytesTotal: 0 },
        };
        batches.set(batch, pending);
        void send(batch, articles, pending);
      }
      return {
        batch,
        done,
        skip(ids) {
          for (const id of ids) skipped.add(id);
          if (batches.has(batch)) worker.postMessage({ type: 'skip', batch, ids });
        },
      };
    },
    terminate() {
      worker.terminate();
      failAll(new Error('The article processor was stopped.'));
    },
  };
}

function appendChunk(into: ArticleAnalysis, chunk: ArticleAnalysis): ArticleAnalysis {
  // push in a loop, not push(...items): spreading a large array as arguments can overflow the stack.
  for (const key of ['articles', 'passages', 'mentions', 'events'] as const) {
    const target = into[key] as unknown[];
    for (const item of chunk[key]) target.push(item);
  }
  return into;
}
