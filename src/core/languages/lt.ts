import type { LanguageProfile } from './types';

export const lt: LanguageProfile = {
  code: 'lt',
  name: 'Lithuanian',
  iso6393: ['lit'],
  inflection: {
    paradigms: [
      { base: '', forms: [''] },
      { base: 'as', forms: ['as', 'o', 'ui', 'ą', 'u', 'e', 'ai', 'ų', 'uose'] },
      { base: 'is', forms: ['is', 'io', 'iui', 'į', 'iu', 'yje', 'ies', 'imi', 'iai', 'ių', 'ys', 'yse', 'ims'] },
      { base: 'ys', forms: ['ys', 'io', 'iui', 'į', 'iu', 'yje', 'ių', 'iams', 'ius', 'iuose'] }, // and plural names (Smurgainys → Smurgainių)
      { base: 'us', forms: ['us', 'aus', 'ui', 'ų', 'umi', 'uje'] },
      { base: 'a', forms: ['a', 'os', 'ai', 'ą', 'oje', 'ų', 'oms', 'ose', 'as'] },
      { base: 'ė', forms: ['ė', 'ės', 'ei', 'ę', 'ėje', 'e'] },
      { base: 'ai', forms: ['ai', 'ų', 'ams', 'us', 'uose'] },
      { base: 'os', forms: ['os', 'ų', 'oms', 'as', 'ose'] },
      { base: 'ės', forms: ['ės', 'ių', 'ėms', 'es', 'ėse'] },
    ],
    stopForms: ['kremlius', 'prezidentas', 'ministras', 'volodymyras'],
    regionWords: ['sritis', 'regionas', 'apskritis', 'kraštas', 'respublika', 'vaivadija', 'eksklavas'],
    regionWordPlurals: ['sritys', 'sričių', 'srityse', 'sritims', 'sritimis', 'regionuose', 'regionų', 'apskrityse', 'apskričių', 'apskritys', 'apskritims', 'vaivadijose', 'vaivadijų', 'vaivadijos'],
    featureWords: ['koridorius', 'upė', 'sąsiauris', 'jūra', 'įlanka', 'ežeras', 'kanalas', 'užtvanka', 'sala', 'pusiasalis', 'krantas'],
    adjectiveHeads: ['laivynas', 'rajonas', 'kryptis', 'frontas'],
    districtWords: ['rajonas', 'mikrorajonas', 'seniūnija'],
    borderWords: ['siena', 'pasienis'],
    borderWordPlurals: ['sienų', 'sienoms', 'sienomis', 'sienose'],
    borderLinks: ['su', 'ir', 'tarp', 'prie', 'palei', 'ties', 'į', 'iki'],
    borderWith: ['su'],
    conjunctions: ['ir', 'bei'],
    countryAdjectives: {
      baltarus: 'BY', ukrainieč: 'UA', ukrainos: 'UA', rusų: 'RU', rusišk: 'RU', rusijos: 'RU', lenk: 'PL', lietuv: 'LT', latv: 'LV',
      eston: 'EE', moldav: 'MD', rumun: 'RO', vengr: 'HU', slovak: 'SK', suom: 'FI', vokieč: 'DE', vokiet: 'DE', prancūz: 'FR',
      amerikieč: 'US', britų: 'GB', britanij: 'GB', gruzin: 'GE',
    },
    surnameAgreement: true,
  },
  events: {
    cues: {
      // Attacks and their hits: verbs of every aspect and tense, the nouns, participles; interceptions and damage
      // ("numušta virš Kyjivo", "apgadintas namas") tell a strike at that place.
      strike: [
        // oro gynyba veikia virš vietos: perėmimai ten
        'veikė oro gynyba', 'oro gynyba veikė', 'dirbo oro gynyba', 'oro gynyba dirbo', 'suveikė oro gynyba', 'veikė priešlėktuvinė gynyba',
        // attack, strike, shell, bomb, raid, assault
        // "Smūgis suduotas ir Nižynui" (a strike was dealt to Nizhyn too): the verb belongs to the noun
        'smūg* suduot*', 'suduot* smūg*',
        'atak*', 'smūg*', 'smog*', 'apšaud*', 'bombard*', 'subombard*', 'antskryd*', 'antskrydž*', 'antpuol*',
        'puol*', 'užpuol*', 'išpuol*', 'pataik*', 'paleid* raket*', 'paleid* dron*', 'paleist* raket*', 'paleist* dron*',
        // with the count between: "paleido 86 smogiamuosius dronus"
        'paleid* # dron*', 'paleid* # raket*', 'paleid* # smogiam*', 'paleid* # balistin*', 'paleid* # sparnuot*', 'paleid* # bepilot*',
        // explosions
        'sprogim*', 'sprogo', 'sprogsta', 'sprogd*', 'susprog*',
        // interceptions over the place, and their debris
        'numuš*', 'perėm*', 'perimt*', 'perima', 'neutralizav*', 'neutralizuot*', 'nuolauž*', 'skeveldr*',
        // damage and destruction (past forms: the infinitive "sunaikinti" is mostly an aim, not an event)
        'sunaikino', 'sunaikinta', 'sunaikintas', 'sunaikintos', 'sunaikintų', 'apgadin*',
        // … and the plural participle, spelt as the infinitive, before the count: "sunaikinti 42 Ukrainos dronai"
        'sunaikinti #', 'sugriau*', 'sugriov*',
        'suniokoj*', 'nuniokoj*', 'griuvės*',
        // suffered, the hurt ("nukentėjo Burštyno šiluminė elektrinė", "nukentėjo du žmonės")
        'nukentėj*',
        // power cuts after an attack are told as its consequence where they happen
        'liko be elektros', 'liko be šviesos', 'neteko elektros', 'elektros tiekimo sutrikim*',
        'elektros tiekimas sutrik*', 'sutrik* elektros tiekim*', 'nutrūk* elektros tiekim*',
      ],
      // Meetings, talks, visits, summits, gatherings. A bare "konferencija" is left out: in news it is mostly a press
      // conference ("spaudos konferencijoje Kyjive"), which is no meeting.
      meeting: [
        // "akis į akį kalbėjosi" (talked face to face)
        'akis į akį',
        'susitik*', 'susitink*', 'deryb*', 'derasi', 'derėjosi', 'derėsis', 'posėd*', 'pasitarim*', 'konsultacij*',
        'forum*', 'viršūnių', 'samit*', 'suvažiavim*', 'susirink*', 'aptarė', 'aptaria', 'aptarta',
        'vizit*', 'viešnag*', 'viešėj*', 'viešės', 'lanky*', 'lankė*', 'lankos*', 'aplank*', 'apsilank*', 'atvyk*', 'nuvyk*',
        'vaizdo konferencij*', 'donorų konferencij*', 'taikos konferencij*', 'atstatymo konferencij*',
        'pasiraš* susitarim*', 'pasiraš* sutart*', 'pasiraš* memorandum*', 'pasiraš* deklaracij*',
      ],
      // Military exercises, drills, manoeuvres, readiness checks, live firing, training of troops. "mokymo" (teaching,
      // as in "mokymo įstaiga", a school) is left out: only the plural means military training.
      exercise: [
        'pratyb*', 'mokymai', 'mokymus', 'mokymų', 'mokymuose', 'mokymams', 'manevr*', 'kovinės parengties patikrinim*',
        'parengties patikrinim*', 'netikėt* patikrinim*', 'patikrin* kovin* parengt*', 'patikrin* parengt*', 'treniruot*', 'treniruoj*', 'treniruos*', 'treniravo*', 'kovin* šaudym*', 'šaudymo pratyb*',
        // "praktikavosi perimti aerodromą" (practised taking an airfield), "artilerijos … šaudymus" (live firing)
        'praktikavo*', 'praktikuoja*', 'šaudymus', 'šaudymai',
      ],
    },
    // Words the cue patterns match that name no event: strike drones as a weapon ("smogiamieji dronai"), a football
    // forward, visitors and sights, newcomers, a business card.
    nonCues: [
      // Statistics about events in general ("the number of attacks has grown") tell of no event at a place.
      'atakų skaičius', 'atakų intensyvumas', 'pratybų skaičius','puolėj*', 'lankytoj*', 'lankytin*', 'lankomum*', 'atvykėl*', 'vizitin*', 'smogiam*', 'smogiamoji*', 'smogiamosios*', 'smogiamųjų*'],
    // Denial and the hypothetical ("could attack", "threatens strikes", "if"): not events. Not "gali" (may): "aukų
    // skaičius gali išaugti" (the toll may rise) follows real attacks.
    relativeWords: ['kuris', 'kuri', 'kurie', 'kurios', 'kurių', 'kurį', 'kurią'],
    timeWords: ['naktį', 'nakties', 'rytą', 'vakare', 'pirmadienį', 'antradienį', 'trečiadienį', 'ketvirtadienį', 'penktadienį', 'šeštadienį', 'sekmadienį', 'sausį', 'vasarį', 'kovą', 'balandį', 'gegužę', 'birželį', 'liepą', 'rugpjūtį', 'rugsėjį', 'spalį', 'lapkritį', 'gruodį', 'savaitgalį', 'parą'],
    // Reactions to an event told elsewhere ("Merz condemned the attack", "Минск назвал учения провокацией").
    reactionVerbs: ['pasmerk*', 'smerk*', 'sukritikav*', 'kritikav*', 'kritikuoj*', 'pavadin*', 'vadin*', 'pakomentav*', 'komentav*', 'komentuoj*', 'nekomentav*', 'nekomentuoj*', 'sureagav*', 'reagav*', 'reaguoj*', 'pasveikin*', 'protestav*', 'steb*', 'kritik*', 'pasmerkim*', 'reakcij*', 'vertin*', 'įvertin*'],
    // Talking about an event: "ministers will meet to discuss the drills".
    yearWords: { before: ['nuo'], after: ['m', 'metais', 'metų', 'metus'], until: ['iki'], then: ['tuomet', 'tuo metu'] },
    ownCountryPhrases: ['šalies rytuose', 'šalies vakaruose', 'šalies šiaurėje', 'šalies pietuose', 'rytinėje šalies dalyje', 'vakarinėje šalies dalyje', 'šiaurinėje šalies dalyje', 'pietinėje šalies dalyje', 'visoje šalyje'],
    topicVerbs: ['aptar*', 'aptari*', 'diskut*'],
    // "…, including the Kaliningrad region": the places after them join the event's list.
    inclusionWords: ['įskaitant', 'tarp jų', 'ypač', 'be kita ko', 'taip pat', 'iš jų', 'iš kurių'],
    // "The main part will take place near Varna": the story's latest event goes on.
    continuationVerbs: ['vyks', 'vyksta', 'vyko', 'surengtas', 'surengta', 'surengti', 'surengtos'],
    // "daliniai perdislokuoti į …": judantys kariai tęsia ką tik minėtas pratybas.
    continuationVerbsByType: { exercise: ['dislokuot*', 'perdislokuot*', 'permesti', 'permestos', 'permesta', 'permetė', 'žygiavo', 'atliko žygį'] },
    // agreed: at a meeting, but what was agreed is no place of it
    agreementVerbs: ['susitarė', 'susitarta', 'susitars'],
    // "…, but no date has been set": a meeting or exercise without a date is only planned.
    dateWords: ['data', 'datos', 'datą', 'datų', 'terminai', 'laikas'],
    // "next year", "in the coming weeks": a meeting or exercise without a date is only planned
    vagueFutureWords: [
      // "the next summit will be held in Vilnius": the next one, without a date, is only planned
      'kitas susitikimas', 'kitą susitikimą', 'kitame susitikime', 'kitas viršūnių susitikimas', 'kitame viršūnių susitikime', 'kitas vizitas', 'kitą vizitą', 'kitas derybų raundas', 'kitame derybų raunde', 'kitas posėdis', 'kitame posėdyje',
      'artimiausias susitikimas', 'artimiausiame susitikime', 'kitas ministrų susitikimas', 'kitas lyderių susitikimas', 'kitas prezidentų susitikimas', 'kitas premjerų susitikimas',
      'artimiausiomis savaitėmis', 'artimiausiais mėnesiais', 'artimiausiu metu', 'kitais metais', 'kitąmet', 'kitą mėnesį', 'ateityje', 'kai bus suderinta data', 'kai bus sutarta data', 'kai tik bus suderinta data', 'kai tik bus sutarta data', 'kai tik bus suderintas laikas', 'suderinus datą', 'kai bus suderintas laikas', 'kitą kartą', 'kitąkart', 'kitą pavasarį', 'kitą vasarą', 'kitą rudenį', 'kitą žiemą', 'kitų metų pavasarį', 'kitų metų vasarą', 'kitų metų rudenį', 'kitų metų žiemą', 'kitų metų pradžioje', 'kitų metų pabaigoje', 'ateinančių metų pradžioje', 'kai tik leis', 'kai tai leis', 'kai leis'],
    // "does not rule out": what the sentence tells after it is only possible
    possibilityWords: ['neatmeta*', 'neatmetė', 'neatmesta', 'neatmestina', 'negalima atmesti'],
    // "notriekti vairāki Krievijas droni": the country that owns them is the actor, not the target.
    actorNouns: ['dron*', 'raket*', 'artilerij*', 'aviacij*', 'kariuomen*', 'pajėg*', 'naikintuv*', 'kari*', 'dalin*', 'laivyn*'],
    // "23 over the Ryazan region, 41 over Saratov, the rest over …": a count goes on with the same event.
    restWords: ['kiti', 'kitos', 'likę', 'likusios', 'likusieji', 'dar',
      // small counts spelt out
      'du', 'dvi', 'trys', 'keturi', 'keturis', 'penki', 'penkis', 'šeši', 'šešis', 'septyni', 'septynis', 'aštuoni', 'aštuonis', 'devyni', 'devynis', 'dešimt'],
    // "the governor of the Kharkiv region": a region in an official's title is no place of the event told.
    // "200 km south of Moscow": a point of reference, not a scene (see `distanceUnits`).
    distanceUnits: ['km', 'kilometrų', 'kilometrus', 'kilometro', 'kilometrais'],
    officialTitles: ['gubernator*', 'meras', 'mero', 'vadov*', 'administracijos'],
    // "the Ukrainian ambassador to Latvia": a place after a diplomat's title names the post, not a scene.
    envoyTitles: ['ambasador*', 'pasiuntinys', 'pasiuntinį', 'pasiuntinio', 'pasiuntiniu', 'pasiuntiniui', 'konsulas', 'konsulą', 'konsulo', 'konsului', 'reikalų patikėtin*'],
    // The war in general, not one event (see types.ts): no event at a country, no place inherited.
    backgroundWords: ['reguliariai', 'reguliar*', 'ne kartą', 'nuolat', 'nuolatin*', 'dažnai', 'kasdien', 'kasdien*', 'vis dažniau', 'sistemingai', 'sisteming*', 'pakartotinai'],
    continuingWords: ['toliau', 'tęsia', 'tęsiasi', 'tęsė'],
    historyWords: ['nuo pat'],
    nonNegations: ['ne mažiau', 'ne tik', 'ne kartą', 'ne vieną', 'ne pirmą'],
    nounNegations: ['jokių', 'jokio', 'jokios', 'joks', 'jokia'],
    // "if": what follows is hypothetical (see `conditionals`)
    conditionals: ['jei', 'jeigu'],
    questionWords: ['ar'],
    // "намерены провести … учения": what follows a plan has not happened
    intentionVerbs: ['susitarė surengti', 'susitarė susitikti', 'planuoja', 'planavo', 'ketina', 'ketino'],
    // "denied reports of explosions in the city": what follows a denial did not happen
    denialVerbs: ['paneig*', 'neigė', 'neigia', 'neigdam*'],
    // "pranešimus apie sprogimus … paneigė": a report the sentence calls false
    refutedReports: { reports: ['pranešim*', 'informacij*', 'gand*', 'teigin*'], refutations: ['paneig*', 'neigė', 'neigia', 'melagin*', 'netiesa', 'netiesos', 'neatitinka', 'nepasitvirtin*', 'dezinformacij*'] },
    negations: [
      
      // proposed or possible: not (yet) an event
      'pasiūl*', 'siūlo', 'siūlė', 'galim*',
      'nepastebėt*', 'neužfiksuot*', 'negirdėt*', 'nebus', 'nevyko', 'nevyksta', 'jei', 'jeigu', 'ne', 'nebuvo',
      'nėra', 'be', 'neig*', 'paneig*', 'atšauk*', 'neįvyk*', 'joki*', 'nepatvirtin*', 'galėtų', 'grasin*',
      'ketina', 'ketino', 'rengiasi', 'planuoja', 'planavo',
      // a phone call ("telefonu aptarė", "telefoninis pokalbis") happens nowhere: it must not inherit a meeting place;
      // a gas explosion
      'telefon*', 'dujų sprogim*',
      // cyber attacks, a heart attack, a blow to the economy: no strike on a place
      'kiber*', 'kibernetin*', 'hakeri*', 'programiš*', 'širdies', 'ekonomik*', 'biudžet*', 'pakviet*', 'kvietim*', 'kviečia', 'neatmet*', 'nesutart*', 'nenustatyt*', 'nepaskelbt*', 'neaišk*', 'galbūt', 'pasirengęs', 'pasirengusi'
    ],
    // Prepositions of place. A genitive place before a noun in the locative ("Kyjivo apylinkėse", "Odesos uoste") is a
    // scene by that locative ending; "kryptimi" (towards, instrumental) and the postposition "link" are listed.
    locatives: [
      'palei', 'į', 'prie', 'ties', 'virš', 'netoli', 'netoliese', 'šalia', 'link', 'prieš',
      'aplink', 'ant',
      'kryptimi',
      // "30 km north of / from Kharkiv": near the place, not a source
      'į šiaurę nuo', 'į pietus nuo', 'į rytus nuo', 'į vakarus nuo', 'km nuo', 'kilometrų nuo', 'kilometrus nuo',
      'kilometro nuo',
      // "iš" in phrases of time and amount is no source: "iš ryto Kyjive" (in the morning, in Kyiv), "iš viso" (in all)
      'iš ryto', 'iš vakaro', 'iš viso', 'abiejose pusėse'
    ],
    // Sources, partners and topics ("iš Baltarusijos", "su Lenkija", "padėtį Ukrainoje"). Not "apie" / "dėl" (about): a
    // place in the locative after their object is the scene ("derybos dėl paliaubų vyko Stambule").
    nonLocatives: ['pasak', 'anot', 'teigimu', 'duomenimis', 'iš', 'su', 'pagamint*', 'gamybos', 'padėt*', 'situacij*', 'žurnalistams', 'ministerija', 'ministerijos', 'vyriausybė', 'signalas', 'žinia'],
    anaphoric: ['po', 'prieš', 'metu', 'išvakarėse', 'per', 'dėl', 'kuluaruose', 'paraštėse', 'pradžioje', 'pabaigoje', 'atsakydam*', 'atsaku'],
    conjunctions: ['ir', 'bei', 'ar'],
    locativeEndings: ['e', 'oje', 'uje', 'yje', 'ose', 'uose', 'yse'],
    reportingVerbs: [
      'pranešė', 'praneša', 'pareiškė', 'sakė', 'sako', 'teigė', 'teigia', 'rašė', 'patvirtino', 'pridūrė',
      'informavo', 'informuoja', 'pažymėjo', 'nurodė', 'skelbia', 'paskelbė', 'tikina', 'tvirtina', 'pabrėžė', 'pabrėžia'
    ],
    passiveMarkers: ['buvo', 'vėl', 'yra', 'taip pat', 'sulaukė', 'patyrė'],
    placeNouns: [
      'miestas', 'miestą', 'miesto', 'mieste', 'miestelis', 'miestelyje', 'miestelį', 'sostin*', 'uostamiest*',
      'kaimas', 'kaimą', 'kaime', 'kaimo', 'gyvenviet*', 'uost*', 'poligon*', 'apylink*', 'prieig*', 'pakrašč*', 'rajon*', 'mikrorajon*'
    ],
    clauseOpeners: [
      'kad', 'jog', 'kuris', 'kuri', 'kurie', 'kurios', 'kurį', 'kurią', 'kurio', 'kurių', 'kuriuose', 'kuriose',
      'kuriame', 'kurioje', 'kur', 'kai', 'kuomet', 'bet', 'nors', 'nes', 'jei', 'jeigu', 'tačiau', 'o',
    ],
    // "kur" and "in which": "Kaliningrado srityje, kurioje vyksta pratybos".
    whereWords: ['kur', 'kurioje', 'kuriame', 'kuriose', 'kuriuose'],
    placeBeforeCue: 'any',
    // Accusative singular and plural (Rīgu, Sumi, Kyjivą, Sumus): a nominative before the verb is its subject.
    objectEndings: ['ą', 'ę', 'į', 'ų', 'us'],
    // Genitive endings, and the indeclinable JAV (USA), nearly always a genitive before a noun ("atvyko JAV valstybės
    // sekretorius").
    prenominalGenitiveEndings: ['os', 'o', 'ės', 'aus', 'io', 'ių', 'ies', 'jav'],
  },
};
