// Turning an imported situation file back into per-article results, so imported places show exactly like
// processed ones (map, popups, reader, list, export again) and persist like them.
//
// A GeoJSON export keeps each article's passages that name places, not the whole article. An imported
// article's text is therefore rebuilt from its passages, one paragraph each, in their original order; its
// mentions and events point into that rebuilt text. Offsets in a later export refer to the rebuilt text.
import type { Mention, Passage, SituationEvent } from '../core/types';
import { detectLanguage } from '../core/detectLanguage';
import type { ArticleAnalysis } from '../worker/protocol';
import type { ImportedPlace } from './validateSituationGeoJson';

const PASSAGE_SEPARATOR = '\n\n';

export interface ImportPlan {
  /** One result per article new to the app, in order of first appearance in the file. */
  analyses: ArticleAnalysis[];
  /** Articles in the file that are already loaded (seeds, earlier additions): left as they are. */
  alreadyLoaded: string[];
}

export function planImport(places: ImportedPlace[], loaded: ReadonlySet<string>): ImportPlan {
  type MentionIn = ImportedPlace['mentions'][number] & { place: string };
  type EventIn = ImportedPlace['events'][number] & { place: string };
  const byArticle = new Map<string, { mentions: MentionIn[]; events: EventIn[] }>();
  const groupOf = (article: string) => {
    let group = byArticle.get(article);
    if (!group) { group = { mentions: [], events: [] }; byArticle.set(article, group); }
    return group;
  };
  for (const place of places) {
    for (const m of place.mentions) groupOf(m.article).mentions.push({ ...m, place: place.id });
    for (const e of place.events) groupOf(e.article).events.push({ ...e, place: place.id });
  }
  const plan: ImportPlan = { analyses: [], alreadyLoaded: [] };
  for (const [article, group] of byArticle) {
    if (loaded.has(article)) plan.alreadyLoaded.push(article);
    else plan.analyses.push(rebuildArticle(article, group.mentions, group.events));
  }
  return plan;
}

function rebuildArticle(
  id: string,
  mentionsIn: { place: string; start: number; surface: string; passage: string }[],
  eventsIn: { place: string; type: SituationEvent['type']; passage: string }[],
): ArticleAnalysis {
  // Original order of passages: by where their first mention was in the original article; passages known only
  // from events (rare) go last, in file order.
  const mentionsInOrder = [...mentionsIn].sort((a, b) => a.start - b.start);
  const order = new Map<string, number>();
  for (const m of mentionsInOrder) if (!order.has(m.passage)) order.set(m.passage, order.size);
  for (const e of eventsIn) if (!order.has(e.passage)) order.set(e.passage, order.size);

  const passages: Passage[] = [];
  const passageOf = new Map<string, Passage>();
  let text = '';
  for (const passageText of order.keys()) {
    if (text) text += PASSAGE_SEPARATOR;
    const passage: Passage = { id: `${id}#${passages.length}`, article: id, start: text.length, end: text.length + passageText.length, paragraph: passages.length };
    text += passageText;
    passages.push(passage);
    passageOf.set(passageText, passage);
  }

  // The k-th mention of a surface in a passage (by original offset) is its k-th occurrence there.
  const seen = new Map<string, number>();
  const mentions: Mention[] = mentionsInOrder.map((m) => {
    const passage = passageOf.get(m.passage)!;
    const key = `${passage.id}\u0000${m.surface}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const at = nthIndexOf(m.passage, m.surface, k);
    const start = passage.start + at;
    return { place: m.place, article: id, start, end: start + m.surface.length, surface: m.surface, passage: passage.id };
  });
  // cue: the file does not say which words triggered an event.
  const events: SituationEvent[] = eventsIn.map((e) => ({ type: e.type, place: e.place, article: id, passage: passageOf.get(e.passage)!.id, cue: '' }));
  return { articles: [{ id, text, lang: detectLanguage(text), langDetected: true, title: id }], passages, mentions, events };
}

/** Index of the k-th occurrence (0-based) of `needle`, or of the last one when there are fewer. */
function nthIndexOf(haystack: string, needle: string, k: number): number {
  let at = haystack.indexOf(needle);
  for (let i = 0; i < k; i++) {
    const next = haystack.indexOf(needle, at + 1);
    if (next < 0) break;
    at = next;
  }
  return at;
}
