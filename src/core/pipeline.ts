// The pipeline, composed: article text → passages → toponyms → places → events → Situation.
// Each stage is a plain function in its own module; this file only wires them in order.
import type { Article, ArticleInput, Mention, Passage, Situation } from './types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { segmentText } from './segment';
import { detectLanguage } from './detectLanguage';
import { recogniseToponyms } from './recognise';
import { resolveToponyms } from './resolve';
import { classifyEvents } from './classify';
import { tokenise } from './recognise/tokens';

/** The passage containing `offset` (passages are sorted and disjoint). */
function passageAt(passages: Passage[], offset: number): Passage | undefined {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = passages[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** Runs every stage on one article. */
export function analyseArticle(input: ArticleInput, index: GazetteerIndex): Omit<Situation, 'places'> {
  const article: Article = {
    id: input.id,
    text: input.text,
    lang: input.lang ?? detectLanguage(input.text),
    langDetected: input.lang === undefined,
    ...(input.title !== undefined ? { title: input.title } : {}),
  };
  const passages: Passage[] = segmentText(article.text).sentences.map((s, i) => ({
    id: `${article.id}#${i}`, article: article.id, start: s.start, end: s.end, paragraph: s.paragraph,
  }));
  // One tokenising pass serves the recogniser and the resolver's look for demonyms.
  const tokens = tokenise(article.text);
  const candidates = recogniseToponyms(article.text, article.lang, index, tokens);
  const mentions: Mention[] = [];
  for (const t of resolveToponyms(candidates, { text: article.text, lang: article.lang, tokens }, index)) {
    const passage = passageAt(passages, t.start);
    // A name cut by the length limit on sentences (segment.ts) would straddle two passages: it is not quoted.
    if (passage && t.end <= passage.end) mentions.push({ place: t.place, article: article.id, start: t.start, end: t.end, surface: t.surface, passage: passage.id });
  }
  const events = classifyEvents(article, passages, mentions, index);
  return { articles: [article], passages, mentions, events };
}

/** Runs the pipeline over several articles and merges the results into one Situation. */
export function extractSituation(inputs: ArticleInput[], index: GazetteerIndex): Situation {
  return mergeSituations(inputs.map((input) => analyseArticle(input, index)));
}

/** Joins per-article results; `places` lists each mentioned place once, in order of first mention. */
export function mergeSituations(parts: Omit<Situation, 'places'>[]): Situation {
  const situation: Situation = { articles: [], passages: [], places: [], mentions: [], events: [] };
  const seen = new Set<string>();
  for (const part of parts) {
    // Loops, not push(...list): spreading a list of some 100 000 mentions overflows the call stack.
    for (const a of part.articles) situation.articles.push(a);
    for (const p of part.passages) situation.passages.push(p);
    for (const m of part.mentions) situation.mentions.push(m);
    for (const e of part.events) situation.events.push(e);
    for (const m of part.mentions) if (!seen.has(m.place)) { seen.add(m.place); situation.places.push(m.place); }
    for (const e of part.events) if (!seen.has(e.place)) { seen.add(e.place); situation.places.push(e.place); }
  }
  return situation;
}
