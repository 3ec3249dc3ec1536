// The pipeline worker's protocol, run in-process (workerInProcess.ts). The real Worker runs in the browser tests.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyseArticle } from '../src/core/pipeline';
import type { ArticleInput } from '../src/core/types';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { chunkAnalysis, MAX_ITEMS_PER_MESSAGE } from '../src/worker/pipelineWorkerCore';
import { createPipelineClient, MAX_CHARS_PER_MESSAGE, utf8Length, type Progress, type WorkerLike } from '../src/worker/pipelineClient';
import type { ArticleAnalysis, FromWorker, ToWorker } from '../src/worker/protocol';
import { inProcessWorker } from './workerInProcess';

const index = loadGazetteer();

const seeds: ArticleInput[] = [
  { id: 'bg', text: readFileSync('seeds/000_118b13bb2ff5bb25.txt', 'utf8') },
  { id: 'lv', text: readFileSync('seeds/004_91c27095a8eef1db.txt', 'utf8'), lang: 'lv' },
  { id: 'uk', text: 'Уночі російські дрони атакували Одесу. У Харкові пролунали вибухи.' },
];

async function analyseAll(articles: ArticleInput[], worker: WorkerLike) {
  const client = createPipelineClient({ baseUrl: 'http://localhost/', createWorker: () => worker });
  const results: ArticleAnalysis[] = [];
  const progress: Progress[] = [];
  await client.analyse(articles, { onResult: (r) => results.push(r), onProgress: (p) => progress.push(p) }).done;
  return { results, progress, client };
}

describe('pipeline worker', () => {
  it('returns for each article exactly what the core returns, article by article, with progress', async () => {
    const { results, progress, client } = await analyseAll(seeds, inProcessWorker());
    await expect(client.ready).resolves.toBeUndefined();
    expect(results).toEqual(seeds.map((s) => analyseArticle(s, index)));
    const bytes = seeds.map((s) => new TextEncoder().encode(s.text).length);
    expect(progress).toEqual(seeds.map((_, i) => ({
      done: i + 1, total: 3, bytesDone: bytes.slice(0, i + 1).reduce((a, b) => a + b), bytesTotal: bytes.reduce((a, b) => a + b),
    })));
  });

  it('sends a large article in bounded messages that join to the same result', async () => {
    const lines = Array.from({ length: 3 * MAX_ITEMS_PER_MESSAGE }, (_, i) => `Line ${i}: Kyiv, Odesa and Kharkiv.`);
    const big: ArticleInput = { id: 'big', text: lines.join('\n'), lang: 'en' };
    const log: FromWorker[] = [];
    const { results } = await analyseAll([big], inProcessWorker(undefined, log));
    expect(results).toEqual([analyseArticle(big, index)]);
    const chunks = log.filter((m) => m.type === 'result');
    expect(chunks.length).toBeGreaterThan(1);
    for (const m of chunks) {
      if (m.type !== 'result') continue;
      expect(m.chunk.passages.length + m.chunk.mentions.length + m.chunk.events.length).toBeLessThanOrEqual(MAX_ITEMS_PER_MESSAGE);
      expect(m.chunk.articles.every((a) => a.text === '')).toBe(true); // the page already has the text
    }
  });

  it('sends a large batch in parts of bounded size and reports progress in bytes over all of it', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, text: `${i}: ${seeds[i % 3].text}` }));
    const sent: ToWorker[] = [];
    const { results, progress } = await analyseAll(many, inProcessWorker(undefined, [], sent));
    expect(results.map((r) => r.articles[0].id)).toEqual(many.map((a) => a.id));
    const parts = sent.filter((m) => m.type === 'analyse');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) if (part.type === 'analyse' && part.articles.length > 1) {
      expect(part.articles.reduce((n, a) => n + a.text.length, 0)).toBeLessThanOrEqual(MAX_CHARS_PER_MESSAGE);
    }
    expect(parts.map((p) => p.type === 'analyse' && p.last)).toEqual([...parts.slice(1).map(() => false), true]);
    const total = many.reduce((n, a) => n + utf8Length(a.text), 0);
    expect(progress.at(-1)).toEqual({ done: 200, total: 200, bytesDone: total, bytesTotal: total });
  });

  it('counts UTF-8 bytes as an encoder does', () => {
    for (const text of ['Kyiv', 'Київ', 'Kraków 𝔘 🇺🇦', seeds[0].text]) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('skips articles removed before the worker reaches them', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, text: `${seeds[0].text}\n`.repeat(20) }));
    const client = createPipelineClient({ baseUrl: 'http://localhost/', createWorker: () => inProcessWorker() });
    const seen: string[] = [];
    const handle = client.analyse(many, { onResult: (r) => seen.push(r.articles[0].id) });
    handle.skip(['a39', 'a38']);
    await handle.done;
    expect(seen).toEqual(many.map((a) => a.id).filter((id) => id !== 'a39' && id !== 'a38'));
  });

  it('reports a worker that cannot load the gazetteer, for the batch and for readiness', async () => {
    const client = createPipelineClient({
      baseUrl: 'http://localhost/',
      createWorker: () => inProcessWorker(() => Promise.reject(new Error('Could not load the gazetteer (404 Not Found)'))),
    });
    const batch = client.analyse(seeds);
    await expect(batch.done).rejects.toThrow('Articles cannot be processed: Could not load the gazetteer (404 Not Found)');
    await expect(client.ready).rejects.toThrow(/404/);
    await expect(client.analyse(seeds).done).rejects.toThrow(/404/);
  });
});

describe('chunkAnalysis', () => {
  it('splits into pieces of bounded size that concatenate to the original', () => {
    const analysis = analyseArticle({ id: 'x', text: Array.from({ length: 25 }, (_, i) => `Kyiv ${i}`).join('\n'), lang: 'en' }, index);
    analysis.mentions = analysis.passages.map((p) => ({ place: 'city:703448', article: 'x', start: p.start, end: p.start + 4, surface: 'Kyiv', passage: p.id }));
    const chunks = chunkAnalysis(analysis, 7);
    expect(chunks.every((c) => c.passages.length + c.mentions.length + c.events.length <= 7)).toBe(true);
    expect(chunks[0].articles).toEqual([{ ...analysis.articles[0], text: '' }]);
    expect(chunks.flatMap((c) => c.passages)).toEqual(analysis.passages);
    expect(chunks.flatMap((c) => c.mentions)).toEqual(analysis.mentions);
    expect(chunks.length).toBe(Math.ceil(50 / 7));
  });

  it('sends an article with no findings as one message', () => {
    const empty = { articles: [{ id: 'e', text: 'x', lang: 'en' as const, langDetected: false }], passages: [], mentions: [], events: [] };
    expect(chunkAnalysis(empty)).toEqual([{ ...empty, articles: [{ ...empty.articles[0], text: '' }] }]);
  });
});
