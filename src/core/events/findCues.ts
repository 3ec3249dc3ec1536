// Finding cue words in a sentence, and whether each is denied or refers back to an event already told.
import { MARK_BACKGROUND, MARK_CONTINUING, MARK_DATE, MARK_HISTORY, MARK_POSSIBLE, MARK_REACTION, MARK_TOPIC, MARK_VAGUE_FUTURE, type CompiledCues } from './compiledCues';
import type { EventType } from '../types';
import type { Cue, PlaceInText } from './model';
import { REACH } from './model';
import { behaviourOf } from './eventTypes';
import type { Word } from './words';

/** Words around a cue in which a negation cancels it. */
const NEGATION_BEFORE = 4;
const NEGATION_AFTER = 4;
/** Words before a cue, across clauses of its sentence, in which a verb of denying cancels it. */
const DENIAL_BEFORE = 15;
/** Words before a cue (not counting places and conjunctions) in which "after / before / during" make it refer back to a known event. */
const ANAPHORIC_BEFORE = 2;
/** Words before a cue in which "since" makes it history: "since the Russian attack on …". */
const HISTORY_BEFORE = 3;
/**
 * Words on either side of a cue, in its clause, in which a verb of reacting governs it: German puts the subject between
 * ("verurteilte Bundeskanzler Friedrich Merz den Angriff"), Baltic languages the verb after ("ataką pasmerkė").
 */
const REACTION_REACH = 8;
/** Words before a cue in which a verb of talking makes it the topic ("to discuss the joint drills"). */
const TOPIC_REACH = 3;

// Same word definition as `words.ts`; kept separate because this scan must stay as cheap as plain tokenising.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Offsets of the words that may start a cue, in order: one cheap pass over the whole article. Most sentences tell
 * no event, and the classifier skips them without splitting them into words. A word is listed when the first word
 * of a cue pattern occurs anywhere in it (more than needed, never less: `findCues` checks the full patterns).
 */
export function cueHits(text: string, lower: string | undefined, cues: CompiledCues): number[] {
  const hits: number[] = [];
  if (lower !== undefined) {
    const starts = cues.cueStarts;
    starts.lastIndex = 0;
    for (let m = starts.exec(lower); m; m = starts.exec(lower)) {
      const start = wordStart(lower, m.index);
      if (hits.length === 0 || hits[hits.length - 1] !== start) hits.push(start);
      // Resume right after the match's first letter: a head found inside a word must not hide the next one.
      starts.lastIndex = m.index + 1;
    }
    return hits;
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (cues.cues.mayStartWith(m[0].toLowerCase())) hits.push(m.index);
  return hits;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** An infix cue ("*angriff*" in "luftangriff") is found inside its word; the sentence check needs the word's start. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 64 && LETTER.test(text[i - 1])) i--; // bounded: a 2 MB "word" stays linear
  return i;
}

/** `hits` (from `cueHits`, sorted) from index `fromHit` on: only words starting there can begin a cue. */
export function findCues(words: readonly Word[], places: readonly Omit<PlaceInText, 'role' | 'alone'>[], cues: CompiledCues, hits: readonly number[], fromHit: number, goingOn?: EventType): Cue[] {
  const inPlaceName = new Uint8Array(words.length); // 1: the word belongs to a place name
  for (const p of places) inPlaceName.fill(1, p.first, p.last + 1);
  const found: Cue[] = [];
  // Worked out on the first cue: most sentences have none.
  let marks: Uint8Array | undefined;
  // The first clause holding each kind of marker (background words speak for their clause and the ones after it:
  // "Kyiv has repeatedly said that strikes on Russia …", not "strikes on Crimea answer daily strikes on our cities").
  let background = Infinity;
  let continuing = Infinity;
  let undated = false;
  /** A day of a month is named: "the next meeting … on 12 February" is fixed, not vaguely future. */
  let dated = false;
  /** The first word of "does not rule out" in the sentence: every cue after it is only possible. */
  let possibleFrom = Infinity;
  let h = fromHit;
  /** Whether a cue starts at a word (the hits that survive the checks of the loop below), for `vaguelyFuture`. */
  let cueStarts: Uint8Array | undefined;
  const isCueAt = (j: number): boolean => {
    if (cueStarts === undefined) {
      cueStarts = new Uint8Array(words.length);
      for (let k = fromHit, w = 0; k < hits.length && w < words.length; k++) {
        while (w < words.length && words[w].start < hits[k]) w++;
        if (w < words.length && words[w].start === hits[k] && !inPlaceName[w] && !isNonCue(words, w, cues) && cues.cues.matchAt(words, w).length > 0) cueStarts[w] = 1;
      }
    }
    return cueStarts[j] === 1;
  };
  for (let i = 0; i < words.length; i++) {
    while (h < hits.length && hits[h] < words[i].start) h++;
    if (h >= hits.length) break;
    if (hits[h] !== words[i].start || inPlaceName[i] || isNonCue(words, i, cues)) continue;
    const atWord = cues.cues.matchAt(words, i);
    for (const match of cues.separableVerbs.length === 0 ? atWord : [...atWord, ...separableCuesAt(words, i, cues)]) {
      const last = i + match.length - 1;
      const clause = words[i].clause;
      if (marks === undefined) {
        marks = markWords(words, inPlaceName, cues);
        for (let j = 0; j < marks.length; j++) {
          const m = marks[j];
          if (m & MARK_BACKGROUND) background = Math.min(background, words[j].clause);
          if (m & MARK_CONTINUING) continuing = Math.min(continuing, words[j].clause);
          if (m & MARK_POSSIBLE) possibleFrom = Math.min(possibleFrom, j);
        }
        undated = dateDenied(words, marks, cues);
        dated = hasDayOfMonth(words, cues);
      }
      const type = retyped(words, i, match.value, cues);
      // "Dutch and Danish fighter jets arrived in Poland": weapons and troops that arrive or gather hold no meeting.
      if (type === 'meeting' && thingsAsSubject(words, i, cues)) continue;
      const since = historyBefore(words, i, marks, cues);
      const reaction = reactionNear(words, i, last, marks, cues.reactionVerbFirst);
      const agreement = cues.agreementVerbs.matches(words, i);
      found.push({
        type,
        first: i,
        last,
        clause,
        text: i === last ? words[i].lower : words.slice(i, last + 1).map((x) => x.lower).join(' '),
        negated: isNegated(words, i, last, cues) || possibleFrom < i || (behaviourOf(type).lasts && (undated || (!dated && vaguelyFuture(words, i, last, marks, isCueAt, cues)) || plannedInRelative(words, last, marks, cues))),
        // A reaction refers back as "after the strike" does, and more strictly (see placeInClause.ts); so does an
        // agreement, to the meeting that reached it.
        anaphoric: reaction || agreement || refersBack(words, i, inPlaceName, cues),
        agreement,
        history: (since !== undefined && i - since <= HISTORY_BEFORE) || yearNear(words, i, last, marks, cues),
        reaction,
        general: background <= clause || (continuing <= clause && !behaviourOf(type).lasts) || since !== undefined,
      });
    }
  }
  if (found.length === 0 && goingOn !== undefined) return continuation(words, inPlaceName, cues, goingOn);
  return withoutDrilledAttacks(found);
}

/** How many words after a separable verb its particle may close the clause ("kamen am Donnerstag in Riga zusammen"). */
const PARTICLE_REACH = 12;

/** Whether `particle` stands later in the clause of words[i], within PARTICLE_REACH words ("kamen … zusammen"). */
function particleFollows(words: readonly Word[], i: number, particle: string): boolean {
  for (let j = i + 1; j < words.length && j - i <= PARTICLE_REACH && words[j].clause === words[i].clause; j++) if (words[j].lower === particle) return true;
  return false;
}

/** The separable verbs with a type (see `separableVerbs`) at words[i] whose particle follows: cues of that type, the finite verb alone. */
function separableCuesAt(words: readonly Word[], i: number, cues: CompiledCues): { value: EventType; first: number; length: number }[] {
  const found: { value: EventType; first: number; length: number }[] = [];
  for (const verb of cues.separableVerbs) {
    if (verb.type !== undefined && verb.forms.matches(words, i) && particleFollows(words, i, verb.particle)) found.push({ value: verb.type, first: i, length: 1 });
  }
  return found;
}

/** Whether a separable verb without a type stands at words[i] with its particle after it: it goes on with the latest event ("findet … statt"). */
function separableGoesOnAt(words: readonly Word[], i: number, cues: CompiledCues): boolean {
  return cues.separableVerbs.some((verb) => verb.type === undefined && verb.forms.matches(words, i) && particleFollows(words, i, verb.particle));
}

/** Whether the word right before the cue (or before a relative word such as "that", "who") is a weapon or troops. */
function thingsAsSubject(words: readonly Word[], i: number, cues: CompiledCues): boolean {
  let j = i - 1;
  if (j >= 0 && cues.perfectAuxiliaries.matches(words, j)) j--;
  if (j >= 0 && cues.relativeWords.matches(words, j)) j--;
  if (j >= 0 && cues.perfectAuxiliaries.matches(words, j)) j--;
  return j >= 0 && words[j].clause <= words[i].clause && words[j].clause >= words[i].clause - 1 && cues.actorNouns.matches(words, j);
}

/** How many words after an exercise cue a strike cue is what the drill rehearses. */
const DRILLED_REACH = 5;

/**
 * A strike cue shortly after an exercise cue in its clause is what the drill rehearses, not a strike: "ćwiczą
 * odparcie ataku", "practised repelling an attack", "отрабатывают отражение атаки".
 */
function withoutDrilledAttacks(found: Cue[]): Cue[] {
  return found.filter((c) => c.type !== 'strike' || !found.some((e) => e.type === 'exercise' && e.clause === c.clause && e.last < c.first && c.first - e.last <= DRILLED_REACH));
}

/** A verb that goes on telling the latest event ("will take place near Varna"), as a cue of its type (see `continuationVerbs`, `continuationVerbsByType`). */
function continuation(words: readonly Word[], inPlaceName: Uint8Array, cues: CompiledCues, type: EventType): Cue[] {
  const ofType = cues.continuationVerbsByType.get(type);
  for (let i = 0; i < words.length; i++) {
    if (inPlaceName[i]) continue;
    const match = cues.continuationVerbs.matchAt(words, i)[0] ?? ofType?.matchAt(words, i)[0];
    if (match === undefined && !separableGoesOnAt(words, i, cues)) continue;
    // "ar to, kas notiek pie Harkivas" (with what is happening near Kharkiv): a relative word right before the verb
    // makes it tell of something the sentence names, and in a sentence without a cue that is no event.
    if (i > 0 && cues.relativeWords.matches(words, i - 1)) continue;
    const last = i + (match?.length ?? 1) - 1;
    // "…, которое пройдет в следующем году": a meeting or exercise going on at a vague future time is only planned.
    const marks = markWords(words, inPlaceName, cues);
    const planned = behaviourOf(type).lasts && (dateDenied(words, marks, cues) || (!hasDayOfMonth(words, cues) && vaguelyFuture(words, i, last, marks, () => false, cues)));
    return [{
      type, first: i, last, clause: words[i].clause, text: words.slice(i, last + 1).map((x) => x.lower).join(' '),
      negated: isNegated(words, i, last, cues) || planned, anaphoric: false, agreement: false, history: false, reaction: false, general: false,
    }];
  }
  // A count before a place goes on counting the latest event: "…уничтожены 45 беспилотников: «20 — над территорией
  // Брянской области, 12 — над Курской …»". The count stands for the cue.
  if (opensWithCount(words, cues)) {
    return [{ type, first: 0, last: 0, clause: words[0].clause, text: words[0].lower, negated: false, anaphoric: false, agreement: false, history: false, reaction: false, general: false }];
  }
  return [];
}

/** Whether a sentence opens with a number right before a preposition of place ("20 — над …", "12 over …"). */
export function opensWithCount(words: readonly Word[], cues: CompiledCues): boolean {
  return words.length > 2 && /^\p{N}+$/u.test(words[0].lower) && cues.prepositions.matchAt(words, 1).some((m) => m.value);
}

/** The marker words of a sentence (MARK_* bits per word), one lookup per word outside place names. */
function markWords(words: readonly Word[], inPlaceName: Uint8Array, cues: CompiledCues): Uint8Array {
  const marks = new Uint8Array(words.length);
  for (let j = 0; j < words.length; j++) {
    if (inPlaceName[j]) continue;
    marks[j] = cues.markers.bitsAt(words, j);
  }
  return marks;
}

/** Words around a date word in which a negation denies that there is a date ("дата … пока не определена"). */
const DATE_NEGATION_REACH = 12;

/**
 * Whether a clause of the sentence says the date is not set ("jego termin nie został jeszcze ustalony", "data kol kas
 * nesutarta", "no date has been set"): a date word with a negation close to it in its clause.
 */
function dateDenied(words: readonly Word[], marks: Uint8Array, cues: CompiledCues): boolean {
  for (let j = 0; j < words.length; j++) {
    if (!(marks[j] & MARK_DATE)) continue;
    for (let i = Math.max(0, j - DATE_NEGATION_REACH); i <= Math.min(words.length - 1, j + DATE_NEGATION_REACH); i++) {
      // Across a clause break too: "о сроках … саммита, которые пока не согласованы".
      if (i !== j && cues.negations.matches(words, i) && !cues.nonNegations.matches(words, i)) return true;
    }
  }
  return false;
}

/** Words on either side of a cue in which a vague future time ("next year") makes it planned, or a year makes it history:
 *  a long subject may stand between ("talks between Ukrainian and Russian delegations could resume in Istanbul once a date is agreed"). */
const VAGUE_FUTURE_REACH = 12;

/**
 * Whether a time of the future that fixes no date stands close to the cue in its clause (see `vagueFutureWords`), or
 * opens the clause right after it ("договорились встретиться в Вильнюсе, когда будет согласована дата").
 */
function vaguelyFuture(words: readonly Word[], first: number, last: number, marks: Uint8Array, isCue: (i: number) => boolean, cues: CompiledCues): boolean {
  const clause = words[first].clause;
  // Outward from the cue, up to an "and" that opens another event on either side: "met in Riga on Tuesday and agreed
  // to meet again in Warsaw next year" plans the second meeting, not the first.
  const joinsAnother = (i: number) => cues.conjunctions.matches(words, i) && ((i + 1 < words.length && isCue(i + 1)) || (i + 2 < words.length && isCue(i + 2)));
  for (let i = first - 1; i >= Math.max(0, first - VAGUE_FUTURE_REACH) && !joinsAnother(i); i--) {
    if (marks[i] & MARK_VAGUE_FUTURE && words[i].clause === clause) return true;
  }
  for (let i = last + 1; i <= Math.min(words.length - 1, last + VAGUE_FUTURE_REACH) && !joinsAnother(i); i++) {
    if (!(marks[i] & MARK_VAGUE_FUTURE)) continue;
    if (words[i].clause === clause) return true;
    if (words[i].clause === clause + 1 && words[i - 1].clause === clause) return true;
  }
  return false;
}

/** How many words (a name, an attribute) may stand between an event noun and the relative clause about it. */
const RELATIVE_AFTER = 4;

/**
 * "учений «Щит Союза», которые планируется провести в России в следующем году", "drills, which are planned for next
 * year": a relative clause right after the event noun that holds a plan or a vague future time makes it planned.
 */
function plannedInRelative(words: readonly Word[], last: number, marks: Uint8Array, cues: CompiledCues): boolean {
  let start = last + 1;
  while (start < words.length && words[start].clause === words[last].clause && start - last <= RELATIVE_AFTER) start++;
  if (start >= words.length || words[start].clause !== words[last].clause + 1 || !cues.relativeWords.matches(words, start)) return false;
  for (let i = start; i < words.length && words[i].clause === words[start].clause; i++) {
    if (cues.cancellingVerbs.matches(words, i) || (marks[i] & MARK_VAGUE_FUTURE) !== 0) return true;
  }
  return false;
}

/** How many words before a cue the noun of a report may stand ("Сообщения украинских Telegram-каналов о попадании"). */
const REPORT_BEFORE = 5;

/** A report ("сообщения о попадании …") that the sentence later calls false ("назвали недостоверными"): see `refutedReports`. */
function refutedReport(words: readonly Word[], first: number, last: number, cues: CompiledCues): boolean {
  let report = false;
  for (let j = first - 1; j >= Math.max(0, first - REPORT_BEFORE) && !report; j--) report = cues.reportNouns.matches(words, j);
  if (!report) return false;
  for (let i = last + 1; i < words.length; i++) if (cues.refutations.matches(words, i)) return true;
  return false;
}

/** Whether the sentence names a day of a month: a number up to 31 next to a month or day word ("20 ноября", "February 12", "12. Februar"). */
function hasDayOfMonth(words: readonly Word[], cues: CompiledCues): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!mayBeDay(words[i].lower) || !DAY.test(words[i].lower)) continue;
    if ((i + 1 < words.length && cues.timeWords.matches(words, i + 1)) || (i > 0 && cues.timeWords.matches(words, i - 1))) return true;
  }
  return false;
}

const DAY = /^(?:[1-9]|[12]\d|3[01])$/u;

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/** What DAY and YEAR need, checked before the regular expression runs: on most words it is not even close. */
const mayBeDay = (word: string) => word.length <= 2 && isDigitCode(word.charCodeAt(0));
const mayBeYear = (word: string) => word.length === 4 && isDigitCode(word.charCodeAt(0));

/** A year of the news' past or future: 1950–2039. */
const YEAR = /^(?:19[5-9]\d|20[0-3]\d)$/u;
/** The end of a span of years: "15" or "2015" of "2014–15", "2014–2015". */
const YEAR_END = /^(?:\d\d|19[5-9]\d|20[0-3]\d)$/u;
/** How many words a clause holding only a time may have ("В 2014–2015 годах,"). */
const SHORT_TIME_CLAUSE = 4;

/**
 * Whether a year told as a year (see `yearWords`) stands close to the cue in its clause: "destroyed by Russian bombs
 * in 2022", "в феврале 2022 года", "2014. gadā". Not a full date ("5 October 2025", "5 октября 2025 года"), nor a year
 * that is part of a name ("Zapad-2025": a capitalised word before it), nor one after a "since" that follows the cue.
 */
function yearNear(words: readonly Word[], first: number, last: number, marks: Uint8Array, cues: CompiledCues): boolean {
  const clause = words[first].clause;
  // A short clause of its own right before the cue's may hold the year: "В 2014–2015 годах, в Минске велись переговоры".
  const clauseStart = words.findIndex((w) => w.clause === clause);
  let yearClause = clauseStart > 0 && clauseStart - words.findIndex((w) => w.clause === clause - 1) <= SHORT_TIME_CLAUSE ? clause - 1 : clause;
  // "весной 2022 года, …, — тогда первые встречи прошли в Беларуси": "then" before the cue carries a year told in
  // any earlier clause of the sentence.
  let from = Math.max(0, first - VAGUE_FUTURE_REACH);
  for (let i = clauseStart; i < first; i++) if (cues.yearThen.matches(words, i)) (yearClause = 0), (from = 0);
  for (let i = from; i <= Math.min(words.length - 1, last + VAGUE_FUTURE_REACH); i++) {
    // "the third visit since he took office in 2023": after "since" the year dates the start, not the cue.
    if (i > last && marks[i] & MARK_HISTORY) break;
    if (words[i].clause > clause || words[i].clause < yearClause || !mayBeYear(words[i].lower) || !YEAR.test(words[i].lower)) continue;
    // A span of years ("the 2014–15 Minsk talks", "в 2014–2015 годах") is told as years.
    if (i + 1 < words.length && words[i + 1].start - words[i].end === 1 && YEAR_END.test(words[i + 1].lower) && !(i > 0 && cues.yearUntil.has(words[i - 1].lower))) return true;
    const own = words[i].clause;
    const before = i > 0 && words[i - 1].clause === own ? words[i - 1] : undefined;
    const after = i + 1 < words.length && words[i + 1].clause === own ? words[i + 1] : undefined;
    const monthBefore = before !== undefined && cues.timeWords.matches(words, i - 1);
    // "5 October 2025": a day before the month makes it a date; so does a day, or a month and a day, after the year's
    // word ("2026. gada 5. februārī", "2025 m. birželio 5 d."), but not a month alone ("2022. gada februāra beigās").
    if (monthBefore && i > 1 && /^\d{1,2}$/u.test(words[i - 2].lower)) continue;
    if (after !== undefined && cues.yearAfter.has(after.lower) && i + 2 < words.length && words[i + 2].clause === own && (DAY.test(words[i + 2].lower) || (cues.timeWords.matches(words, i + 2) && i + 3 < words.length && DAY.test(words[i + 3].lower)))) continue;
    if (before !== undefined && cues.yearUntil.has(before.lower)) continue;
    if (!monthBefore && before !== undefined && before.capitalised && i - 1 > 0 && !cues.yearBefore.has(before.lower)) continue;
    if (monthBefore || (before !== undefined && cues.yearBefore.has(before.lower)) || (after !== undefined && cues.yearAfter.has(after.lower))) return true;
  }
  return false;
}

/** Whether a verb of reacting stands in the cue's clause (bounded: a run-on sentence stays linear). */
function reactionNear(words: readonly Word[], first: number, last: number, marks: Uint8Array, verbFirst: boolean): boolean {
  const clause = words[first].clause;
  for (let i = first - 1; i >= Math.max(0, first - TOPIC_REACH) && words[i].clause === clause; i--) if (marks[i] & MARK_TOPIC) return true;
  for (let i = first - 1; i >= Math.max(0, first - REACTION_REACH) && words[i].clause === clause; i--) if (marks[i] & MARK_REACTION) return true;
  if (verbFirst) return false;
  for (let i = last + 1; i <= Math.min(words.length - 1, last + REACTION_REACH) && words[i].clause === clause; i++) if (marks[i] & MARK_REACTION) return true;
  return false;
}

/**
 * Where "since" stands earlier in the cue's clause, if it does. "Since Monday" ("seit Montag", "kopš pirmdienas",
 * "since 1 December") dates what is going on now: no history.
 */
function historyBefore(words: readonly Word[], cueFirst: number, marks: Uint8Array, cues: CompiledCues): number | undefined {
  for (let i = cueFirst - 1; i >= 0 && cueFirst - i <= REACH && words[i].clause === words[cueFirst].clause; i--) {
    if (marks[i] & MARK_HISTORY) return sinceATime(words, i, cues) ? undefined : i;
  }
  return undefined;
}

/** Whether a time word follows the "since" phrase at `since`, with at most a day's number between. */
function sinceATime(words: readonly Word[], since: number, cues: CompiledCues): boolean {
  // The phrase may be longer than a word ("з початку": "початку" is itself a time word, as in "на початку тижня").
  const phrase = cues.markers.matchAt(words, since).find((m) => m.value & MARK_HISTORY);
  let next = since + (phrase?.length ?? 1);
  if (next < words.length && DAY.test(words[next].lower)) next++;
  return next < words.length && cues.timeWords.matches(words, next);
}

/** The cue's type, unless a word of its clause gives it another ("sich … getroffen" is a meeting, not a hit). */
function retyped(words: readonly Word[], i: number, type: EventType, cues: CompiledCues): EventType {
  for (const rule of cues.retypedCues) {
    if (!rule.cue.matches(words, i)) continue;
    for (let j = 0; j < words.length; j++) if (words[j].clause === words[i].clause && rule.when.matches(words, j)) return rule.type;
  }
  return type;
}

/** A word a non-cue pattern covers, starting at it ("Angriffskrieg") or up to three words before ("news conference",
 *  "броят на военните учения"). */
function isNonCue(words: readonly Word[], i: number, cues: CompiledCues): boolean {
  if (cues.nonCues.matches(words, i)) return true;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (cues.nonCues.reaches(words, j, i)) return true;
  return false;
}

/** An English or German possessive ("Zelensky's", "Merz’"): a name that qualifies the event noun after it. */
const POSSESSIVE = /(?:['’]s|['’])$/u;

/**
 * Whether an "after / before / during" word stands just before the cue, looking through the places and
 * conjunctions that may sit between them ("pēc Krievijas un Baltkrievijas sarunām" = after the Russia–Belarus talks).
 */
function refersBack(words: readonly Word[], cueFirst: number, inPlaceName: Uint8Array, cues: CompiledCues): boolean {
  let counted = 0;
  let subjectBetween = false;
  for (let i = cueFirst - 1; i >= 0 && counted < ANAPHORIC_BEFORE && cueFirst - i <= REACH; i--) {
    if (words[i].clause !== words[cueFirst].clause) break;
    if (inPlaceName[i] || cues.conjunctions.matches(words, i)) continue;
    // "per naktį numušusi", "during the night … shot down": a time after the word, not an event told before.
    if (cues.anaphoric.matches(words, i)) return !(i + 1 < cueFirst && cues.timeWords.matches(words, i + 1)) && !subjectBetween;
    // "days after Trump hosted Putin in Anchorage": a name (not a possessive, "after Zelensky's talks") between the
    // word and the cue is the subject of a new event.
    if (words[i].capitalised && !POSSESSIVE.test(words[i].lower)) subjectBetween = true;
    counted++;
  }
  return false;
}

/**
 * Whether a negation stands close to the cue in its clause: "no strikes", "удари не е имало", "nie było ataków".
 * Looking back stops at an "after / during" word: in "no casualties after the strike" the "no" denies the casualties.
 */
function isNegated(words: readonly Word[], first: number, last: number, cues: CompiledCues): boolean {
  const clause = words[first].clause;
  let i = first - 1;
  for (; i >= Math.max(0, first - NEGATION_BEFORE) && words[i].clause === clause; i--) {
    if (cues.anaphoric.matches(words, i)) break;
    if (cues.negations.matches(words, i) && !cues.nonNegations.matches(words, i)) return true;
  }
  // "The Kremlin denied that it had attacked Kyiv", "Москва отрицает, что наносила удар": a denial just before the
  // "that" which opens the cue's clause denies what the clause tells.
  const opener = i >= 0 && words[i].clause !== clause ? i + 1 : -1;
  if (opener >= 0 && opener <= first && cues.clauseOpeners.matches(words, opener) && !cues.whereWords.matches(words, opener)) {
    for (let j = opener - 1; j >= Math.max(0, opener - 3) && words[j].clause === words[opener - 1].clause; j--) {
      if (cues.negations.matches(words, j) && !cues.nonNegations.matches(words, j)) return true;
    }
  }
  for (let j = first - 1; j >= Math.max(0, first - DENIAL_BEFORE); j--) if (cues.cancellingVerbs.matches(words, j)) return true;
  if (refutedReport(words, first, last, cues)) return true;
  for (let i = last + 1; i <= Math.min(words.length - 1, last + (cues.negationReachAfter ?? NEGATION_AFTER)) && words[i].clause === clause; i++) {
    // "caused no casualties": after the cue, a negation of a noun denies that noun, not the event.
    if (cues.negations.matches(words, i) && !cues.nounNegations.matches(words, i) && !cues.nonNegations.matches(words, i)) return true;
  }
  return false;
}
