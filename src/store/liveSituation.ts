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

export class LiveSituation {
  /** Articles' results in the order they were added (Map keeps insertion order). */
  private readonly parts = new Map<string, ArticleAnalysis>();
  /** place id → article id → that article's mentions and events of the place. */
  private readonly shares = new Map<string, Map<string, PlaceShare>>();
  private readonly features = new Map<string, PlaceFeature>();
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
      shareOf(m.place).mentions.push({ article: m.article, start: m.start, end: m.end, surface: m.surface, passage: passageText(m.passage) });
    }
    for (const e of analysis.events) {
      shareOf(e.place).events.push({ type: e.type, article: e.article, passage: passageText(e.passage) });
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

  private buildFeature(place: string): PlaceFeature | undefined {
    const byArticle = this.shares.get(place);
    const entry = this.index.byId.get(place);
    if (!byArticle || !entry) return undefined;
    const mentions: GeoMention[] = [];
    const events: GeoEvent[] = [];
    for (const share of byArticle.values()) {
      for (const m of share.mentions) mentions.push(m);
      for (const e of share.events) events.push(e);
    }
    const geometry: Geometry = this.index.gazetteer.geometries[place] ?? { type: 'Point', coordinates: entry.point };
    const counts = Object.fromEntries(EVENT_TYPES.map((t) => [countProperty(t), events.filter((e) => e.type === t).length]));
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
