// The one door through which the app runs the pipeline. It runs on the main thread for now; moving it into a
// Web Worker changes this file only (the signature is already asynchronous).
import { extractSituation } from '../core/pipeline';
import { toFeatureCollection, type PlaceCollection } from '../core/geojson';
import type { ArticleInput, LanguageCode } from '../core/types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';

/** What the reader needs of an article besides the places: its text and language. */
export interface ArticleSummary {
  id: string;
  text: string;
  lang: LanguageCode;
  langDetected: boolean;
  title?: string;
}

export interface Analysis {
  articles: ArticleSummary[];
  places: PlaceCollection;
}

export async function analyseArticles(inputs: ArticleInput[], gazetteer: GazetteerIndex): Promise<Analysis> {
  const situation = extractSituation(inputs, gazetteer);
  return {
    articles: situation.articles.map(({ id, text, lang, langDetected, title }) => ({ id, text, lang, langDetected, ...(title !== undefined ? { title } : {}) })),
    places: toFeatureCollection(situation, gazetteer),
  };
}
