// Event classification: which strikes, meetings and exercises a text reports, and where each one happens.
//
// The rule, per sentence (cue words and the little grammar they need come from the language's `events` section):
//  1. Cues. Every word matching a cue pattern of an event type is a cue, unless it is part of a place name.
//     A cue with a negation close to it in its clause ("no strikes", "удари не е имало", "nav notikušas") is
//     dropped: denied events are not events. So is a cue right after "since" (history: "since the Russian attack
//     on Ukraine in 2022", but not "since Monday"), a cue in a yes/no question ("Ar … atvyks į Vilnių?"), and a
//     meeting or exercise in a sentence that says no date is set ("termin nie został ustalony"). A sentence about
//     the war in general ("regularly", "increasingly", and for strikes "continue") places its events at no country
//     and does not continue the story (step 5). A cue that a verb of reacting or
//     talking governs ("Merz verurteilte den Angriff", "to discuss the drills") refers to an event told elsewhere:
//     it takes only a scene right after it and adds no event of its own. A sentence with no cue, right after one
//     that told an event, may go on with it through a verb such as "will take place" (continuationVerbs; not right
//     after a relative word, "what is happening near Kharkiv", nor in a question), or by counting on ("20 — над
//     Брянской областью, 12 — над Курской").
//  2. The roles of the places (placeRole.ts): scene (a preposition of place governs it, or a locative case),
//     elsewhere (from / with / about; a dateline; the owner of a weapon, "Krievijas droni"; a list or a larger place
//     that follows a source), qualifier (a genitive before a noun) or bare.
//  3. Its place, in its own clause (clauses end at commas, quotes, dashes … and at words such as "that", "which",
//     "when", "but"; a list of places stays one clause). A place can be the scene of the event when its role is
//     scene, or when it is the cue's object, right after it ("Russia struck Kharkiv"), or right before it in a
//     passive ("Kharkiv was shelled"), or a town that opens the clause ("Ізмаїл і Рені росіяни атакували"), or in
//     languages that put objects there (Latvian "Minsku apmeklēja"). The cue takes the first such place after it,
//     otherwise the nearest one before it, never looking past a cue of another type: in
//     "landed in Minsk, hours after drones were launched against Kyiv" the meeting takes Minsk, the strike Kyiv.
//     Places joined to the chosen one by "and", ",", "including" share its event ("strikes on Kharkiv and Odesa"),
//     and so do the place that locates it ("Шебекино в Белгородской области"), the region of its city named in the
//     sentence ("На Дніпропетровщині … обстрілу Нікополя", not in an official's title), the country that owns the
//     region ("in Ukraine's Poltava region"), for drills and visits the country named as the scene, and the clauses
//     that go on counting ("41 über dem Gebiet Saratow, die übrigen über …") or listing what was hit ("станции в
//     Конотопе, депо в Нежине, подстанции под Шосткой"). A relative clause after the event
//     noun tells where it is ("учение на НАТО, което ще продължи … на територията на България").
//  4. A cue that refers back to an event already told ("after the talks", "during the visit") only takes a
//     place right after it ("after the talks in Vilnius") or a scene place before it in its clause ("Kyjivo
//     srityje po smūgio …"); otherwise it goes to step 6. (Steps 3 and 4: placeInClause.ts; cues: findCues.ts.)
//  5. A cue whose clause names no place (placeInSentence.ts, placeInClause.ts): a clause opened by "where" happens
//     at the place named just before it; otherwise the nearest scene of an earlier clause of the same sentence
//     without a cue of its own ("In Kharkiv, according to the mayor, explosions were heard"; not a capital where
//     someone speaks, "У Мінську запевняють, що …"), the local official's city named where the report is
//     attributed ("…, officials in Kharkiv said"), the scene a later clause sets near its start ("40 drones were
//     shot down, most of them over the Sumy region"), the place another cue of its type has in the sentence, and
//     last a city or region that qualifies the speaker ("Губернатор Курской области сообщил, что …"). A region named
//     only in such a title gives way to the towns inside it that the sentence before, in the same paragraph, named.
//     An exercise placed at a border is also in the country that holds it, when that country is the subject
//     ("Польща розпочала навчання біля кордону з Білоруссю"): see `subjectHosts` in eventTypes.ts.
//  6. Otherwise the sentence continues the story: the cue inherits the place(s) of the last event of its type in
//     the article ("Не се казва къде се провеждат ученията" after "учения в Беларус"). A first event told without
//     any place is left out: a wrong place on the map is worse than none.
import type { Article, EventType, Mention, Passage, SituationEvent } from '../types';
import { LANGUAGES } from '../languages';
import { compileCues } from './compiledCues';
import { bordersTakeTheirSides, isDateline, isDistanceReference, listsShareSource, locatingPlacesShareRole, ownersOfWeapons, placeRole, postsOfEnvoys, shareQualifierAcrossLists, shareSceneAlongLists } from './placeRole';
import { splitWords } from './words';
import { holds, type Cue, type PlaceFacts, type PlaceInText } from './model';
import { cueHits, findCues } from './findCues';
import { groupByPassage, joinsPlaces, locatePlaces, openClauses } from './sentenceWords';
import { namesOtherScene, withLocatedTowns, placesInClause, sceneInLaterClause, titleRegionGivesWay, withCounted, withEnclosingRegions, withIncluded, withParallelObjects } from './placeInClause';
import { placeBeforeRelative, placeBeforeWhere, placeInReport, sceneAfterWhere, sceneInEarlierClause, subjectAcrossApposition } from './placeInSentence';
import { withOwnCountry } from './ownCountry';

export type { KindOf, PlaceFacts } from './model';

/** Without a gazetteer at hand: the kind is the id's prefix (`country:BY`), parents are unknown. */
const FACTS_FROM_IDS: PlaceFacts = {
  kindOf: (place) => place.slice(0, Math.max(0, place.indexOf(':'))) || undefined,
  parentOf: () => undefined,
  isCapital: () => false,
  countriesOf: (place) => (place.startsWith('country:') ? [place.slice('country:'.length)] : place.startsWith('border:') ? place.slice('border:'.length).split('-') : []),
};

/** A sentence that ends with a question mark (and perhaps a closing quote). */
function isQuestion(text: string, passage: Passage): boolean {
  let i = passage.end - 1;
  while (i > passage.start && /[\s"»”’')]/u.test(text[i])) i--;
  return text[i] === '?';
}

/** A sentence that opens with a number, after an opening quote or bracket: it may go on counting an event. */
const COUNT_FIRST = /^[\s«"„“”(]*\p{N}/u;

export function classifyArticleEvents(article: Article, passages: readonly Passage[], mentions: readonly Mention[], facts: PlaceFacts = FACTS_FROM_IDS): SituationEvent[] {
  const { kindOf } = facts;
  const cues = compileCues(LANGUAGES[article.lang].events, LANGUAGES[article.lang].inflection.borderWith);
  const capitalisedNouns = LANGUAGES[article.lang].inflection.capitalisedNouns === true;
  const byPassage = groupByPassage(mentions);
  const events: SituationEvent[] = [];
  /** Places of the latest event of each type: what a placeless sentence continuing the story refers to. */
  const lastPlaces = new Map<EventType, string[]>();
  /** Every place an event of each type has had so far in the article. */
  const eventPlaces = new Map<EventType, Set<string>>();

  // Lower-case the article once (not word by word), unless that changes its length (a few special capitals do).
  const lowered = article.text.toLowerCase();
  const lower = lowered.length === article.text.length ? lowered : undefined;
  const hits = cueHits(article.text, lower, cues);
  let h = 0;
  /** The type of the latest event told, and the index and paragraph of its passage. */
  let lastEvent: { type: EventType; passage: number; paragraph: number } | undefined;
  /** The places named in the sentence before this one, when it is in the same paragraph (see `titleRegionGivesWay`). */
  let placesBefore: string[] = [];
  let previous: { paragraph: number; places: string[] } | undefined;
  for (const [passageIndex, passage] of passages.entries()) {
    placesBefore = previous !== undefined && previous.paragraph === passage.paragraph ? previous.places : [];
    previous = { paragraph: passage.paragraph, places: (byPassage.get(passage.id) ?? []).map((m) => m.place) };
    while (h < hits.length && hits[h] < passage.start) h++;
    // The story's latest event goes on in the sentence right after the one that told it, or in its paragraph.
    // … but a question does not go on telling it: "Kas ar šo ieceri notika?" (what became of the plan?).
    const question = isQuestion(article.text, passage);
    const goingOn = lastEvent !== undefined && (lastEvent.passage >= passageIndex - 1 || lastEvent.paragraph === passage.paragraph) && !question ? lastEvent.type : undefined;
    // No cue can start in this sentence, unless it goes on counting the latest event ("20 — над …", see findCues.ts).
    if ((h >= hits.length || hits[h] >= passage.end) && (goingOn === undefined || !COUNT_FIRST.test(article.text.slice(passage.start, passage.start + 8)))) continue;
    const inPassage = byPassage.get(passage.id) ?? [];
    const words = splitWords(article.text, passage.start, passage.end, joinsPlaces(article.text, inPassage, cues.conjunctionWords), lower);
    openClauses(words, cues);
    const spans = locatePlaces(words, inPassage);
    // "Ar Moldovos prezidentė atvyks į Vilnių?": a yes/no question asks, and tells no event.
    if (question && words.length > 0 && cues.questionWords.matches(words, 0)) continue;
    const found = findCues(words, spans, cues, hits, h, goingOn);
    if (found.length === 0) continue; // most sentences tell no event: nothing more to work out
    const owner = new Int32Array(words.length).fill(-1); // which place (index) or cue (-2) a word belongs to
    for (const c of found) owner.fill(-2, c.first, c.last + 1);
    spans.forEach((p, k) => owner.fill(k, p.first, p.last + 1));
    const clauseHasOtherWords = new Uint8Array(words[words.length - 1].clause + 1);
    for (let i = 0; i < words.length; i++) if (owner[i] < 0) clauseHasOtherWords[words[i].clause] = 1;
    const places = spans as PlaceInText[];
    // The place whose role is being worked out, for the two tests below (made once per sentence, not once per place).
    let current = -1;
    const isBarrier = (i: number) => owner[i] !== -1 && owner[i] !== current;
    const isOtherPlace = (i: number) => owner[i] >= 0 && owner[i] !== current;
    for (const p of places) {
      current++;
      p.role = placeRole(words, p.first, p.last, cues, isBarrier, capitalisedNouns, isOtherPlace);
      // "Russia, which has kept troops there, criticised the drills": a relative clause after it makes it a subject, not a headline.
      const relativeAfter = p.last + 1 < words.length && words[p.last + 1].clause !== p.clause && cues.clauseOpeners.matches(words, p.last + 1);
      p.alone = clauseHasOtherWords[p.clause] === 0 && !relativeAfter;
      // A dateline ("KYIV, Ukraine (AP) —", "ВАРШАВА, 5 юни 2024 г.") tells where the report was filed, not where
      // anything happened: never the scene of an event.
      if (isDateline(article.text, words, p)) (p.role = 'elsewhere'), (p.alone = false);
      else if (kindOf(p.place) !== 'border' && isDistanceReference(words, p, cues)) p.role = 'elsewhere';
    }
    ownersOfWeapons(places, words, cues);
    postsOfEnvoys(places, words, cues, (i) => owner[i] >= 0, (place) => kindOf(place) === 'country');
    listsShareSource(places, words, cues);
    locatingPlacesShareRole(places, words, cues, (larger, smaller) => holds(facts, larger, smaller));
    shareQualifierAcrossLists(places, words, cues);
    shareSceneAlongLists(places, words, cues);
    bordersTakeTheirSides(places, (i) => owner[i] === -2, (i) => cues.prepositions.matchAt(words, i).some((m) => m.value));
    // Each type and place is told once per sentence: the sentence's events so far are the last few of `events`.
    const firstOfSentence = events.length;
    const emit = (cue: Cue, place: string) => {
      for (let e = firstOfSentence; e < events.length; e++) if (events[e].type === cue.type && events[e].place === place) return;
      events.push({ type: cue.type, place, article: article.id, passage: passage.id, cue: cue.text });
      const told = eventPlaces.get(cue.type) ?? new Set<string>();
      eventPlaces.set(cue.type, told.add(place));
    };

    const clausesWithCues = new Set(found.map((c) => c.clause));
    /** Places of the events of each type told so far in this sentence. */
    const inSentence = new Map<EventType, string[]>();
    /** The same, per clause (`type|clause`). */
    const inClauseBefore = new Map<string, string[]>();
    const placeless: Cue[] = [];
    for (const cue of found) {
      if (cue.negated || cue.history) continue;
      const clauseKey = `${cue.type}|${cue.clause}`;
      let chosen = cue.anaphoric ? [] : placeBeforeWhere(cue, places, words, cues);
      if (chosen.length === 0) chosen = placesInClause(cue, places, found, words, cues, clausesWithCues, facts, article.text);
      if (chosen.length === 0 && !cue.reaction) chosen = placeBeforeRelative(cue, places, words, cues, kindOf);
      if (chosen.length === 0 && !cue.reaction && !cue.anaphoric) chosen = subjectAcrossApposition(cue, places, words, cues, kindOf);
      // A cue of the same type earlier in its clause has told where: "has been hit repeatedly by guided aerial bombs".
      if (chosen.length === 0 && !cue.reaction) chosen = inClauseBefore.get(clauseKey) ?? [];
      // A cue that refers back ("внаслідок удару", "after the strike") still belongs to a headline's place ("Харків: …").
      if (chosen.length === 0 && !cue.reaction) {
        chosen = sceneInEarlierClause(cue, places, words, clausesWithCues, kindOf, facts.isCapital, article.text, cues, cue.anaphoric, false);
        // "Латвія, у сваю чаргу, пачала вучэнні на ўсходзе краіны, каля мяжы з Беларуссю": the subject before and the
        // scene the sentence adds after the cue's own clause.
        if (chosen.length > 0 && !cue.anaphoric) chosen = [...chosen, ...sceneInLaterClause(cue, places, words, cues, clausesWithCues, article.text).filter((p) => !chosen.includes(p))];
      }
      const clauseNamesPlace = places.some((p) => p.clause === cue.clause);
      // A general statement ("целями подобных ударов являются …") is not told where its speaker is.
      if (chosen.length === 0 && !cue.anaphoric && !cue.general && !clauseNamesPlace) chosen = placeInReport(cue, places, words, clausesWithCues, cues, kindOf, article.text);
      if (chosen.length === 0 && !cue.anaphoric) chosen = sceneInLaterClause(cue, places, words, cues, clausesWithCues, article.text);
      // A cue of the same type earlier in the sentence has told where ("ударили по Донецку: … погиб один человек")
      // before the speaker's title would ("глава … Донецкой области заявил").
      if (chosen.length === 0 && !cue.reaction) chosen = inSentence.get(cue.type) ?? [];
      if (chosen.length === 0 && !cue.reaction) chosen = sceneInEarlierClause(cue, places, words, clausesWithCues, kindOf, facts.isCapital, article.text, cues, cue.anaphoric, !cue.general);
      // The title's region gives way to a town inside it that the sentence or the one before names, or where the
      // article has told an event of the type: "Ryazan Oblast Governor Pavel Malkov said debris … had started a fire".
      chosen = titleRegionGivesWay(chosen, places, words, cues, facts, () => [...placesBefore, ...places.map((p) => p.place), ...(eventPlaces.get(cue.type) ?? [])]);
      chosen = withOwnCountry(chosen, cue, places, words, cues, clausesWithCues, facts);
      if (chosen.length > 0) chosen = withEnclosingRegions(withLocatedTowns(chosen, places, words, cues, facts), places, cue.clause, facts, clausesWithCues, words, cues, cue.type);
      if (chosen.length > 0) chosen = withIncluded(chosen, places, words, cues, clausesWithCues);
      if (chosen.length > 0) chosen = withCounted(chosen, cue, places, words, cues, clausesWithCues);
      if (chosen.length > 0) chosen = withParallelObjects(chosen, places, words, cues, clausesWithCues);
      if (chosen.length > 0) chosen = [...chosen, ...sceneAfterWhere(chosen, cue, places, words, cues, clausesWithCues)];
      // "Russia continues to attack ports in southern Ukraine": the war in general is no event in a country.
      if (cue.general) chosen = chosen.filter((place) => kindOf(place) !== 'country');
      // A cue still without a place waits for the rest of its sentence: "dziewięć osób zginęło, a ponad 40 zostało
      // rannych w ataku na Charków" is in Kharkiv. A reaction only refers to an event told before: it adds none.
      if (chosen.length === 0) {
        // "Polish troops held exercises near the Suwałki Gap": a scene the gazetteer does not hold is no place on the map,
        // and not the story's latest one either.
        if (!cue.general && !cue.reaction && !(cue.anaphoric === false && namesOtherScene(cue, places, words, cues))) placeless.push(cue);
        continue;
      }
      for (const place of chosen) emit(cue, place);
      inSentence.set(cue.type, chosen);
      if (!inClauseBefore.has(clauseKey)) inClauseBefore.set(clauseKey, chosen);
      lastEvent = { type: cue.type, passage: passageIndex, paragraph: passage.paragraph };
    }
    // Step 5: a placeless cue takes the place of its type told in its sentence, else the story's latest.
    // (`lastPlaces` still holds the story's places from before this sentence: it takes this sentence's only below.)
    for (const cue of placeless) {
      // One that refers back ("after the talks") means the event told before this sentence.
      const chosen = (cue.anaphoric ? lastPlaces.get(cue.type) ?? inSentence.get(cue.type) : inSentence.get(cue.type) ?? lastPlaces.get(cue.type)) ?? [];
      for (const place of chosen) emit(cue, place);
      if (chosen.length > 0) lastEvent = { type: cue.type, passage: passageIndex, paragraph: passage.paragraph };
    }
    for (const [type, chosen] of inSentence) lastPlaces.set(type, chosen);
  }
  return events;
}

