// Builds the classifier's input by hand (passages and place mentions), so that its tests do not depend on the
// recogniser or the gazetteer: a test names the surfaces that are places and the ids they resolve to.
import type { Article, LanguageCode, Mention, Passage, SituationEvent } from '../../src/core/types';
import { classifyArticleEvents, type PlaceFacts } from '../../src/core/events/classifyArticle';

/** Paragraphs are lines; sentences end at . ! ? followed by a space, except the full stop of an ordinal
 *  ('2022. gadā', '5. februārī') or a one-letter abbreviation ('2022 r.'), as the real segmenter does. */
function passagesOf(id: string, text: string): Passage[] {
  const passages: Passage[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const re = /(?:[^.!?]|(?<=\p{N})\.(?=\s+[\p{Ll}\p{N}])|(?<=(?<!\p{L})\p{Ll})\.)+(?:[.!?]+|$)/gu;
    for (const s of line[0].matchAll(re)) {
      const start = line.index! + s.index!;
      if (s[0].trim() === '') continue;
      passages.push({ id: `${id}#${passages.length}`, article: id, start, end: start + s[0].length, paragraph });
    }
    paragraph++;
  }
  return passages;
}

/** Every occurrence of each surface (as a whole word) becomes a mention of its place. */
function mentionsOf(id: string, text: string, passages: Passage[], places: Record<string, string>): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, place] of Object.entries(places)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const passage = passages.find((p) => m.index! >= p.start && m.index! < p.end)!;
      mentions.push({ place, article: id, start: m.index!, end: m.index! + surface.length, surface, passage: passage.id });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export function classify(lang: LanguageCode, text: string, places: Record<string, string>): SituationEvent[] {
  const article: Article = { id: 'a', text, lang, langDetected: false };
  const passages = passagesOf('a', text);
  return classifyArticleEvents(article, passages, mentionsOf('a', text, passages, places));
}

/** The same, with what the gazetteer would tell (a town's region, capitals). */
export function classifyWith(facts: PlaceFacts, lang: LanguageCode, text: string, places: Record<string, string>): SituationEvent[] {
  const article: Article = { id: 'a', text, lang, langDetected: false };
  const passages = passagesOf('a', text);
  return classifyArticleEvents(article, passages, mentionsOf('a', text, passages, places), facts);
}

/** Events as sorted `type@place` strings, each once. */
export function summary(events: SituationEvent[]): string[] {
  return [...new Set(events.map((e) => `${e.type}@${e.place}`))].sort();
}
