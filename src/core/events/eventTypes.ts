// How each event type ties to its place, where types differ. A type without an entry here behaves like
// `DEFAULT_BEHAVIOUR`, so a new event type needs only its name in EVENT_TYPES and its cue words.
import type { EventType } from '../types';

export interface EventTypeBehaviour {
  /**
   * How many words may stand between the cue and a bare place after it that is still the event's place. For a
   * strike, the noun phrase after the cue names what was hit, with the place in the genitive ("обстрел окраин
   * Харькова", "shelled the outskirts of …"); after a meeting cue such a place names the participants
   * ("spotkanie premierów Polski i Ukrainy"), so only a place right after the cue counts.
   */
  bareObjectReach: number;
  /**
   * Whether the country that is the subject of the cue's clause hosts the event when the event's place lies in it:
   * "Estonia began snap drills close to its border with Russia", "Литва започна учения край границата с Беларус"
   * are exercises in Estonia and Lithuania as well as at the border. Not so for strikes: the subject strikes elsewhere.
   */
  subjectHosts: boolean;
  /**
   * Whether one event of this type lasts (days of drills, rounds of talks): "the drills continue in Belarus" tells of
   * one going on. A strike does not last: "strikes on Ukraine continue" speaks of the war in general (the language's
   * `continuingWords`).
   */
  lasts: boolean;
  /**
   * Whether a city or region that opens the cue's clause is what the event happened to ("Куп’янськ і навколишні
   * села перебували під обстрілом", "Kharkiv came under attack"). For a meeting or an exercise such a place more
   * often has its say about it ("Гродно назвало учения провокацией").
   */
  localSubjectIsTarget: boolean;
  /**
   * Whether the country the sentence names as the scene is a place of the event too, when the event's places lie in
   * it: "Lietuvoje pratybos vyksta Marijampolės ir Alytaus apskrityse", "прибыл с визитом в Белоруссию … в Минске".
   * Not for strikes: "В Украине атаковали Харьков и Одессу" puts the strikes on the cities (as annotators read it).
   */
  sceneCountryToo: boolean;
  /**
   * Whether a clause opened by "where" after the event's place, telling no event of its own, adds the scene it sets:
   * drills spread ("проверка в Витебской области, где части выдвинуты к границе с Латвией"), while a strike's or a
   * meeting's "where" tells what followed ("near Moscow, where flights at Vnukovo were suspended").
   */
  spreadsToWhere: boolean;
}

export const DEFAULT_BEHAVIOUR: EventTypeBehaviour = { bareObjectReach: 0, subjectHosts: false, lasts: true, localSubjectIsTarget: false, sceneCountryToo: true, spreadsToWhere: false };

export const EVENT_TYPE_BEHAVIOUR: Partial<Record<EventType, EventTypeBehaviour>> = {
  strike: { bareObjectReach: 1, subjectHosts: false, lasts: false, localSubjectIsTarget: true, sceneCountryToo: false, spreadsToWhere: false },
  exercise: { bareObjectReach: 0, subjectHosts: true, lasts: true, localSubjectIsTarget: false, sceneCountryToo: true, spreadsToWhere: true },
};

export function behaviourOf(type: EventType): EventTypeBehaviour {
  return EVENT_TYPE_BEHAVIOUR[type] ?? DEFAULT_BEHAVIOUR;
}
