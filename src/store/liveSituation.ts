// The Situation in memory as articles come and go, one article at a time. Adding or removing an article
// costs work proportional to that article and to the places it names, never a re-run over everything:
// with thousands of articles loaded, each new result must still be cheap to merge on the page.
// Its `collection()` equals `toFeatureCollection(mergeSituations(parts), index)` of the articles held.
import type { Geometry } from 'geojson';
import { EVENT_TYPES, type Article, type Situation } from '../core/types';
import { countProperty, type GeoEvent, type GeoMention, type PlaceCollection, type PlaceFeature } from '../core/geojson';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { ArticleAnalysis } from '../worker/protocol';

/** One article's contribution to one place, already in GeoJSON shape. */
interface PlaceShare { mentions: GeoMention[]; events: GeoEvent[] }

/**
 * Every article's contribution to one place, joined in the order the articles were added and grown as articles
 * arrive: a place named in most articles of a batch (a country) is not re-joined from thousands of shares on every
 * update. Rebuilt from the shares only after a removal.
 */
interface PlaceLists { mentions: GeoMention[]; events: GeoEvent[]; counts: Map<string, number> }

export class LiveSituation {
  /** Articles' results in the order they were added (Map keeps insertion order). */
  private readonly parts = new Map<string, ArticleAnalysis>();
  /** place id → article id → that article's mentions and events of the place. */
  private readonly shares = new Map<string, Map<string, PlaceShare>>();
  private readonly features = new Map<string, PlaceFeature>();
  /** place id → the joined lists; absent (rebuilt when next needed) after a removal touched the place. */
  private readonly lists = new Map<string, PlaceLists>();
  private readonly dirtyPlaces = new Set<string>();
  /** Places in order of first mention; recomputed only after a removal. */
  private placeOrder: string[] = [];
  private orderStale = false;
  private cachedSituation: Situation | undefined;
  private cachedArticles: Article[] | undefined;
  private cachedCollection: PlaceCollection | undefined;
  /** Increases on every change, so views can tell cheaply whether to redraw. */
  version = 0;

  constructor(readonly index: GazetteerIndex) {}

  has(articleId: string): boolean { return this.parts.has(articleId); }

  get articleIds(): string[] { return [...this.parts.keys()]; }

  /** Adds one article's results (as `analyseArticle` returns them); replaces an article of the same id. */
  add(analysis: ArticleAnalysis): void {
    const id = analysis.articles[0]?.id;
    if (id === undefined) return;
    if (this.parts.has(id)) this.remove(id);
    this.parts.set(id, analysis);
    const textOf = new Map(analysis.articles.map((a) => [a.id, a.text]));
    const spans = new Map(analysis.passages.map((p) => [p.id, p]));
    const passageText = (passageId: string) => {
      const p = spans.get(passageId);
      return p ? textOf.get(p.article)!.slice(p.start, p.end) : '';
    };
    const shareOf = (place: string) => {
      let byArticle = this.shares.get(place);
      if (!byArticle) {
        byArticle = new Map();
        this.shares.set(place, byArticle);
        if (!this.orderStale) this.placeOrder.push(place);
      }
      let share = byArticle.get(id);
      if (!share) { share = { mentions: [], events: [] }; byArticle.set(id, share); }
      this.dirtyPlaces.add(place);
      return share;
    };
    for (const m of analysis.mentions) {
      const mention: GeoMention = { article: m.article, start: m.start, end: m.end, surface: m.surface, passage: passageText(m.passage) };
      shareOf(m.place).mentions.push(mention);
      this.lists.get(m.place)?.mentions.push(mention);
    }
    for (const e of analysis.events) {
      const event: GeoEvent = { type: e.type, article: e.article, passage: passageText(e.passage) };
      shareOf(e.place).events.push(event);
      const lists = this.lists.get(e.place);
      if (lists) { lists.events.push(event); lists.counts.set(e.type, (lists.counts.get(e.type) ?? 0) + 1); }
    }
    this.changed();
  }

  /** Removes an article's results; false when it was not there. */
  remove(articleId: string): boolean {
    const part = this.parts.get(articleId);
    if (!part) return false;
    this.parts.delete(articleId);
    for (const place of new Set([...part.mentions.map((m) => m.place), ...part.events.map((e) => e.place)])) {
      const byArticle = this.shares.get(place);
      if (!byArticle) continue;
      byArticle.delete(articleId);
      if (byArticle.size === 0) this.shares.delete(place);
      this.lists.delete(place);
      this.dirtyPlaces.add(place);
    }
    this.orderStale = true;
    this.changed();
    return true;
  }

  /** The articles held, in the order they were added (cheaper than the whole `situation()`). */
  articles(): Article[] {
    this.cachedArticles ??= [...this.parts.values()].flatMap((part) => part.articles);
    return this.cachedArticles;
  }

  /** All articles merged, as `mergeSituations` would (rebuilt only after a change). */
  situation(): Situation {
    if (!this.cachedSituation) {
      const situation: Situation = { articles: [], passages: [], places: this.orderedPlaces(), mentions: [], events: [] };
      for (const part of this.parts.values()) {
        for (const key of ['articles', 'passages', 'mentions', 'events'] as const) {
          const target = situation[key] as unknown[];
          for (const item of part[key]) target.push(item);
        }
      }
      this.cachedSituation = situation;
    }
    return this.cachedSituation;
  }

  /** The GeoJSON of every place mentioned. Only places touched since the last call are rebuilt. */
  collection(): PlaceCollection {
    if (!this.cachedCollection) {
      for (const place of this.dirtyPlaces) {
        const feature = this.buildFeature(place);
        if (feature) this.features.set(place, feature); else this.features.delete(place);
      }
      this.dirtyPlaces.clear();
      const features: PlaceFeature[] = [];
      for (const place of this.orderedPlaces()) {
        const feature = this.features.get(place);
        if (feature) features.push(feature);
      }
      this.cachedCollection = { type: 'FeatureCollection', features };
    }
    return this.cachedCollection;
  }

  private changed(): void {
    this.version++;
    this.cachedSituation = undefined;
    this.cachedArticles = undefined;
    this.cachedCollection = undefined;
  }

  /** Places in order of first mention (mentions before events within an article, as mergeSituations does). */
  private orderedPlaces(): string[] {
    if (this.orderStale) {
      const seen = new Set<string>();
      for (const part of this.parts.values()) {
        for (const m of part.mentions) seen.add(m.place);
        for (const e of part.events) seen.add(e.place);
      }
      this.placeOrder = [...seen];
      this.orderStale = false;
    }
    return this.placeOrder;
  }

  private listsOf(place: string): PlaceLists | undefined {
    let lists = this.lists.get(place);
    if (lists) return lists;
    const byArticle = this.shares.get(place);
    if (!byArticle) return undefined;
    lists = { mentions: [], events: [], counts: new Map() };
    for (const share of byArticle.values()) {
      for (const m of share.mentions) lists.mentions.push(m);
      for (const e of share.events) { lists.events.push(e); lists.counts.set(e.type, (lists.counts.get(e.type) ?? 0) + 1); }
    }
    this.lists.set(place, lists);
    return lists;
  }

  private buildFeature(place: string): PlaceFeature | undefined {
    const entry = this.index.byId.get(place);
    const lists = entry && this.listsOf(place);
    if (!entry || !lists) return undefined;
    // Copies: a feature handed out earlier keeps the lists it was built with while the place's lists grow.
    const mentions = lists.mentions.slice();
    const events = lists.events.slice();
    const geometry: Geometry = this.index.gazetteer.geometries[place] ?? { type: 'Point', coordinates: entry.point };
    const counts = Object.fromEntries(EVENT_TYPES.map((t) => [countProperty(t), lists.counts.get(t) ?? 0]));
    return {
      type: 'Feature',
      id: place,
      geometry,
      properties: {
        id: place, name: entry.name, kind: entry.kind, ...(entry.iso ? { iso: entry.iso } : {}),
        mentions, events, mentionCount: mentions.length,
        ...(counts as Record<`${(typeof EVENT_TYPES)[number]}Count`, number>),
      },
    };
  }
}
