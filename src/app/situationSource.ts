// Where the situation shown on start comes from: the bundled seed articles through the real pipeline. Two small
// hooks exist for the browser tests and the viewer benchmark, and only accept same-origin paths:
//   ?articles=PATH   a JSON array of {id, text, lang?} run through the same pipeline instead of the seeds
//   ?situation=PATH  a ready FeatureCollection in the documented schema (e.g. 100 000 synthetic events)
import type { ArticleInput } from '../core/types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { PlaceCollection } from '../core/geojson';
import { analyseArticles, type Analysis } from './analyseArticles';
import { seedArticles } from './seedArticles';

function sameOriginUrl(param: string | null): URL | null {
  if (!param) return null;
  const url = new URL(param, location.href);
  return url.origin === location.origin ? url : null;
}

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url.pathname} (${response.status})`);
  return response.json();
}

/** True when the page was asked to show a ready-made situation, which needs no gazetteer to be drawn. */
export const requestsReadySituation = () => sameOriginUrl(new URLSearchParams(location.search).get('situation')) !== null;

/** True when the page was asked for a fixed set of inputs (either hook): the user's stored articles stay out of it. */
export const requestsFixedInputs = () => {
  const params = new URLSearchParams(location.search);
  return sameOriginUrl(params.get('situation')) !== null || sameOriginUrl(params.get('articles')) !== null;
};

export async function loadSituation(gazetteer: GazetteerIndex | null): Promise<Analysis> {
  const params = new URLSearchParams(location.search);
  const situationUrl = sameOriginUrl(params.get('situation'));
  if (situationUrl) return { articles: [], places: (await fetchJson(situationUrl)) as PlaceCollection };
  if (!gazetteer) throw new Error('The gazetteer is not available, so no article can be analysed.');
  const articlesUrl = sameOriginUrl(params.get('articles'));
  const inputs = articlesUrl ? ((await fetchJson(articlesUrl)) as ArticleInput[]) : seedArticles();
  return analyseArticles(inputs, gazetteer);
}
