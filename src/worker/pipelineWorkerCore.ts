// What the pipeline worker does, apart from being a worker: a message handler over plain functions, so
// it runs (and is tested) in Node as well. `pipeline.worker.ts` only connects it to `self`.
import { analyseArticle } from '../core/pipeline';
import type { ArticleInput } from '../core/types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { ArticleAnalysis, FromWorker, ToWorker } from './protocol';

/**
 * At most this many passages + mentions + events per result message. Receiving a message costs the page
 * time proportional to its size; this keeps each well under a frame even for a 20 MB article.
 */
export const MAX_ITEMS_PER_MESSAGE = 5000;

/** Work this long between pauses, so `skip` messages that arrived meanwhile are seen. */
const SLICE_MS = 30;

export interface WorkerDeps {
  post(message: FromWorker): void;
  loadIndex(baseUrl: string): Promise<GazetteerIndex>;
}

/** Splits one article's results into messages of bounded size. The article text stays behind: the page has it. */
export function chunkAnalysis(analysis: ArticleAnalysis, maxItems = MAX_ITEMS_PER_MESSAGE): ArticleAnalysis[] {
  const articles = analysis.articles.map((a) => ({ ...a, text: '' }));
  const { passages, mentions, events } = analysis;
  const chunks: ArticleAnalysis[] = [];
  let p = 0, m = 0, e = 0;
  do {
    let room = maxItems;
    const take = <T>(items: T[], from: number): T[] => { const part = items.slice(from, from + room); room -= part.length; return part; };
    const chunk: ArticleAnalysis = { articles: chunks.length === 0 ? articles : [], passages: take(passages, p), mentions: [], events: [] };
    p += chunk.passages.length;
    chunk.mentions = take(mentions, m); m += chunk.mentions.length;
    chunk.events = take(events, e); e += chunk.events.length;
    chunks.push(chunk);
  } while (p < passages.length || m < mentions.length || e < events.length);
  return chunks;
}

const skipKey = (batch: number, id: string) => `${batch}\u0000${id}`;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createWorkerHandler(deps: WorkerDeps): (message: ToWorker) => void {
  let index: Promise<GazetteerIndex> | undefined;
  const queue: { batch: number; articles: ArticleInput[]; last: boolean }[] = [];
  const skipped = new Set<string>();
  let running = false;

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    try {
      let gazetteer: GazetteerIndex;
      try {
        if (!index) throw new Error('the worker was not given the app\'s address');
        gazetteer = await index;
      } catch (error) {
        deps.post({ type: 'fatal', message: `Articles cannot be processed: ${error instanceof Error ? error.message : String(error)}` });
        queue.length = 0;
        return;
      }
      while (queue.length) {
        const { batch, articles, last } = queue.shift()!;
        let sliceStart = performance.now();
        for (const input of articles) {
          if (skipped.delete(skipKey(batch, input.id))) {
            deps.post({ type: 'skipped', batch, id: input.id });
          } else {
            try {
              const chunks = chunkAnalysis(analyseArticle(input, gazetteer));
              chunks.forEach((chunk, k) => deps.post({ type: 'result', batch, id: input.id, chunk, last: k === chunks.length - 1 }));
            } catch (error) {
              deps.post({ type: 'failed', batch, id: input.id, message: `The article could not be processed (${error instanceof Error ? error.message : String(error)}).` });
            }
          }
          if (performance.now() - sliceStart > SLICE_MS) { await pause(); sliceStart = performance.now(); }
        }
        if (last) deps.post({ type: 'batchDone', batch });
      }
    } finally {
      running = false;
    }
  }

  return (message) => {
    switch (message.type) {
      case 'init':
        index ??= deps.loadIndex(message.baseUrl);
        index.then((i) => deps.post({ type: 'ready', places: i.gazetteer.entries.length }), () => { /* reported by run() */ });
        break;
      case 'analyse':
        queue.push({ batch: message.batch, articles: message.articles, last: message.last });
        void run();
        break;
      case 'skip':
        for (const id of message.ids) skipped.add(skipKey(message.batch, id));
        break;
    }
  };
}
