// Pure scoring: gold annotations against what the pipeline found, as precision / recall / F1.
// Places are scored as the set of (article, place id); events as the set of (article, type, place id).
// Counts are micro-averaged: every pair weighs the same, whichever article it comes from.
import type { Situation } from '../core/types';
import type { GoldArticle } from './gold';

export interface Counts { tp: number; fp: number; fn: number }
export interface Figures extends Counts { precision: number; recall: number; f1: number }

/** What the pipeline found in one article, as comparable keys. */
export interface Found { places: Set<string>; events: Set<string> }

/** One scored article: its keys that matched, were invented, or were missed. */
export interface ArticleScore {
  id: string;
  set: string;
  lang: string;
  places: { tp: string[]; fp: string[]; fn: string[] };
  events: { tp: string[]; fp: string[]; fn: string[] };
}

export const eventKey = (type: string, place: string) => `${type}@${place}`;

/** Splits a Situation into what each article was found to name and report. */
export function foundByArticle(situation: Situation): Map<string, Found> {
  const found = new Map<string, Found>();
  const of = (article: string) => {
    let f = found.get(article);
    if (!f) { f = { places: new Set(), events: new Set() }; found.set(article, f); }
    return f;
  };
  for (const a of situation.articles) of(a.id);
  for (const m of situation.mentions) of(m.article).places.add(m.place);
  for (const e of situation.events) {
    of(e.article).places.add(e.place);
    of(e.article).events.add(eventKey(e.type, e.place));
  }
  return found;
}

function compare(gold: Set<string>, found: Set<string>) {
  return {
    tp: [...gold].filter((k) => found.has(k)).sort(),
    fp: [...found].filter((k) => !gold.has(k)).sort(),
    fn: [...gold].filter((k) => !found.has(k)).sort(),
  };
}

export function scoreArticle(article: GoldArticle, found: Found | undefined): ArticleScore {
  const goldPlaces = new Set(article.gold.places.map((p) => p.id));
  const goldEvents = new Set(article.gold.events.map((e) => eventKey(e.type, e.place)));
  return {
    id: article.id,
    set: article.set,
    lang: article.gold.lang,
    places: compare(goldPlaces, found?.places ?? new Set()),
    events: compare(goldEvents, found?.events ?? new Set()),
  };
}

export function figures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Micro-averaged figures over a group of scored articles. */
export function aggregate(scores: readonly ArticleScore[]): { articles: number; places: Figures; events: Figures } {
  const sum = (pick: (s: ArticleScore) => { tp: string[]; fp: string[]; fn: string[] }): Counts => {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const s of scores) { const x = pick(s); c.tp += x.tp.length; c.fp += x.fp.length; c.fn += x.fn.length; }
    return c;
  };
  return { articles: scores.length, places: figures(sum((s) => s.places)), events: figures(sum((s) => s.events)) };
}
