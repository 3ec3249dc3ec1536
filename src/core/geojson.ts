// The one output schema (README, "GeoJSON schema"): the CLI prints it, the app draws and exports it.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { EVENT_TYPES, type EventType, type PlaceKind, type Situation } from './types';

export interface GeoMention { article: string; start: number; end: number; surface: string; passage: string }
export interface GeoEvent { type: EventType; article: string; passage: string }

export interface PlaceProperties {
  id: string;
  name: string;
  kind: PlaceKind;
  iso?: string;
  mentions: GeoMention[];
  events: GeoEvent[];
  /** Flat counts so that map style expressions need not look inside arrays. */
  mentionCount: number;
  strikeCount: number;
  meetingCount: number;
  exerciseCount: number;
}

export type PlaceFeature = Feature<Geometry, PlaceProperties>;
export type PlaceCollection = FeatureCollection<Geometry, PlaceProperties>;

export const countProperty = (type: EventType) => `${type}Count` as const;

/** One Feature per mentioned place, carrying the place's own geometry and every passage that names it. */
export function toFeatureCollection(situation: Situation, index: GazetteerIndex): PlaceCollection {
  const passageText = passageTexts(situation);
  const mentionsOf = groupBy(situation.mentions, (m) => m.place);
  const eventsOf = groupBy(situation.events, (e) => e.place);
  const features: PlaceFeature[] = [];
  for (const id of situation.places) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    const mentions = (mentionsOf.get(id) ?? []).map((m) => ({
      article: m.article, start: m.start, end: m.end, surface: m.surface, passage: passageText.get(m.passage) ?? '',
    }));
    const events = (eventsOf.get(id) ?? []).map((e) => ({
      type: e.type, article: e.article, passage: passageText.get(e.passage) ?? '',
    }));
    const geometry: Geometry = index.gazetteer.geometries[id] ?? { type: 'Point', coordinates: entry.point };
    const counts = Object.fromEntries(EVENT_TYPES.map((t) => [countProperty(t), events.filter((e) => e.type === t).length])) as Record<`${EventType}Count`, number>;
    features.push({
      type: 'Feature',
      id,
      geometry,
      properties: {
        id, name: entry.name, kind: entry.kind, ...(entry.iso ? { iso: entry.iso } : {}),
        mentions, events, mentionCount: mentions.length, ...counts,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The text of every passage, by id. A plain loop: building it from [id, text] pairs cost as much again. */
function passageTexts(situation: Situation): Map<string, string> {
  const textOf = new Map<string, string>();
  for (const a of situation.articles) textOf.set(a.id, a.text);
  const texts = new Map<string, string>();
  let article: string | undefined;
  let text = '';
  for (const p of situation.passages) {
    // Passages come article by article: look the article up once per run of its passages.
    if (p.article !== article) { article = p.article; text = textOf.get(article)!; }
    texts.set(p.id, text.slice(p.start, p.end));
  }
  return texts;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item); else groups.set(k, [item]);
  }
  return groups;
}
