// Runs the real pipeline over annotated articles and scores it: what `npm run eval` and the eval test share.
import { extractSituation } from '../core/pipeline';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { GoldArticle } from './gold';
import { aggregate, foundByArticle, scoreArticle, type ArticleScore, type Figures } from './score';

export interface EvalOptions {
  /** Let the pipeline detect each article's language instead of giving it the annotated one. */
  detectLanguage?: boolean;
}

export interface GroupFigures { articles: number; places: Figures; events: Figures }

export interface SetReport {
  set: string;
  total: GroupFigures;
  byLanguage: Record<string, GroupFigures>;
  articles: ArticleScore[];
}

export function scoreArticles(articles: readonly GoldArticle[], index: GazetteerIndex, options: EvalOptions = {}): ArticleScore[] {
  const key = (a: GoldArticle) => `${a.set}/${a.id}`;
  const situation = extractSituation(
    articles.map((a) => ({ id: key(a), text: a.text, ...(options.detectLanguage ? {} : { lang: a.gold.lang }) })),
    index,
  );
  const found = foundByArticle(situation);
  return articles.map((a) => scoreArticle(a, found.get(key(a))));
}

export function reportSet(set: string, scores: ArticleScore[]): SetReport {
  const byLanguage: Record<string, GroupFigures> = {};
  for (const lang of [...new Set(scores.map((s) => s.lang))].sort()) byLanguage[lang] = aggregate(scores.filter((s) => s.lang === lang));
  return { set, total: aggregate(scores), byLanguage, articles: scores };
}
