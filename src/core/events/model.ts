// The classifier's view of a sentence: its place mentions and cue words, located by word index.
import type { EventType } from '../types';
import type { PlaceRole } from './placeRole';

/** A place mention located in the passage's words. */
export interface PlaceInText {
  place: string;
  first: number;
  last: number;
  clause: number;
  role: PlaceRole;
  /** Its clause holds nothing but places: a headline "Харків: …" (a dateline "KYIV, Ukraine (AP) —" is not one, see isDateline). */
  alone: boolean;
}

/** A cue word (or phrase) in the passage. */
export interface Cue {
  type: EventType;
  first: number;
  last: number;
  clause: number;
  text: string;
  negated: boolean;
  anaphoric: boolean;
  /** A verb of agreeing (see `agreementVerbs`): refers back, and only a place right after it is its own. */
  agreement: boolean;
  /** Governed by a verb of reacting ("condemned the attack"): refers to an event told elsewhere (see `reactionVerbs`). */
  reaction: boolean;
  /** Right after "since": history, no event (see `historyWords`). */
  history: boolean;
  /** Its sentence speaks of the war in general (see `backgroundWords`): no event at a country, nothing inherited. */
  general: boolean;
}

/** The kind of a gazetteer place (`country`, `region`, `city`, `border`). */
export type KindOf = (place: string) => string | undefined;

/** What the classifier may ask the gazetteer. */
export interface PlaceFacts {
  kindOf: KindOf;
  /** The region a city lies in, if known. */
  parentOf: (place: string) => string | undefined;
  /** National capitals stand for their governments ("Москва определи ученията"); other cities and regions rarely act. */
  isCapital: (place: string) => boolean;
  /** ISO alpha-2 codes of the countries a place is, lies in, or (a border) separates. */
  countriesOf: (place: string) => readonly string[];
}

/** Whether `larger` holds `smaller`: the region a town lies in, or the country a town or region lies in. */
export function holds(facts: PlaceFacts, larger: string, smaller: string): boolean {
  return facts.parentOf(smaller) === larger
    || (facts.kindOf(larger) === 'country' && facts.kindOf(smaller) !== 'border' && facts.countriesOf(smaller).includes(facts.countriesOf(larger)[0] ?? ''));
}

/** Bound on how far (in words) a cue looks for its place: keeps a pathological run-on sentence linear. */
export const REACH = 60;
