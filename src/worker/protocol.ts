// The messages between the page and the pipeline worker. Plain, structured-cloneable data only.
import type { ArticleInput, Situation } from '../core/types';

/** What the pipeline finds in one article (`analyseArticle`): a Situation without the merged place list. */
export type ArticleAnalysis = Omit<Situation, 'places'>;

export type ToWorker =
  /** The app's base URL: the worker fetches the gazetteer relative to it, as the page would. */
  | { type: 'init'; baseUrl: string }
  | { type: 'analyse'; batch: number; articles: ArticleInput[] }
  /** Articles removed while queued: the worker skips them if it has not reached them yet. */
  | { type: 'skip'; batch: number; ids: string[] };

export type FromWorker =
  | { type: 'ready'; places: number }
  /**
   * Results for one article. A large article's results come in several chunks (`last` on the final one) so
   * that no single message is expensive to receive on the page. The article's text is not sent back: the
   * page already has it.
   */
  | { type: 'result'; batch: number; id: string; chunk: ArticleAnalysis; last: boolean }
  | { type: 'failed'; batch: number; id: string; message: string }
  | { type: 'progress'; batch: number; done: number; total: number; bytesDone: number; bytesTotal: number }
  | { type: 'batchDone'; batch: number }
  /** The worker cannot work at all (e.g. the gazetteer did not load). */
  | { type: 'fatal'; message: string };
