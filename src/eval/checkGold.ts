// Consistency of a gold file with its own text and the gazetteer, independent of what the pipeline finds:
// every id exists, every surface and evidence quote is in the text, every event's place is among the places.
// Annotators run it (`npm run eval:check`) without ever seeing the pipeline's output, so it cannot bias them.
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { GoldArticle } from './gold';

/** Problems found in one annotated article, as readable sentences (empty when consistent). */
export function goldProblems(article: GoldArticle, index: GazetteerIndex): string[] {
  const problems: string[] = [];
  const { gold } = article;
  // Quotes are typed with plain spaces; the text may hold no-break spaces or line breaks between the same words.
  const text = oneSpaced(article.text);
  const placeIds = new Set<string>();
  for (const place of gold.places) {
    if (placeIds.has(place.id)) problems.push(`place ${place.id} is listed twice`);
    placeIds.add(place.id);
    if (!index.byId.has(place.id)) problems.push(`place ${place.id} is not in the gazetteer`);
    if (place.surfaces.length === 0) problems.push(`place ${place.id} has no surface forms`);
    for (const surface of place.surfaces) {
      if (!text.includes(oneSpaced(surface))) problems.push(`surface "${surface}" of ${place.id} does not occur in the text`);
    }
  }
  const pairs = new Set<string>();
  for (const event of gold.events) {
    const pair = `${event.type}@${event.place}`;
    if (pairs.has(pair)) problems.push(`event ${pair} is listed twice`);
    pairs.add(pair);
    if (!placeIds.has(event.place)) problems.push(`event ${pair} is at a place not listed in "places"`);
    if (event.evidence.trim() === '') problems.push(`event ${pair} has no evidence quote`);
    for (const quote of event.evidence.split(';').map((q) => q.trim()).filter(Boolean)) {
      if (!quotedInOrder(text, oneSpaced(quote))) problems.push(`evidence "${quote}" of ${pair} does not occur in the text`);
    }
  }
  return problems;
}

/** A quote may leave words out with "..." or "…": its pieces must occur in the text in order. */
function quotedInOrder(text: string, quote: string): boolean {
  let from = 0;
  for (const piece of quote.split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean)) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

const oneSpaced = (s: string) => s.replace(/\s+/g, ' ');
