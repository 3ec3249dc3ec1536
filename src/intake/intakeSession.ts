// The user's articles, from intake to map: each is stored (IndexedDB) before it is processed, processed in the
// worker, and merged into the live Situation one article at a time. Seeds go through the same worker and the same
// Situation but are never stored and cannot be removed. Framework-free: React reads it through
// `subscribe`/`getSnapshot` (useSyncExternalStore).
import type { ArticleInput, EventType, LanguageCode } from '../core/types';
import type { PlaceCollection } from '../core/geojson';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { PipelineClient, Progress } from '../worker/pipelineClient';
import type { ArticleAnalysis } from '../worker/protocol';
import type { ArticleOrigin, ArticleStore, StatusUpdate, StoredArticle } from '../store/articleStore';
import { LiveSituation } from '../store/liveSituation';
import { selectLayers } from '../export/exportSituation';
import { planImport } from '../export/importSituation';
import { readSituationFile } from '../export/readSituationFile';
import { readArticleFile, readPastedText, uniqueArticleId, type FileLike, type PasteOptions } from './readUserInput';

/** How long outcomes of processing wait before they are written to storage together. */
const STATUS_WRITE_MS = 500;

export type UserArticleStatus = 'processing' | 'done' | 'failed';

/** One user-added article as the list shows it. */
export interface UserArticleView {
  id: string;
  name: string;
  origin: ArticleOrigin;
  status: UserArticleStatus;
  /** The language chosen by the user, if any. */
  lang?: LanguageCode;
  /** The language the pipeline used (chosen or detected), once processed. */
  usedLang?: LanguageCode;
  langDetected?: boolean;
  /** Length of the text in characters. */
  length: number;
  addedAt: number;
  message?: string;
}

export interface Notice { id: number; kind: 'error' | 'info'; text: string }

export interface IntakeSnapshot {
  /** Changes whenever the Situation does. */
  version: number;
  articles: UserArticleView[];
  /** Progress over every batch still being processed; null when idle. */
  progress: Progress | null;
  notices: Notice[];
  /** False when the browser offers no IndexedDB: additions then last until the page is closed. */
  persistent: boolean;
}

export interface IntakeSessionOptions {
  index: GazetteerIndex;
  client: PipelineClient;
  /** null when IndexedDB cannot be opened. */
  store: ArticleStore | null;
  /** Minimum time between two snapshots while results stream in (progress and the list, not per article). */
  publishEveryMs?: number;
  now?: () => number;
}

export class IntakeSession {
  readonly live: LiveSituation;
  private readonly client: PipelineClient;
  private readonly store: ArticleStore | null;
  private readonly publishEveryMs: number;
  private readonly now: () => number;
  private readonly seeds = new Set<string>();
  private readonly records = new Map<string, StoredArticle>();
  private readonly views = new Map<string, UserArticleView>();
  /** Which batch is processing each article, so a removal can tell the worker to skip it. */
  private readonly batchOf = new Map<string, { skip(ids: string[]): void }>();
  private readonly batchProgress = new Map<number, Progress>();
  private notices: Notice[] = [];
  private nextNotice = 1;
  private snapshot: IntakeSnapshot;
  private readonly listeners = new Set<() => void>();
  private publishTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPublish = 0;
  private markSeeded!: () => void;
  /** Outcomes not yet written to storage: written together, not one transaction per article. */
  private statusQueue: StatusUpdate[] = [];
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the seed articles are on the map (restoring after them keeps the first frame on the seeds). */
  readonly seeded = new Promise<void>((resolve) => { this.markSeeded = resolve; });

  constructor(options: IntakeSessionOptions) {
    this.live = new LiveSituation(options.index);
    this.client = options.client;
    this.store = options.store;
    this.publishEveryMs = options.publishEveryMs ?? 250;
    this.now = options.now ?? Date.now;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): IntakeSnapshot => this.snapshot;

  /** The current Situation as GeoJSON: everything, or only the given event layers. */
  exportCollection(visible?: readonly EventType[]): PlaceCollection {
    const all = this.live.collection();
    return visible ? selectLayers(all, visible) : all;
  }

  isSeed(id: string): boolean { return this.seeds.has(id); }

  /** Runs the seed articles through the worker. They are not stored and cannot be removed. */
  async loadSeeds(inputs: ArticleInput[]): Promise<void> {
    for (const input of inputs) this.seeds.add(input.id);
    try {
      await this.process(inputs);
    } finally {
      this.markSeeded();
    }
  }

  /** Brings back what was stored: imports as they were, every other article processed again from its raw text. */
  async restore(): Promise<void> {
    if (!this.store) {
      this.notify('info', 'This browser does not let the app store articles: what you add will be gone after a reload.');
      return;
    }
    let stored: StoredArticle[];
    try {
      stored = await this.store.list();
    } catch (error) {
      this.notify('error', `The articles you added earlier could not be read back (${errorText(error)}).`);
      return;
    }
    const toProcess: ArticleInput[] = [];
    for (const record of stored) {
      if (this.seeds.has(record.id) || this.records.has(record.id)) continue;
      this.track(record);
      if (record.origin === 'import' && record.analysis) this.applyResult(withText(record.analysis, record.text));
      else toProcess.push(inputOf(record));
    }
    this.publish(true);
    if (toProcess.length) await this.process(toProcess);
  }

  /** Reads dropped or picked files; each refusal becomes a notice, and the rest are added. */
  async addFiles(files: FileLike[]): Promise<void> {
    const accepted: ArticleInput[] = [];
    for (const file of files) {
      const result = await readArticleFile(file);
      if (result.ok) accepted.push(result.article);
      else this.notify('error', result.message);
    }
    if (accepted.length) await this.addArticles(accepted, 'file');
    else this.publish(true);
  }

  /** Adds pasted text. Returns the refusal message, if any, so the dialog can keep the text and show why. */
  async addPasted(text: string, options: PasteOptions = {}): Promise<string | undefined> {
    const result = readPastedText(text, options);
    if (!result.ok) return result.message;
    await this.addArticles([result.article], 'paste');
    return undefined;
  }

  /** Stores the articles (all or none), then processes them. Ids are made unique; names are kept. */
  async addArticles(inputs: ArticleInput[], origin: ArticleOrigin): Promise<void> {
    const taken = new Set([...this.seeds, ...this.records.keys()]);
    const addedAt = this.now();
    const records: StoredArticle[] = inputs.map((input, i) => {
      const id = uniqueArticleId(input.id, taken);
      taken.add(id);
      return {
        id, name: input.title ?? input.id, text: input.text, addedAt: addedAt + i / 1000, status: 'pending', origin,
        ...(input.lang ? { lang: input.lang } : {}),
      };
    });
    if (!(await this.persist(records))) return;
    for (const record of records) this.track(record);
    this.publish(true);
    await this.process(records.map(inputOf));
  }

  /** Removes a user article from the map and from storage. Seeds cannot be removed. */
  async remove(id: string): Promise<void> {
    if (this.seeds.has(id)) { this.notify('error', 'The bundled seed articles cannot be removed.'); return; }
    if (!this.records.has(id)) return;
    try {
      await this.store?.remove(id);
    } catch (error) {
      this.notify('error', `Could not remove the article from storage (${errorText(error)}); it is still there.`);
      return;
    }
    this.forget(id);
    this.publish(true);
  }

  /** Removes every user article (the seeds stay). */
  async clear(): Promise<void> {
    try {
      await this.store?.clear();
    } catch (error) {
      this.notify('error', `Could not clear the stored articles (${errorText(error)}); nothing was removed.`);
      return;
    }
    for (const id of [...this.records.keys()]) this.forget(id);
    this.publish(true);
  }

  /** Imports a situation file exported by this app. An invalid file is refused with a notice and changes nothing. */
  async importFile(file: FileLike): Promise<void> {
    const result = await readSituationFile(file, this.live.index);
    if (!result.ok) { this.notify('error', result.message); return; }
    const plan = planImport(result.places, new Set([...this.seeds, ...this.records.keys()]));
    const addedAt = this.now();
    const records: StoredArticle[] = plan.analyses.map((analysis, i) => {
      const article = analysis.articles[0];
      return {
        id: article.id, name: article.title ?? article.id, text: article.text, addedAt: addedAt + i / 1000,
        status: 'done', origin: 'import', analysis: withText(analysis, ''),
      };
    });
    if (records.length && !(await this.persist(records))) return;
    plan.analyses.forEach((analysis, i) => { this.track(records[i]); this.applyResult(analysis); });
    const already = plan.alreadyLoaded.length ? ` ${plan.alreadyLoaded.length} article${plan.alreadyLoaded.length > 1 ? 's were' : ' was'} already loaded and left as ${plan.alreadyLoaded.length > 1 ? 'they were' : 'it was'}.` : '';
    this.notify('info', `Imported ${records.length} article${records.length === 1 ? '' : 's'} from “${file.name}”.${already}`);
  }

  dismissNotice(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.publish(true);
  }

  // ——— internals ———

  private async persist(records: StoredArticle[]): Promise<boolean> {
    if (!this.store) return true;
    try {
      await this.store.add(records);
      return true;
    } catch (error) {
      this.notify('error', errorText(error));
      return false;
    }
  }

  private track(record: StoredArticle): void {
    this.records.set(record.id, record);
    this.views.set(record.id, {
      id: record.id, name: record.name, origin: record.origin, status: record.origin === 'import' ? 'done' : 'processing',
      length: record.text.length, addedAt: record.addedAt,
      ...(record.lang ? { lang: record.lang } : {}),
    });
  }

  private forget(id: string): void {
    this.batchOf.get(id)?.skip([id]);
    this.batchOf.delete(id);
    this.records.delete(id);
    this.views.delete(id);
    this.live.remove(id);
  }

  private async process(inputs: ArticleInput[]): Promise<void> {
    const handle = this.client.analyse(inputs, {
      onResult: (analysis) => {
        const id = analysis.articles[0]?.id;
        if (id === undefined || (!this.seeds.has(id) && !this.records.has(id))) return; // removed meanwhile
        this.batchOf.delete(id);
        this.applyResult(analysis);
        if (this.records.has(id)) this.queueStatus({ id, status: 'done' });
      },
      onFailure: (id, message) => {
        this.batchOf.delete(id);
        const view = this.views.get(id);
        if (view) { this.views.set(id, { ...view, status: 'failed', message }); this.queueStatus({ id, status: 'failed', message }); }
        this.notify('error', `${view?.name ?? id}: ${message}`);
      },
      onProgress: (progress) => { this.batchProgress.set(handle.batch, progress); this.publish(); },
    });
    for (const input of inputs) this.batchOf.set(input.id, handle);
    try {
      await handle.done;
    } catch (error) {
      // The worker cannot process anything (e.g. the gazetteer failed to load). Stored articles stay stored.
      for (const input of inputs) {
        this.batchOf.delete(input.id);
        const view = this.views.get(input.id);
        if (view && view.status === 'processing') this.views.set(input.id, { ...view, status: 'failed', message: errorText(error) });
      }
      this.notify('error', errorText(error));
    } finally {
      this.batchProgress.delete(handle.batch);
      this.publish(true);
    }
  }

  private queueStatus(update: StatusUpdate): void {
    if (!this.store) return;
    this.statusQueue.push(update);
    this.statusTimer ??= setTimeout(() => this.flushStatuses(), STATUS_WRITE_MS);
  }

  /** Writes the queued outcomes (resolves when stored; tests and shutdown may await it). */
  async flushStatuses(): Promise<void> {
    if (this.statusTimer !== undefined) { clearTimeout(this.statusTimer); this.statusTimer = undefined; }
    const updates = this.statusQueue;
    this.statusQueue = [];
    // A status is informative only (every stored article is processed again on load), so a failed write is not reported.
    if (updates.length && this.store) await this.store.setStatuses(updates).catch(() => {});
  }

  private applyResult(analysis: ArticleAnalysis): void {
    this.live.add(analysis);
    const article = analysis.articles[0];
    const view = this.views.get(article.id);
    if (view) {
      const { message: _dropped, ...rest } = view;
      this.views.set(article.id, { ...rest, status: 'done', usedLang: article.lang, langDetected: article.langDetected });
    }
    this.publish();
  }

  private notify(kind: Notice['kind'], text: string): void {
    this.notices = [...this.notices, { id: this.nextNotice++, kind, text }];
    this.publish(true);
  }

  /** New snapshot for the listeners: at once when `now`, else at most every `publishEveryMs`. */
  private publish(now = false): void {
    const due = this.lastPublish + this.publishEveryMs - performance.now();
    if (now || due <= 0) {
      if (this.publishTimer !== undefined) { clearTimeout(this.publishTimer); this.publishTimer = undefined; }
      this.lastPublish = performance.now();
      this.snapshot = this.makeSnapshot();
      for (const listener of this.listeners) listener();
    } else if (this.publishTimer === undefined) {
      this.publishTimer = setTimeout(() => { this.publishTimer = undefined; this.publish(true); }, due);
    }
  }

  private makeSnapshot(): IntakeSnapshot {
    let progress: Progress | null = null;
    for (const p of this.batchProgress.values()) {
      progress ??= { done: 0, total: 0, bytesDone: 0, bytesTotal: 0 };
      progress.done += p.done; progress.total += p.total; progress.bytesDone += p.bytesDone; progress.bytesTotal += p.bytesTotal;
    }
    return {
      version: this.live.version,
      // Insertion order is the order of adding (restore goes oldest first), so no sort is needed.
      articles: [...this.views.values()],
      progress,
      notices: this.notices,
      persistent: this.store !== null,
    };
  }
}

const inputOf = (record: StoredArticle): ArticleInput => ({
  id: record.id, text: record.text, title: record.name, ...(record.lang ? { lang: record.lang } : {}),
});

/** The analysis with its article's text set (imports are stored without a second copy of the text). */
function withText(analysis: ArticleAnalysis, text: string): ArticleAnalysis {
  return { ...analysis, articles: analysis.articles.map((a) => ({ ...a, text })) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
