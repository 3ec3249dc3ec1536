// The shape of one language's entry in the registry. Adding a language = adding one file that
// exports a LanguageProfile and listing it in `index.ts`. Nothing else in the code branches on language.
import type { EventType, LanguageCode } from '../types';

/**
 * One declension pattern: a name whose dictionary form ends in `base` takes one of `forms` in running text
 * (Russian `а` → Москва, Москвы, Москве, Москву, Москвой). The longest `base` a name ends with picks its pattern
 * (several patterns with that base add up); the pattern with `base: ''` is the default. The recogniser cuts
 * endings off running-text words; it never lists inflected names.
 */
export interface Paradigm { base: string; forms: string[] }

/** A stem-final sound change before some endings (Ukrainian Рига → Ризі: `г` → `з` before `і`). */
export interface Alternation { from: string; to: string; forms: string[] }

/**
 * How the language inflects place names and the little grammar around them; read by the toponym recogniser
 * (`core/recognise`). All words lower-case; the recogniser spells them as it spells text (ё as е, ў as у).
 */
export interface InflectionRules {
  /** Declension patterns of place names, by the ending of the dictionary form. */
  paradigms: Paradigm[];
  /** Stem-final alternations (palatalisation) before some endings. */
  alternations?: Alternation[];
  /**
   * Lower-cased words that look like names when capitalised but are never places here: first names that are also
   * towns (Volodymyr: the town is given up), titles, buildings used as metonyms (Kremlin), common nouns.
   */
  stopForms: string[];
  /** Generic words of a region name in dictionary form (область, oblast, obwód, apgabals). Any of them stands for any other. */
  regionWords: string[];
  /**
   * Plural forms of the region words that no singular form shares (областями, sričių, Gebieten, regions). Next to a
   * list of names they make every name of the list a region: "над Брянской, Курской и Белгородской областями",
   * "virš Poltavos, Sumų ir Kyjivo sričių", "über den Gebieten Brjansk, Kursk und Woronesch".
   */
  regionWordPlurals?: string[];
  /**
   * Endings of a name in the genitive, where a singular region word after a list of such names closed by "and" is
   * shared by the whole list (Latvian "virs Harkivas, Sumu un Poltavas apgabala": three regions). Without them only a
   * member that is a region already (a name no town has) takes the region word.
   */
  regionListGenitiveEndings?: string[];
  /**
   * Region nouns derived from the name of the region's centre (Ukrainian Київщина = Kyiv Oblast): the derivational
   * suffixes, tried on the stem left after removing a case ending, and the adjective suffixes that give the same
   * root from the region's own name (Київська область → київ).
   */
  regionNouns?: { suffixes: string[]; endings: string[]; adjectiveSuffixes: string[] };
  /**
   * Words for natural or other features (river, strait, corridor, gap) that, next to a name, make it the name of
   * that feature rather than of the place (the Dnipro River, the Suwałki Gap, река Днепр). Dictionary forms.
   */
  featureWords: string[];
  /** Words linking a feature word to the name after it ("the Sea of Azov", "Gulf of Finland"). */
  featureLinks?: string[];
  /**
   * Nouns that a town's name may qualify as an adjective when the name is one (Приморський, Чорноморське,
   * Советский): "у Приморському районі", "Чорноморського флоту" name a district and a fleet, not the town. Only an
   * inflected name right before one of them is read so. Dictionary forms.
   */
  adjectiveHeads?: string[];
  /**
   * Nouns for a town's district (rajons, apkaime): in languages whose genitive stands first, a capitalised word between
   * a town's name and one of them names a district of the town ("Kijivas Darnicas rajonā"), not a surname after a
   * first name. Dictionary forms.
   */
  districtWords?: string[];
  /** "and": in "the Kyiv and Lviv regions" the region word after the last name turns every name into its region. */
  conjunctions: string[];
  /**
   * Words for a state border, dictionary form, inflected by the paradigms (граница, robeža, Grenze). Compounds such
   * as Grenzschutz or robežsargi (border guards) are deliberately not border words.
   */
  borderWords: string[];
  /**
   * Plural forms of the border words that no singular form shares (borders, границ, sienų, Grenzen). After names or
   * adjectives of countries they say that each is a far side of its own border, the near side left unsaid: "near the
   * Polish and Lithuanian borders" (of Belarus) is two borders, not the Lithuania–Poland one.
   */
  borderWordPlurals?: string[];
  /** Small words that may stand between a border word and the countries it names (на, with, z, and, between, the). */
  borderLinks: string[];
  /**
   * The links meaning "with" (с, with, z, ar): right after a border word they say that the countries that follow
   * are the far side and the near side is left unsaid ("на границе с Польшей" = the border of the country in question).
   */
  borderWith: string[];
  /**
   * Stems of country adjectives and demonyms (`белорусск` → BY, `french` → FR), matched at word starts. They never
   * make a mention; they name the sides of a border ("białorusko-ukraińskiej granicy") and give context for resolving
   * homonyms ("the French navy … Brest").
   */
  countryAdjectives: Record<string, string>;
  /** True when ordinary nouns are capitalised too (German): a capital letter then says nothing about a name. */
  capitalisedNouns?: boolean;
  /**
   * Titles of a region's head that follow the name in the language ("Rostov Governor Yuri Slyusar", "the Belgorod
   * governor"): a regional centre's name right before one stands for its region.
   */
  regionHeadTitles?: string[];
  /**
   * True when a town's name directly followed by a capitalised non-place word in the same case is a first name and
   * surname (Владимиром Путиным, Vladimirs Putins). Needs case endings and lower-case nouns.
   */
  surnameAgreement?: boolean;
  /**
   * Nouns that, capitalised right after a place's name (one more capitalised word may stand between), make the name
   * part of an organisation's ("Ventspils University", "Kyiv National University"): no place mention.
   */
  organisationNouns?: string[];
}

/**
 * Words that signal an event type in this language and the small grammar the event classifier needs to tie an
 * event to the place where it happens; read by `core/events`. Every list holds patterns matched case-insensitively
 * against whole words of the text:
 *   `word`    the whole word only (`hit`, `не`);
 *   `stem*`   any word starting with the stem (`удар*` = удар, удари, ударите);
 *   `*part*`  any word containing it (German compounds: `*angriff*` = Luftangriff, Drohnenangriffe);
 *   `#`       a number written in digits (`raidīja # dron*` = raidīja 86 dronus), never the first part;
 *   `a b`     consecutive words, each part following the same rules (`made in`, `произвед* в`).
 */
export interface EventCues {
  /** Cue patterns per event type ("удар*", "meet*", "ćwicze*"). */
  cues: Record<EventType, string[]>;
  /**
   * Letters a word may begin with instead of the one written in the lists: Belarusian writes у as ў after a vowel
   * ("нанеслі ўдар", "ва ўмовах"), so every word of every list that begins with у also matches with ў.
   */
  initialVariants?: [written: string, variant: string][];
  /**
   * Words a cue pattern would match that name no event ("Angriffskrieg", war of aggression, matched by `*angriff*`):
   * patterns in the same syntax, checked before the cues.
   */
  nonCues?: string[];
  /** Words that deny or negate an event when they stand close to its cue in the same clause ("no", "не", "kein*"). */
  negations: string[];
  /**
   * Verbs of denying ("denied", "опроверг", "paneigė"): an event told within a few words after one, even across a
   * clause ("denied social media reports of explosions in the city", "опроверг сообщения о том, что … прошла
   * встреча"), did not happen.
   */
  denialVerbs?: string[];
  /**
   * A report told as hearsay and called false later in its sentence: `reports` are the nouns that introduce it
   * ("Сообщения … о попадании", "reports of an attack"), `refutations` the words that call it false ("назвали
   * недостоверными", "«не соответствующими действительности»", "as false"). A cue a few words after such a noun,
   * with a refutation after it in the sentence, did not happen.
   */
  refutedReports?: { reports: string[]; refutations: string[] };
  /**
   * Auxiliaries of the perfect in verb-last languages ("hat", "haben"): a place shortly after one, in a clause that a
   * participle cue closes, is its object however long the adverbials between ("Russland hat die Ukraine in der Nacht
   * zum Dienstag mit Dutzenden Raketen und Hunderten Drohnen angegriffen"). In any language they may also open a
   * passive after an apposition ("The city of Kharkiv, close to the border, has been hit").
   */
  perfectAuxiliaries?: string[];
  /**
   * Verbs of planning or intending ("plans to", "намерены", "planuoja"): like denialVerbs, the event told within a few
   * words after one, even across a clause, has not happened ("В 2027 году стороны намерены провести на территории
   * России и Белоруссии стратегические учения").
   */
  /**
   * Words that make what follows them conditional ("if", "если", "jeśli"): an event told within a few words after one
   * is hypothetical, like one after a verb of intending ("Jeśli dojdzie do zawieszenia broni, … zorganizować w Wilnie
   * konferencję"). Only words that mean "if" and nothing else ("калі" is also "when", "wenn" too).
   */
  conditionals?: string[];
  /**
   * Words that open a yes/no question ("Ar …?", "Vai …?", "Czy …?", "Will …?"): a question so opened asks whether
   * something happens and tells no event ("Ar Moldovos prezidentė atvyks į Vilnių?").
   */
  questionWords?: string[];
  intentionVerbs?: string[];
  /** Prepositions that put the following place at the scene: in, at, on, over, near, against, to. */
  locatives: string[];
  /** Words that make the following place a source, partner, origin, home base or topic, never the scene: from, with, made in, stationed in, about. */
  nonLocatives: string[];
  /** Words just before a cue that make it refer back to an event already told ("after the talks", "during the visit"). */
  anaphoric: string[];
  /** Words that join places into a list ("Kharkiv and Odesa"): an event at the first place is at the others too. */
  conjunctions: string[];
  /**
   * Conjunctions that join two clauses, not a list ("…, а Нежин атаковали"): a place right after one still opens
   * its clause.
   */
  contrastiveConjunctions?: string[];
  /**
   * Verbs that attribute a report ("said", "сообщил", "paziņoja"): a local official or place named in the clause
   * that follows an event ("…, officials in Kharkiv said", "…, сообщил мэр Харькова") tells where it happened.
   */
  reportingVerbs: string[];
  /**
   * Words of a passive or "came under" construction between a place and the cue after it ("Kharkiv was shelled",
   * "Харьков подвергся обстрелу"): the place is then what the event happened to, not its actor.
   */
  passiveMarkers: string[];
  /** Common nouns that may stand between a cue and the name of its place ("attacked the city of Kharkiv", "обстреляли город Харьков"). */
  placeNouns: string[];
  /** Words that open a new clause without punctuation (that, which, where, when, but, if): a cue does not reach across them. */
  clauseOpeners: string[];
  /** Relative "where" words: a clause they open happens at the place named just before it ("in Kaliningrad, where Russia held drills"). */
  whereWords: string[];
  /**
   * Whether a bare place right before a cue can be its object: `any` in languages whose word order is free and marked
   * by case (Latvian "Minsku apmeklēja", "Baltkrieviju apmeklēja ministrs"); `notFirst` where the verb comes second or
   * last, so that the first phrase of the clause is its subject (German "Russland griff …", but "… Charkiw
   * angegriffen"). Absent: such a place is the actor or a genitive of the actor ("Москва определи ученията",
   * "premier Ukrainy spotkał").
   */
  placeBeforeCue?: 'any' | 'notFirst';
  /**
   * With `placeBeforeCue: 'any'`: the case endings of an object (accusative: Latvian "Rīgu", Lithuanian "Kyjivą").
   * A place right before the cue in another case is its subject ("Krievija uzbruka …", "Rusija apšaudė …").
   */
  objectEndings?: string[];
  /**
   * Words that, before a place right before a cue, make the place a noun adjunct naming where it happened ("the
   * Vilnius summit", "a deadly Kharkiv strike") rather than the actor ("Russia attacked"): English-style compounds.
   */
  adjunctDeterminers?: string[];
  /**
   * Cue words whose type depends on a word elsewhere in their clause: German "getroffen" is "hit", but with the
   * reflexive "sich" in the clause ("hatten sich die Minister in Warschau getroffen") it is "met". Each entry: the cue
   * pattern, the type it takes instead, and the words (patterns) that make it so.
   */
  retypedCues?: { cue: string; type: EventType; when: string[] }[];
  /**
   * Separable verbs whose finite part alone says too little ("kamen", "findet"): a cue only with their particle later in
   * the clause ("Die Außenminister kamen in Riga zusammen", "Der Hauptteil findet bei Suwałki statt"). With a type they
   * are a cue of it; without one they go on with the latest event, as `continuationVerbs` do.
   */
  separableVerbs?: { forms: string[]; particle: string; type?: EventType }[];
  /**
   * How many words after a cue a negation still denies it, where the language puts it further than the default four:
   * German closes its clause with "nicht" and the participle ("Einschläge wurden aus der Hauptstadt jedoch nicht gemeldet").
   */
  negationReachAfter?: number;
  /**
   * Phrases that begin with a negation word but deny nothing ("не менее пяти" = at least five, "not only", "ne kartą" =
   * more than once): patterns in the cue syntax, matched where the negation word stands.
   */
  nonNegations?: string[];
  /**
   * Words that make a sentence a statement about the war in general rather than a report of one event ("continue",
   * "repeatedly", "regularly", "increasingly", "продолжает", "immer wieder"): "Russia continues to attack ports in
   * southern Ukraine", "Атаки на приграничные регионы России участились". Its events happen at no country (a city
   * attacked repeatedly is still on the map), and a sentence of this kind that names no place does not continue the
   * story told before it.
   */
  backgroundWords?: string[];
  /**
   * Verbs of reacting to an event (condemn, criticise, call, comment, watch): a cue they govern, close to it in its
   * clause, refers to an event told elsewhere, and the places around the verb are where the reaction happens ("In
   * Berlin verurteilte Merz den Angriff", "Die Regierung in Minsk kritisierte die Übung"). Such a cue takes only a
   * scene right after it ("condemned the attack on Kyiv"), otherwise the place of the story's event.
   */
  reactionVerbs?: string[];
  /**
   * True where a verb of reacting stands before what it reacts to ("condemned the attack"): one after a cue does not
   * govern it ("a fuel depot caught fire after what the governor called a drone attack").
   */
  reactionVerbFirst?: boolean;
  /**
   * Words that stand right before a year ("in 2022", "в 2022 году", "seit 2014") or right after it ("2022 m.", "2022.
   * gadā", "w 2022 roku"): a year told so, close to a cue in its clause, is not the news of the day. News give no
   * year for what happened today; "the power plant was destroyed by Russian bombs in 2022" is history, "joint drills
   * in 2026" a plan. A full date ("5 October 2025", "2026. gada 5. februārī") and a year in a name ("Zapad-2025")
   * are not such years, nor a deadline after `until` ("pledged to spend 5% by 2035", "iki 2035 metų"). `then`: words
   * for "at that time" that carry a year told earlier in the sentence to the cue after them ("весной 2022 года, … —
   * тогда первые встречи делегаций прошли в Беларуси").
   */
  yearWords?: { before: string[]; after: string[]; until: string[]; then?: string[] };
  /**
   * Phrases that place the event in a country named before them without naming it again ("на востоке страны", "in the
   * west of the country", "valsts austrumos", "im Osten des Landes"): in "Литва начала собственные учения на востоке
   * страны" the drills are in Lithuania, though the subject alone would not say so. Used for event types whose
   * subject hosts them (see `eventTypes.ts`): a striking country's "east of the country" is its target's.
   */
  ownCountryPhrases?: string[];
  /**
   * Verbs of talking about something (discuss, обсудить, apspriest): a cue within three words after one is the topic of
   * the talk ("ambassadors will meet in Brussels to discuss the drills"), treated as a reaction.
   */
  topicVerbs?: string[];
  /**
   * Words that open a clause adding members to the list of places before it ("including", "в том числе", "tostarp"):
   * "… in several western regions of Russia, including the Kaliningrad region" puts the event there too.
   */
  inclusionWords?: string[];
  /**
   * Comparisons whose words include a clause opener that opens no clause ("mehr als", "as many as"): in "hat Odessa
   * und Saporischschja mit mehr als 120 Drohnen angegriffen" the cue stays in the clause of its places.
   */
  comparisons?: string[];
  /**
   * Verbs that go on telling the story's latest event without naming it ("the main activities will take place in
   * Daugavpils", "Основната част ще се проведе край Варна"): in a sentence with no cue of its own, right after a
   * sentence that told an event, they are a cue of that event's type. The first word of each must be rare: every
   * sentence holding it is read word by word ("will be held" would send nearly every English sentence there).
   */
  continuationVerbs?: string[];
  /**
   * Verbs that go on telling the latest event only when it is of one type, in the same way: troops that deploy, march
   * or are moved somewhere right after a sentence about drills do so in the drills ("units deployed around Daugavpils
   * and Rēzekne", "развертываются … под Мозырем"); after a strike they tell nothing of it.
   */
  continuationVerbsByType?: Partial<Record<EventType, string[]>>;
  /**
   * Verbs of agreeing ("agreed", "договорились", "vienojās", "susitarė"): an agreement is reached at a meeting, so they
   * are meeting cues, but what follows them is what was agreed ("agreed on joint production in Ukraine"): like a cue
   * that refers back, one takes only a place right after it ("agreed in Riga") or a scene before it in its clause
   * ("Rygoje susitarė"), and otherwise the meeting told before.
   */
  agreementVerbs?: string[];
  /**
   * Words for a date (date, Termin, срок, termin): a clause that denies one ("…, but no date has been set", "дата
   * визита пока не определена") makes the meetings and exercises of its sentence planned, not events.
   */
  dateWords?: string[];
  /**
   * Times that only the future has and that fix no date ("in the coming weeks", "next year", "в ближайшие недели",
   * "nākamgad"): a meeting or exercise told with one close to it is planned, not an event (a date and a place make
   * it one: "ministers will meet in Brussels on Wednesday").
   */
  vagueFutureWords?: string[];
  /**
   * "Does not rule out" (не исключено, nie wyklucza, neizslēdz, schließt nicht aus): what the sentence tells after
   * it is only possible ("не исключают, что в ответ проведут собственные учения"), not an event.
   */
  possibilityWords?: string[];
  /**
   * Nouns for those who strike (drones, artillery, troops). In languages whose genitive stands before its noun, a
   * country in the genitive before one, after a cue, owns the weapon ("apšaudīja Krievijas artilērija", "Russia's
   * drones"): it is the actor, not the target. In every language, weapons named between a verb and its object do
   * not keep the object from the verb ("обстреляли из артиллерии и дронами Никополь").
   */
  actorNouns?: string[];
  /**
   * Words that, like a number, open a clause counting off more of the same event without its verb: "23 wurden über
   * dem Gebiet Rjasan abgefangen, 41 über dem Gebiet Saratow, die übrigen über den Gebieten Brjansk und Kursk".
   * Small numbers spelt out belong here too ("astoņus virs Belgorodas apgabala un četrus virs Maskavas apgabala").
   */
  restWords?: string[];
  /**
   * Officials whose title names their region or city (governor, mayor, head of the administration): a region named
   * in such a title, close after it, is not a place of the event when the sentence names a more precise one
   * ("Според губернатора на Харковска област … обстрелвала и Купянск" is a strike on Kupiansk only).
   */
  officialTitles?: string[];
  /**
   * Units of distance (km, miles, км, kilometrų): a town or region a distance away from which something lies ("some
   * 200 km south of Moscow", "в 30 км от Харькова") is a point of reference, not where it happened.
   */
  distanceUnits?: string[];
  /**
   * Diplomats' titles (ambassador, envoy, consul, посол, vēstnieks): a country right after one, perhaps after a
   * preposition or the sending country ("посол Украины в Латвии", "Ukrainas vēstnieku Latvijā"), names the post:
   * the meeting with the ambassador is not held in the country they are posted to. Forms are listed whole where a
   * stem would also take consultations or the embassy (konsul* → Konsultationen, sūtn* → sūtniecība).
   */
  envoyTitles?: string[];
  /**
   * "Continue" (продолжаются, turpinās, weiterhin): background for events that do not last ("strikes on Ukraine
   * continue" speaks of the war), the present of one that does ("В Белоруссии продолжаются учения"): see
   * `lasts` in events/eventTypes.ts.
   */
  continuingWords?: string[];
  /**
   * "Since" (seit, kopš, с начала): a cue right after it tells history ("since the Russian attack on Ukraine in
   * February 2022"), not an event; earlier in the cue's clause it makes the sentence background, as backgroundWords do.
   */
  historyWords?: string[];
  /**
   * Negations that deny the noun after them ("no strikes", "keine Angriffe", "никаких ударов"). Before a cue they deny
   * it; after it they deny something else ("the attack on Kyiv caused no casualties", "forderte keine Todesopfer").
   */
  nounNegations?: string[];
  /**
   * Relative pronouns (which, который, który, kuris): a clause they open right after an event noun tells where it
   * happens when the noun's own clause does not ("Учения, которые проходят в Брестской области, продлятся неделю").
   */
  relativeWords?: string[];
  /**
   * Words of time (night, morning, weekdays, months): right after a preposition they are what it governs ("В пятницу
   * Россия нанесла удар", "У ніч на п'ятницю Росія …"), so the preposition does not reach a place after them.
   */
  timeWords?: string[];
  /**
   * Articles that may stand before a country's name (German "die Ukraine", "der Iran"): a place right after one that
   * opens the clause still opens it, as its subject ("Die Ukraine griff … an").
   */
  articles?: string[];
  /** Case endings that by themselves put a place at the scene, without a preposition (Latvian `-ā`, Lithuanian `-e`). */
  locativeEndings?: string[];
  /**
   * Nouns for the parts of a place (regions, cities, territory), in languages whose genitive stands first: a place in
   * the genitive before one stands for them, and takes its preposition or case ("virs Krievijas reģioniem": over
   * Russia; "uzbruka Ukrainas pilsētām": attacked Ukraine), instead of only qualifying it.
   */
  partNouns?: string[];
  /**
   * Endings of names that do not decline, and so stand in the locative as they are (Latvian `-o`: Oslo, Šebekino,
   * Domodedovo): such a name is at the scene as one with a locative ending is; a common noun with the ending is not
   * ("bruņoto spēku").
   */
  undeclinedNameEndings?: string[];
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
