// The layer table: what the viewer draws for each kind of event and each kind of place.
// A new event type or layer is one entry here; the style, the legend, the toggles and the URL all read this table.
// Colours are from the Okabe–Ito palette (safe for the common colour-vision deficiencies) and every event type
// also has its own shape, so the layers stay distinguishable in greyscale print or without colour vision.
import type { EventType, PlaceKind } from '../core/types';

export type MarkerShape = 'triangle' | 'square' | 'diamond' | 'circle';

export interface EventLayerSpec {
  type: EventType;
  /** Plural label for the legend and toggles. */
  label: string;
  colour: string;
  shape: MarkerShape;
  /** Where the badge sits relative to the place's dot, in pixels: side by side above it, so types never cover each other. */
  offset: [number, number];
}

export const EVENT_LAYERS: readonly EventLayerSpec[] = [
  { type: 'strike', label: 'Strikes', colour: '#D55E00', shape: 'triangle', offset: [-15, -15] },
  { type: 'meeting', label: 'Meetings', colour: '#0072B2', shape: 'square', offset: [0, -17] },
  { type: 'exercise', label: 'Exercises', colour: '#009E73', shape: 'diamond', offset: [15, -15] },
];

export interface PlaceLayerSpec {
  kind: PlaceKind;
  label: string;
  /** Legend swatch: how the kind is drawn. */
  swatch: 'dot' | 'area' | 'line' | 'outline';
  colour: string;
}

/** The base layer: every place the articles name, whatever happened there. Always on. */
export const PLACE_LAYERS: readonly PlaceLayerSpec[] = [
  { kind: 'city', label: 'Cities (size = mentions)', swatch: 'dot', colour: '#33302e' },
  { kind: 'region', label: 'Regions', swatch: 'area', colour: '#CC79A7' },
  { kind: 'border', label: 'Borders', swatch: 'line', colour: '#7B3294' },
  { kind: 'country', label: 'Countries', swatch: 'outline', colour: '#E69F00' },
];

export const eventLayerOf = (type: EventType): EventLayerSpec => EVENT_LAYERS.find((l) => l.type === type)!;
export const placeLayerOf = (kind: PlaceKind): PlaceLayerSpec | undefined => PLACE_LAYERS.find((l) => l.kind === kind);

/** Name of the map image drawing an event type's badge. */
export const eventIconId = (type: EventType) => `event-icon-${type}`;
