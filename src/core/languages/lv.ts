import type { LanguageProfile } from './types';

export const lv: LanguageProfile = {
  code: 'lv',
  name: 'Latvian',
  iso6393: ['lvs'],
  inflection: {
    paradigms: [
      { base: '', forms: [''] },
      { base: 's', forms: ['s', 'a', 'am', 'u', 'ā', 'i', 'iem', 'us', 'os'] },
      { base: 'š', forms: ['š', 'ša', 'šam', 'šu', 'šā'] },
      { base: 'is', forms: ['is', 'a', 'im', 'i', 'ī', 'u', 'īm', 'īs'] },
      // Definite adjectives: Savienotās Valstis → Savienotajās Valstīs.
      { base: 'ās', forms: ['ās', 'o', 'ajām', 'ajās', 'ajām'] },
      { base: 'us', forms: ['us', 'um', 'u', 'ū'] },
      { base: 'pils', forms: ['pils', 'pilī', 'pilij', 'pili'] },
      { base: 'a', forms: ['a', 'as', 'ai', 'u', 'ā', 'ām', 'ās'] },
      { base: 'e', forms: ['e', 'es', 'ei', 'i', 'ē', 'ēm', 'ēs'] },
      { base: 'i', forms: ['i', 'u', 'iem', 'os'] },
    ],
    // Kremlis is a building used for the Russian government (metonym), never mapped.
    stopForms: ['kremlis', 'kremļa', 'kremlī', 'kremli', 'prezidents', 'ministrs', 'volodimirs', 'abas', 'abi'],
    regionWords: ['apgabals', 'reģions', 'novads', 'oblasts', 'province', 'vojevodiste', 'eksklāvs', 'apriņķis'],
    regionListGenitiveEndings: ['as', 'es', 'u', 'a'],
    regionWordPlurals: ['apgabalos', 'apgabali', 'apgabalu', 'apgabaliem', 'reģionos', 'reģionu', 'apriņķos', 'apriņķi', 'apriņķu', 'vojevodistēs', 'vojevodistes', 'vojevodistu'],
    featureWords: ['koridors', 'upe', 'šaurums', 'jūra', 'līcis', 'ezers', 'kanāls', 'dambis', 'ūdenskrātuve', 'sala', 'pussala', 'krasts'],
    adjectiveHeads: ['flote', 'rajons', 'virziens', 'fronte'],
    districtWords: ['rajons', 'mikrorajons', 'apkaime'],
    borderWords: ['robeža', 'pierobeža'],
    borderWordPlurals: ['robežām', 'robežās'],
    borderLinks: ['ar', 'un', 'starp', 'uz', 'pie', 'gar', 'pāri'],
    borderWith: ['ar'],
    conjunctions: ['un'],
    countryAdjectives: {
      baltkriev: 'BY', ukrain: 'UA', kriev: 'RU', poļ: 'PL', lietuv: 'LT', latvie: 'LV', latvij: 'LV', igaun: 'EE', moldāv: 'MD',
      rumān: 'RO', ungār: 'HU', slovāk: 'SK', somu: 'FI', somij: 'FI', vācu: 'DE', vācij: 'DE', franč: 'FR', franc: 'FR',
      amerikā: 'US', brit: 'GB', gruzīn: 'GE',
    },
    surnameAgreement: true,
  },
  events: {
    cues: {
      // Attacks and their hits: verbs of every aspect and tense, the nouns, participles; interceptions and damage
      // ("notriekti virs Kijivas", "bojāta infrastruktūra") tell a strike at that place.
      strike: [
        // attack, strike, hit, shell, bomb, air raid, launch at
        'uzbruk*', 'uzbrūk*', 'uzbrucis', 'triecien*', 'aviotriecien*', 'trāpīj*', 'trāpīt*', 'trāpa', 'trāpīs', 'skāra', 'skāruši', 'skārusi', 'skāris', 'apšaud*', 'bombard*',
        'bombu uzbrukum*', 'nomet* bumb*', 'artilērijas uguns*', 'uzlidojum*', 'ietriec*', 'raidīja raķet*', 'raidīja dron*',
        // "raķetes un droni atkal krita uz Kijivu" (fell on Kyiv)
        'krita uz', 'krīt uz', 'nokrita uz',
        'raidīt* raķet*', 'raid* pret', 'raidīt* dron*', 'palaid* raķet*', 'palaist* raķet*', 'palaid* dron*',
        // with the count between: "raidīja 86 triecienu dronus"
        'raidīj* # dron*', 'raidīj* # raķet*', 'raidīj* # triecien*', 'raidīj* # ballistisk*', 'raidīj* # spārnot*', 'raidīj* # bezpilota*',
        'palaid* # dron*', 'palaid* # raķet*', 'palaid* # triecien*', 'palaid* # ballistisk*', 'palaid* # spārnot*', 'palaid* # bezpilota*',
        // explosions
        'sprādzien*', 'sprāga', 'sprāgst*', 'uzsprāg*', 'uzspridzin*', 'spridzināj*',
        // interceptions over the place, and their debris
        'notrie*', 'pārtver*', 'pārtvēr*', 'darbojās pretgaisa aizsardzība', 'atlūz*',
        // air defence at work over a place, the verb after it, often with a time between ("naktī darbojās arī virs …")
        'pretgaisa aizsardzība darbojās', 'pretgaisa aizsardzība naktī darbojās', 'pretgaisa aizsardzība strādāja', 'pretgaisa aizsardzība naktī strādāja',
        'strādāja pretgaisa aizsardzība', 'darbojās pretgaisa aizsardzības sistēmas', 'pretgaisa aizsardzības sistēmas darbojās', 'pretgaisa aizsardzības vienības darbojās',
        // damage and destruction (past forms: the infinitive "iznīcināt" is mostly an aim, not an event)
        'iznīcināja', 'iznīcinājuši', 'iznīcinājusi', 'iznīcinājis', 'iznīcināts', 'iznīcināta', 'iznīcināti', 'iznīcinātas', 'bojāt*', 'bojāj*', 'sabojāj*', 'sabojāt*',
        'sagrauj*', 'sagrauts', 'sagrauta', 'sagrautas', 'sagrauti', 'izpostīj*', 'izpostīt*', 'nopostīj*', 'nopostīt*',
        'postījum*',
        // the hurt ("cietušie nogādāti slimnīcā")
        'cietuš*',
        // power cuts after an attack are told as its consequence where they happen
        'palika bez elektrības', 'palikuši bez elektrības', 'palikušas bez elektrības', 'palikusi bez elektrības',
        'palicis bez elektrības', 'palika bez elektroapgādes', 'bez elektrības palika', 'bez elektrības palikuši',
        'bez elektrības palikušas', 'bez elektroapgādes palika',
        'elektroapgādes traucējum*', 'elektroapgādes pārtraukum*',
        'pārtraukta elektroapgāde', 'traucēta elektroapgāde',
      ],
      // Meetings, talks, visits, summits, gatherings, signing ceremonies. A bare "konference" is left out: in news it is
      // mostly a press conference ("preses konferencē Kijivā"), which is no meeting.
      meeting: [
        'tiekas', 'tikās', 'tiksies', 'tikties', 'tikšan*', 'tikušies', 'tikušās', 'satikās', 'satiekas', 'satiksies',
        'sarun*', 'pārrun*', 'apspried*', 'konsultācij*', 'samit*', 'galotņu', 'sanāksm*', 'forum*', 'sēdē', 'sēde',
        'sēdes', 'sēdi', 'sanāca', 'sanāk', 'sanāks', 'sanākuši', 'pulcējās', 'pulcējas', 'pulcēsies', 'sapulcējās', 'sapulcējušies', 'sapulcēsies',
        'vizīt*', 'viesoj*', 'viesosies', 'apmeklē*', 'apciemoj*', 'ierad*', 'ierodas',
        'videokonferenc*', 'videosarun*', 'donoru konferenc*', 'miera konferenc*', 'atjaunošanas konferenc*',
        'parakstīj* vienošan*', 'parakstīj* līgum*', 'parakstīj* memorand*', 'parakstīj* deklarācij*',
        'paraksta vienošan*', 'paraksta līgum*',
      ],
      // Military exercises, drills, manoeuvres, readiness checks, live firing, training of troops.
      exercise: [
        'praktizē*', 'praktizēj*',
        'mācīb*', 'manevr*', 'kaujas gatavības pārbaud*', 'gatavības pārbaud*', 'pārbaud* par kaujas gatavīb*',
        'pēkšņ* pārbaud*', 'pārbaudīj* kaujas gatavīb*',
        'kaujas šaušan*', 'vingrin*', 'trenēj*', 'trenēsies', 'treniņ*',
      ],
    },
    // Words the cue patterns match that name no event: a school and its year ("mācību iestāde"), an assault unit
    // ("triecienbrigāde") or strike drones as a weapon ("triecienbezpilota lidaparāti"), visitors of a museum, a habit,
    // a business card, an explosion hazard.
    nonCues: [
      // Statistics about events in general ("the number of attacks has grown") tell of no event at a place.
      'uzbrukumu skaits', 'uzbrukumu intensitāte', 'mācību skaits',
      'mācību iestād*', 'mācību gad*', 'mācību grāmat*', 'mācību process*', 'mācību programm*', 'mācību maks*',
      'mācību stund*', 'triecienbrigād*', 'triecienvienīb*', 'triecienpulk*', 'triecienbataljon*', 'triecienlidmašīn*',
      'triecienspēk*', 'triecienbezpilot*', 'trieciendron*', 'apmeklētāj*', 'ieradum*', 'vizītkart*', 'sprādzienbīstam*', 'triecienu divīzij*', 'trieciendivīzij*', 'triecienu bezpilot*'
    ],
    // Denial and the hypothetical ("could attack", "threatens strikes", "if"): not events.
    relativeWords: ['kas', 'kurš', 'kura', 'kuri', 'kuras', 'kuru', 'kurus', 'kurā', 'kurās', 'kuros', 'kurai', 'kuram', 'kurām', 'kuriem'],
    timeWords: ['naktī', 'nakti', 'rītā', 'vakarā', 'pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien', 'janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī', 'nedēļas nogalē', 'diennakts',
      // Genitives, after "kopš" (since) and "līdz" (until) and before a noun: "kopš pirmdienas", "5. decembra sanāksmē".
      'rīta', 'vakara', 'pirmdienas', 'otrdienas', 'trešdienas', 'ceturtdienas', 'piektdienas', 'sestdienas', 'svētdienas', 'janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra',
      'pavasarī', 'vasarā', 'rudenī', 'ziemā', 'pavasara', 'vasaras', 'rudens', 'ziemas'],
    // Reactions to an event told elsewhere ("Merz condemned the attack", "Минск назвал учения провокацией").
    reactionVerbs: ['nosodīj*', 'nosoda*', 'kritizē*', 'kritizēj*', 'nosauc*', 'nosauca', 'komentē*', 'komentēj*', 'reaģē', 'reaģēja', 'reaģējis', 'reaģējusi', 'reaģējuši', 'reaģējušas', 'reaģēs', 'reaģējot', 'apsveic*', 'protestē*', 'vēro*', 'kritik*', 'nosodījum*', 'reakcij*', 'vērtē', 'vērtēja', 'novērtē', 'novērtēja'],
    // Talking about an event: "ministers will meet to discuss the drills".
    yearWords: { before: ['kopš'], after: ['gadā', 'gada', 'gadu', 'g'], until: ['līdz'], then: ['toreiz', 'tolaik'] },
    ownCountryPhrases: ['valsts austrumos', 'valsts rietumos', 'valsts ziemeļos', 'valsts dienvidos', 'valsts austrumu daļā', 'valsts rietumu daļā', 'valsts ziemeļu daļā', 'valsts dienvidu daļā', 'visā valstī'],
    topicVerbs: ['apspried*', 'apspriež*', 'pārrunā*'],
    // "…, including the Kaliningrad region": the places after them join the event's list.
    inclusionWords: ['tostarp', 'ieskaitot', 'it īpaši', 'jo īpaši', 'arī', 'kā arī', 'no tiem', 'no kuriem'],
    // "The main part will take place near Varna": the story's latest event goes on.
    continuationVerbs: ['notiks', 'notiek', 'notika', 'norisināsies', 'norisinās', 'norisinājās'],
    // "vienības pārvietotas uz …": karaspēks kustībā turpina tikko minētās mācības.
    continuationVerbsByType: { exercise: ['izvērsa', 'izvērsti', 'izvērstas', 'izvietoti', 'izvietotas', 'izvietoja', 'pārvietoti', 'pārvietotas', 'pārvietoja', 'pārdislocēti', 'pārdislocētas', 'pārsviesti', 'pārsviestas', 'veica maršu'] },
    // agreed: at a meeting, but what was agreed is no place of it
    agreementVerbs: ['vienojās', 'vienojušies', 'vienojušās', 'vienosies'],
    // "…, but no date has been set": a meeting or exercise without a date is only planned.
    dateWords: ['datums', 'datumi', 'datumu', 'termiņi', 'termiņš', 'laiks'],
    // "next year", "in the coming weeks": a meeting or exercise without a date is only planned
    vagueFutureWords: [
      // "the next summit will be held in Vilnius": the next one, without a date, is only planned
      'nākam* tikšanās', 'nākam* tikšanos', 'nākam* samit*', 'nākam* sanāksm*', 'nākam* sarunu kārt*', 'nākam* vizīt*', 'nākam* sēd*',
      'nākam* ministru tikšanās', 'nākam* līderu tikšanās', 'nākam* prezidentu tikšanās', 'nākam* premjerministru tikšanās', 'nākam* premjeru tikšanās',
      'tuvākajās nedēļās', 'tuvāko nedēļu laikā', 'tuvākajos mēnešos', 'tuvākajā laikā', 'nākamgad', 'nākamajā gadā', 'nākamajā mēnesī', 'nākotnē', 'kad tiks saskaņots datums', 'tiklīdz tiks saskaņots datums', 'tiklīdz būs saskaņots datums', 'kad būs saskaņots datums', 'saskaņojot datumu', 'kad tiks vienoti par datumu', 'nākamreiz', 'nākamajā reizē', 'nākamajā pavasarī', 'nākamajā vasarā', 'nākamajā rudenī', 'nākamajā ziemā', 'nākamgad pavasarī', 'nākamā gada pavasarī', 'nākamā gada rudenī', 'nākamā gada sākumā', 'nākamā gada beigās', 'nākamgad sākumā', 'tiklīdz to ļaus', 'tiklīdz ļaus', 'kad to ļaus', 'kad ļaus'],
    // "does not rule out": what the sentence tells after it is only possible
    possibilityWords: ['neizslēdz*', 'nav izslēgts', 'nav izslēgta', 'nevar izslēgt'],
    // "notriekti vairāki Krievijas droni": the country that owns them is the actor, not the target.
    actorNouns: ['dron*', 'raķet*', 'artilērij*', 'aviācij*', 'armij*', 'spēk*', 'karaspēk*', 'iznīcinātāj*', 'bezpilota*', 'karavīr*', 'vienīb*', 'flot*'],
    // "23 over the Ryazan region, 41 over Saratov, the rest over …": a count goes on with the same event.
    restWords: ['pārējie', 'pārējās', 'vēl', 'citi',
      // small counts spelt out
      'divi', 'divus', 'trīs', 'četri', 'četrus', 'pieci', 'piecus', 'seši', 'sešus', 'septiņi', 'septiņus', 'astoņi', 'astoņus', 'deviņi', 'deviņus', 'desmit'],
    // "the governor of the Kharkiv region": a region in an official's title is no place of the event told.
    // "200 km south of Moscow": a point of reference, not a scene (see `distanceUnits`).
    distanceUnits: ['km', 'kilometru', 'kilometrus', 'kilometriem'],
    officialTitles: ['gubernator*', 'mērs', 'mēra', 'vadītāj*', 'administrācij*'],
    // "the Ukrainian ambassador to Latvia": a place after a diplomat's title names the post, not a scene.
    envoyTitles: ['vēstniek*', 'sūtnis', 'sūtni', 'sūtnim', 'sūtņa', 'konsuls', 'konsulu', 'konsulam', 'konsula', 'pagaidu pilnvarot*'],
    // The war in general, not one event (see types.ts): no event at a country, no place inherited.
    backgroundWords: ['regulāri', 'regulār*', 'atkārtoti', 'vairākkārt', 'pastāvīgi', 'pastāvīg*', 'bieži', 'ik dienu', 'katru dienu', 'ik nakti', 'arvien biežāk', 'sistemātiski', 'sistemātisk*', 'visbiežāk'],
    continuingWords: ['turpina', 'turpināja', 'turpinās', 'turpin*'],
    historyWords: ['kopš'],
    nonNegations: ['ne mazāk', 'ne tikai', 'ne reizi', 'ne vienu reizi', 'ne pirmo'],
    nounNegations: ['nekādu', 'nekādi', 'nekādas', 'nekāds', 'nekāda'],
    // "if": what follows is hypothetical (see `conditionals`)
    conditionals: ['ja'],
    questionWords: ['vai'],
    // "намерены провести … учения": what follows a plan has not happened
    intentionVerbs: ['vienojās rīkot', 'vienojās tikties', 'vienojās sarīkot', 'plāno', 'plānoja', 'plānojot', 'iecerēj*', 'solīja', 'sola', 'apsolīja', 'apņēmās', 'apņemas', 'gatavojas'],
    // "denied reports of explosions in the city": what follows a denial did not happen
    denialVerbs: ['noliedz*', 'noliedza', 'noliegu*', 'noliegt*', 'atspēkoj*'],
    // "ziņas par sprādzieniem Engeļsā, taču pilsētas vadība tās noliedza": a report the sentence calls false
    refutedReports: { reports: ['ziņas', 'ziņām', 'ziņu', 'informācij*', 'baum*', 'apgalvojum*', 'vēstījum*'], refutations: ['noliedz*', 'noliedza', 'atspēkoj*', 'nepatiesa*', 'nepatiesi', 'viltus', 'neatbilst*', 'neapstiprin*', 'dezinformācij*'] },
    negations: [
      
      // proposed or possible: not (yet) an event
      'ierosin*', 'piedāvā*', 'iespējam*',
      'netika', 'netiek', 'netiks', 'nenotiks', 'nenotiek', 'neesot', 'nebūs', 'nekas', 'ja', 'ne', 'nav', 'nebija',
      'nenotika', 'bez', 'noliedz*', 'atcel*', 'nekād*', 'neviens', 'neviena', 'varētu', 'nevarētu', 'draud',
      'draudēja', 'draudot', 'draudi', 'draudus', 'gatavojas', 'gatavojoties', 'plāno', 'plānoja', 'plānojot',
      // a phone call ("telefonsaruna", "pa telefonu") happens nowhere: it must not inherit a meeting place; a gas explosion
      'telefon*', 'gāzes sprādz*',
      // cyber attacks, a blow to the economy, a car that hits a pedestrian: no strike on a place
      'kiber*', 'hakeru', 'ekonomik*', 'budžet*', 'gājēj*', 'uzaicināj*', 'ielūg*', 'uzaicinājum*', 'aicina', 'neizslēdz*', 'nenozīmē', 'nav noteikt*', 'nav zinām*', 'nav paziņot*', 'iespējams', 'varbūt', 'gatav*'
    ],
    // Prepositions of place. A genitive place before a noun in the locative ("Kijivas apkārtnē", "Ļvivas centrā") is a
    // scene by that locative ending; "virzienā" (towards) is listed, being the direction, not the place itself.
    locatives: [
      'gar', 'uz', 'pie', 'virs', 'pār', 'netālu no', 'pa', 'ap', 'apkārt', 'zem', 'pāri',
      'virzienā',
      // "30 km north of / from Kharkiv": near the place, not a source
      'uz ziemeļiem no', 'uz dienvidiem no', 'uz austrumiem no', 'uz rietumiem no', 'attālumā no', 'km no', 'kilometru no',
      'kilometrus no',
      // "no" in phrases of time is no source: "no rīta Kijivā" (in the morning, in Kyiv)
      'no rīta', 'no vakara', 'no pusnakts', 'abās pusēs'
    ],
    // Sources, partners and topics ("no Baltkrievijas", "ar Poliju", "situāciju Ukrainā"). Not "par" (about): it takes
    // the accusative, and a place in the locative after its object is the scene ("sarunas par pamieru notika Stambulā").
    nonLocatives: ['bāzējas', 'bāzēt*', 'dislocēt*', 'saskaņā ar', 'attiecībā uz', 'pēc', 'no', 'ar', 'ražot*', 'situācij*', 'žurnālistiem', 'ministrija', 'ministrijas', 'valdība', 'signāls', 'vēstījums'],
    anaphoric: ['pirms', 'pēc', 'laikā', 'priekšvakarā', 'kuluāros', 'sākumā', 'beigās', 'atbildot', 'atbildē'],
    conjunctions: ['un', 'vai'],
    contrastiveConjunctions: ['savukārt', 'turpretī'],
    locativeEndings: ['ā', 'ē', 'ī', 'ū', 'os', 'ās', 'ēs', 'īs'],
    undeclinedNameEndings: ['o'],
    partNouns: ['reģion*', 'pilsēt*', 'teritorij*', 'apdzīvot*', 'ciem*', 'kopien*', 'pierobež*'],
    reportingVerbs: [
      'paziņoja', 'paziņo', 'ziņoja', 'ziņo', 'sacīja', 'teica', 'saka', 'norādīja', 'norāda', 'pavēstīja', 'rakstīja',
      'apstiprināja', 'piebilda', 'vēsta', 'vēstīja', 'informēja', 'informē', 'pastāstīja', 'uzsvēra', 'apgalvo', 'apgalvoja', 'uzsver', 'skaidro'
    ],
    passiveMarkers: [
      'tika', 'tiek', 'tikusi', 'ticis', 'tikuši', 'tikušas', 'bija', 'atkal', 'ir', 'arī', 'piedzīvoja', 'nonāca',
    ],
    placeNouns: [
      'pilsēt*', 'galvaspilsēt*', 'ciemat*', 'ciems', 'ciemā', 'ciemu', 'ostas', 'ostu', 'ostā', 'apdzīvot*',
      'poligon*', 'apkārtn*', 'tuvum*', 'nomal*', 'rajon*', 'mikrorajon*', 'apkaim*'
    ],
    clauseOpeners: [
      'ka', 'kas', 'kurš', 'kura', 'kuri', 'kuras', 'kurā', 'kurās', 'kuru', 'kuram', 'kurai', 'kuriem', 'kurām',
      'kuros', 'kur', 'kad', 'bet', 'taču', 'tomēr', 'lai', 'ja', 'savukārt', 'kamēr', 'jo', 'kaut',
    ],
    // "kur" and "in which": "Kaļiņingradas apgabalā, kurā notiek mācības".
    whereWords: ['kur', 'kurā', 'kurās', 'kuros'],
    placeBeforeCue: 'any',
    // Accusative singular and plural (Rīgu, Sumi, Kyjivą, Sumus): a nominative before the verb is its subject.
    objectEndings: ['u', 'i', 'us'],
    // Feminine genitives, and the masculine genitive of the region words ("Zaporižjas apgabala gubernators"), whose
    // -a ending would otherwise be taken for a feminine nominative; and the indeclinable ASV (USA), nearly always a
    // genitive before a noun ("ieradās ASV valsts sekretārs").
    prenominalGenitiveEndings: ['as', 'es', 'apgabala', 'novada', 'reģiona', 'asv'],
  },
};
