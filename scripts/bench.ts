// `npm run bench`: throughput of the whole pipeline (segment → recognise → resolve → classify → GeoJSON)
// next to a plain tokenising pass over the same text, measured in the same run so that the ratio,
// not the absolute figure, is what carries across machines. Prints figures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSituation } from '../src/core/pipeline';
import { toFeatureCollection } from '../src/core/geojson';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import type { ArticleInput } from '../src/core/types';
import { buildNameIndex } from '../src/core/recognise/nameIndex';
import { LANGUAGE_CODES } from '../src/core/languages';

const MB = 1024 * 1024;
const CORPUS_BYTES = 10 * MB;
const PARAGRAPH_BYTES = 2 * MB;
const ROUNDS = 3;

/** Real article text to build the corpora from: the seeds and the dev set (never the held-out set). */
function sourceArticles(): string[] {
  const texts: string[] = [];
  for (const dir of ['seeds', 'eval/dev']) {
    let names: string[] = [];
    try { names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort(); } catch { continue; }
    for (const name of names) texts.push(readFileSync(join(dir, name), 'utf8'));
  }
  return texts;
}

/** A deterministic pseudo-random generator, so every run benchmarks the same corpus. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Articles made by shuffling real paragraphs, about `bytes` in all. */
function generateCorpus(texts: string[], bytes: number): ArticleInput[] {
  const paragraphs = texts.flatMap((t) => t.split(/\n+/)).filter((p) => p.trim().length > 0);
  const random = mulberry32(42);
  const articles: ArticleInput[] = [];
  let total = 0;
  while (total < bytes) {
    const count = 5 + Math.floor(random() * 20);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(paragraphs[Math.floor(random() * paragraphs.length)]);
    const text = parts.join('\n\n');
    articles.push({ id: `generated-${articles.length}`, text });
    total += utf8Bytes(text);
  }
  return articles;
}

/**
 * Whole real articles, one language each, repeated (each copy its own article) to about `bytes`. Unlike the shuffled
 * corpus, whose articles mix paragraphs of nine languages (so that most names are not in the detected language and
 * most sentences match nothing), this is what the pipeline meets in use: dense with places and event cues.
 */
function repeatArticles(texts: string[], bytes: number): ArticleInput[] {
  const articles: ArticleInput[] = [];
  let total = 0;
  while (total < bytes) {
    const text = texts[articles.length % texts.length];
    articles.push({ id: `article-${articles.length}`, text });
    total += utf8Bytes(text);
  }
  return articles;
}

/** One article that is a single paragraph of about `bytes`, with no line break at all. */
function generateParagraph(texts: string[], bytes: number): ArticleInput[] {
  const sentences = texts.flatMap((t) => t.split(/\s*\n+\s*/)).filter((p) => p.length > 0);
  const random = mulberry32(7);
  const parts: string[] = [];
  let total = 0;
  while (total < bytes) {
    const s = sentences[Math.floor(random() * sentences.length)];
    parts.push(s);
    total += utf8Bytes(s) + 1;
  }
  return [{ id: 'one-paragraph', text: parts.join(' ') }];
}

/** The baseline: the cheapest reasonable gazetteer matcher, a tokenising pass with one Set lookup per token. */
function tokenisingPass(inputs: ArticleInput[], names: Set<string>): number {
  let hits = 0;
  for (const { text } of inputs) {
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) if (names.has(m[0])) hits++;
  }
  return hits;
}

function best(run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest / 1000;
}

const t0 = performance.now();
const index = loadGazetteer();
const loadMs = performance.now() - t0;
const names = new Set(index.gazetteer.entries.flatMap((e) => Object.values(e.names).flat() as string[]));
const texts = sourceArticles();

const t1 = performance.now();
for (const lang of LANGUAGE_CODES) buildNameIndex(index.gazetteer, lang);
const nameIndexMs = performance.now() - t1;
console.log(`gazetteer: ${index.gazetteer.entries.length} entries, read + indexed in ${loadMs.toFixed(0)} ms; name indexes of all ${LANGUAGE_CODES.length} languages built in ${nameIndexMs.toFixed(0)} ms (each built once, on first use)`);
console.log(`source texts: ${texts.length} articles (seeds + eval/dev), ${ROUNDS} rounds each, best round reported\n`);
console.log('input                       MB    pipeline MB/s   tokenising MB/s   pipeline / tokenising');

const rows: { label: string; inputs: ArticleInput[] }[] = [
  { label: 'real articles, repeated', inputs: repeatArticles(texts, CORPUS_BYTES) },
  { label: 'corpus (many articles)', inputs: generateCorpus(texts, CORPUS_BYTES) },
  { label: 'one 2 MB paragraph', inputs: generateParagraph(texts, PARAGRAPH_BYTES) },
];
const perByte: number[] = [];
for (const { label, inputs } of rows) {
  const mb = inputs.reduce((n, a) => n + utf8Bytes(a.text), 0) / MB;
  const pipeline = best(() => { toFeatureCollection(extractSituation(inputs, index), index); });
  const tokenising = best(() => { tokenisingPass(inputs, names); });
  perByte.push(pipeline / mb);
  console.log(
    `${label.padEnd(26)} ${mb.toFixed(1).padStart(5)}   ${(mb / pipeline).toFixed(1).padStart(12)}   ${(mb / tokenising).toFixed(1).padStart(15)}   ${(tokenising / pipeline).toFixed(2).padStart(20)}`,
  );
}
console.log(`\nlinearity: time per byte, single paragraph / shuffled corpus = ${(perByte[2] / perByte[1]).toFixed(2)} (≤ 1 means no slower per byte)`);
console.log('real articles: the seeds and eval/dev, whole; the shuffled corpus mixes their paragraphs across languages and flatters the pipeline');
