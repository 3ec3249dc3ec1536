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

/** Words that signal an event type in this language; read by the event classifier. */
export interface EventCues {
  /** Stems or words per event type; matched case-insensitively at word starts. */
  cues: Record<EventType, string[]>;
  /** Words that deny or negate an event in the same clause ("no damage", "не е"). */
  negations: string[];
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
