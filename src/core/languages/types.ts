// The shape of one language's entry in the registry. Adding a language = adding one file that
// exports a LanguageProfile and listing it in `index.ts`. Nothing else in the code branches on language.
import type { EventType, LanguageCode } from '../types';

/** How the language inflects place names; read by the toponym recogniser. */
export interface InflectionRules {
  /** Endings that may follow a name's stem in running text (case endings, definite articles, …), longest first is not required. */
  endings: string[];
  /** Capitalised words that look like names but are never places in this language (titles, months, …). */
  stopForms: string[];
}

/**
 * Words that signal an event type in this language and the small grammar the event classifier needs to tie an
 * event to the place where it happens; read by `core/events`. Every list holds patterns matched case-insensitively
 * against whole words of the text:
 *   `word`    the whole word only (`hit`, `не`);
 *   `stem*`   any word starting with the stem (`удар*` = удар, удари, ударите);
 *   `*part*`  any word containing it (German compounds: `*angriff*` = Luftangriff, Drohnenangriffe);
 *   `a b`     consecutive words, each part following the same rules (`made in`, `произвед* в`).
 */
export interface EventCues {
  /** Cue patterns per event type ("удар*", "meet*", "ćwicze*"). */
  cues: Record<EventType, string[]>;
  /** Words that deny or negate an event when they stand close to its cue in the same clause ("no", "не", "kein*"). */
  negations: string[];
  /** Prepositions that put the following place at the scene: in, at, on, over, near, against, to. */
  locatives: string[];
  /** Words that make the following place a source, partner, origin or topic, never the scene: from, with, made in, about. */
  nonLocatives: string[];
  /** Words just before a cue that make it refer back to an event already told ("after the talks", "during the visit"). */
  anaphoric: string[];
  /** Words that join places into a list ("Kharkiv and Odesa"): an event at the first place is at the others too. */
  conjunctions: string[];
  /** Case endings that by themselves put a place at the scene, without a preposition (Latvian `-ā`, Lithuanian `-e`). */
  locativeEndings?: string[];
  /**
   * Genitive endings, in languages whose genitive stands before the noun it qualifies (Latvian "Krievijas
   * ministrs"): such a place right after a cue qualifies the next noun, not the cue.
   */
  prenominalGenitiveEndings?: string[];
}

export interface LanguageProfile {
  code: LanguageCode;
  /** English name of the language, for the UI. */
  name: string;
  /** ISO 639-3 codes the language detector (franc) reports for it. */
  iso6393: string[];
  inflection: InflectionRules;
  events: EventCues;
}
