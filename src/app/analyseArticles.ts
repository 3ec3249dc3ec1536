// The one door through which the app runs the pipeline. It runs in a Web Worker (src/worker/), through the same
// intake session that processes the articles a user adds: the seeds are its first, unremovable articles.
import type { PlaceCollection } from '../core/geojson';
import { intakeSession } from '../ui/intake/intakeRuntime';
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
  const session = await intakeSession(gazetteer);
  await session.loadSeeds(inputs);
  return { articles: session.live.articles(), places: session.live.collection() };
}
