// The messages between the page and the pipeline worker. Plain, structured-cloneable data only.
// Both directions are sent in bounded pieces: posting or receiving one message costs the page time proportional
// to its size, and a 5 MB batch in one message would be a long task on the page.
import type { ArticleInput, Situation } from '../core/types';

/** What the pipeline finds in one article (`analyseArticle`): a Situation without the merged place list. */
export type ArticleAnalysis = Omit<Situation, 'places'>;

export type ToWorker =
  /** The app's base URL: the worker fetches the gazetteer relative to it, as the page would. */
  | { type: 'init'; baseUrl: string }
  /** Part of a batch of articles; `last` on the final part. */
  | { type: 'analyse'; batch: number; articles: ArticleInput[]; last: boolean }
  /** Articles removed while queued: the worker skips them if it has not reached them yet. */
  | { type: 'skip'; batch: number; ids: string[] };

export type FromWorker =
  | { type: 'ready'; places: number }
  /**
   * Results for one article. A large article's results come in several chunks (`last` on the final one). The
   * article's text is not sent back: the page already has it.
   */
  | { type: 'result'; batch: number; id: string; chunk: ArticleAnalysis; last: boolean }
  | { type: 'failed'; batch: number; id: string; message: string }
  | { type: 'skipped'; batch: number; id: string }
  /** Every part of the batch has been processed. */
  | { type: 'batchDone'; batch: number }
  /** The worker cannot work at all (e.g. the gazetteer did not load). */
  | { type: 'fatal'; message: string };
