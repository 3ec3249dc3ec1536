// Plain data shared by every stage of the pipeline. No DOM, no React, no MapLibre here:
// the same types travel through Node (CLI, tests, benchmarks) and a browser Web Worker.
import type { Geometry } from 'geojson';

/** The languages the pipeline reads. Each has one entry in `languages/registry.ts`. */
export type LanguageCode = 'bg' | 'lv' | 'ru' | 'uk' | 'be' | 'pl' | 'lt' | 'de' | 'en';

/** What a gazetteer entry is. `border` is the shared boundary line of two countries. */
export type PlaceKind = 'country' | 'region' | 'city' | 'border';

/** Event types, in the order the UI lists them. Registry of their cues: `languages/*`. */
export type EventType = 'strike' | 'meeting' | 'exercise';
export const EVENT_TYPES: readonly EventType[] = ['strike', 'meeting', 'exercise'];

/** A half-open range of JavaScript string indices into an article's text. */
export interface Span { start: number; end: number }

/** One place of the bundled gazetteer (`public/data/gazetteer.json`, built by `npm run build:gazetteer`). */
export interface GazetteerEntry {
  /** Stable id: `country:BY`, `region:RU-BEL` (ISO 3166-2), `city:625144` (GeoNames id), `border:BY-UA` (sorted ISO codes). */
  id: string;
  /** English name (`Minsk`, `Belgorod Oblast`, `Belarus–Ukraine border`). */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country it is (country) or lies in (region, city). Absent for borders. */
  iso?: string;
  /** For a border: the two countries' ISO alpha-2 codes, sorted. */
  countries?: string[];
  /** Id of the enclosing region (for a city), if known. */
  parent?: string;
  /** Population (cities, countries) used as prominence when names are ambiguous. */
  population?: number;
  /** True for national capitals. */
  capital?: boolean;
  /** A representative point [lon, lat]: the city itself, a label point for areas and lines. */
  point: [number, number];
  /** Base (dictionary) forms of the name, per language. The recogniser inflects/stems them. */
  names: Partial<Record<LanguageCode, string[]>>;
}

/** The artefact as shipped: entries plus their geometry, keyed by entry id. */
export interface Gazetteer {
  version: number;
  entries: GazetteerEntry[];
  /** Own geometry of areas and lines. Cities have none here: their geometry is `point`. */
  geometries: Record<string, Geometry>;
}

/** Input to the pipeline. */
export interface ArticleInput {
  /** Stable id, e.g. the file name. */
  id: string;
  text: string;
  /** When omitted, the language is detected. */
  lang?: LanguageCode;
  title?: string;
}

export interface Article {
  id: string;
  text: string;
  lang: LanguageCode;
  /** True when `lang` came from detection rather than the caller. */
  langDetected: boolean;
  title?: string;
}

/** A sentence-sized unit of an article: what popups quote and events are classified on. */
export interface Passage extends Span {
  /** `${article}#${index}` */
  id: string;
  article: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** A stretch of text that names a gazetteer place. `text.slice(start, end) === surface`. */
export interface Mention extends Span {
  place: string;
  article: string;
  surface: string;
  /** Id of the passage (sentence) containing it. */
  passage: string;
}

/** Something that happened at a place, found in one passage. */
export interface SituationEvent {
  type: EventType;
  place: string;
  article: string;
  passage: string;
  /** The cue word(s) that triggered it, for explanation in the UI. */
  cue: string;
}

/** Everything the pipeline found in a set of articles. */
export interface Situation {
  articles: Article[];
  passages: Passage[];
  /** Gazetteer ids of the places mentioned, each once. */
  places: string[];
  mentions: Mention[];
  events: SituationEvent[];
}
