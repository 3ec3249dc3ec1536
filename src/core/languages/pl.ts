import type { LanguageProfile } from './types';

export const pl: LanguageProfile = {
  code: 'pl',
  name: 'Polish',
  iso6393: ['pol'],
  inflection: {
    paradigms: [
      { base: '', forms: ['', 'a', 'u', 'ie', 'e', 'em', 'iem', 'owi', 'y', 'iu'] },
      // Królewiec → Królewcu: the e of -iec drops.
      { base: 'iec', forms: ['iec', 'ca', 'cu', 'cem'] },
      // … and leaves n soft (Marhaniec → Marhańca, Łuniniec → w Łunińcu), as it does after other letters (Jelec → Jelca).
      { base: 'niec', forms: ['niec', 'ńca', 'ńcu', 'ńcem'] },
      { base: 'ec', forms: ['ec', 'ca', 'cu', 'cem'] },
      { base: 'a', forms: ['a', 'y', 'i', 'ie', 'ę', 'ą', 'o', 'e', 'ej', 'iej'] },
      // After k and g the locative softens (Polska → Polsce, Praga → Pradze); "-kie" is an adjective (Wojsko Polskie).
      { base: 'ka', forms: ['ka', 'ki', 'ce', 'kę', 'ką', 'ko', 'kiej'] },
      // -ca: the genitive plural has no ending (granica → granic, as in "granic z Białorusią i Litwą"; Winnica → Winnic).
      { base: 'ca', forms: ['ca', 'cy', 'cę', 'cą', 'co', 'ce', 'c', 'cach', 'cami', 'com'] },
      { base: 'ga', forms: ['ga', 'gi', 'dze', 'gę', 'gą', 'go'] },
      // Adjective + noun compounds decline both halves: Białystok → Białegostoku, Białymstoku.
      { base: 'ystok', forms: ['ystok', 'egostoku', 'ymstoku', 'ystoku'] },
      { base: 'ja', forms: ['ja', 'ji', 'ję', 'ją', 'jo'] },
      { base: 'ia', forms: ['ia', 'ii', 'ię', 'ią'] },
      { base: 'ść', forms: ['ść', 'ścia', 'ściu', 'ściem'] },
      { base: 'ś', forms: ['ś', 'si', 'sią'] },
      { base: 'ń', forms: ['ń', 'nia', 'niu', 'niem'] },
      // Kijów → Kijowa, Lwów → Lwowie: ó of the last syllable opens to o.
      { base: 'ów', forms: ['ów', 'owa', 'owie', 'owem', 'owowi'] },
      { base: 'ód', forms: ['ód', 'odu', 'odzie', 'odem', 'ody', 'odów'] },
      { base: 'el', forms: ['el', 'la', 'lu', 'lem'] },
      { base: 'e', forms: ['e', 'a', 'u', 'em', 'ego', 'ych', 'ym', 'ymi'] },
      // Niemcy → Niemiec, Niemczech: plural in -cy with c → cz.
      { base: 'mcy', forms: ['mcy', 'miec', 'mczech', 'mcom', 'mcami'] },
      { base: 'ie', forms: ['ie', 'iego', 'iemu', 'im'] },
      // Neuter nouns in -ie (Podlasie → na Podlasiu, z Podlasia).
      { base: 'ie', forms: ['ia', 'iu', 'iem'] },
      { base: 'o', forms: ['o', 'a', 'u', 'ie', 'em'] },
      { base: 'y', forms: ['y', '', 'ach', 'om', 'ami', 'ów'] },
      { base: 'i', forms: ['i', 'iego', 'iemu', 'im'] },
      // Plural names in -ice / -ce: Katowice → Katowic, Katowicach; Kielce → Kielc, Siedlce → Siedlec.
      { base: 'ice', forms: ['ice', 'ic', 'icach', 'icom', 'icami'] },
      // -icze plurals of Belarusian towns: Baranowicze → Baranowicz, Baranowiczach.
      { base: 'icze', forms: ['icze', 'icz', 'iczach', 'iczom', 'iczami'] },
      { base: 'ce', forms: ['ce', 'c', 'ec', 'cach', 'com', 'cami'] },
      // Plural names: Suwałki → Suwałk, Suwałkach.
      { base: 'i', forms: ['i', '', 'ach', 'om', 'ami'] },
    ],
    // Ryga → Rydze, Polska → Polsce, Biełgorod → Biełgorodzie, Dniepr → Dnieprze.
    alternations: [
      { from: 'g', to: 'dz', forms: ['e'] },
      { from: 'k', to: 'c', forms: ['e'] },
      { from: 'ch', to: 'sz', forms: ['e'] },
      { from: 'd', to: 'dz', forms: ['ie'] },
      { from: 't', to: 'c', forms: ['ie'] },
      { from: 'r', to: 'rz', forms: ['e'] },
      { from: 'ł', to: 'l', forms: ['e'] },
      // Brest → Breście, Krosno → Krośnie, Gniezno → Gnieźnie: s and z soften with the consonant after them.
      { from: 'st', to: 'śc', forms: ['ie'] },
      { from: 'sn', to: 'śn', forms: ['ie'] },
      { from: 'zn', to: 'źn', forms: ['ie'] },
    ],
    stopForms: ['tych', 'kreml', 'prezydent', 'minister', 'gubernator', 'wołodymyr'],
    regionWords: ['obwód', 'województwo', 'region', 'oblast', 'kraj', 'republika', 'prowincja', 'eksklawa', 'okręg', 'powiat', 'woj'],
    regionWordPlurals: ['obwodach', 'obwodami', 'obwodów', 'obwody', 'obwodom', 'województwach', 'województwami', 'województw', 'regionach', 'regionów', 'okręgach', 'okręgów', 'powiatach', 'powiatów'],
    featureWords: ['przesmyk', 'korytarz', 'rzeka', 'cieśnina', 'morze', 'zatoka', 'jezioro', 'kanał', 'zapora', 'zalew', 'wyspa', 'półwysep', 'brzeg'],
    adjectiveHeads: ['flota', 'rejon', 'kierunek', 'front'],
    borderWords: ['granica', 'pogranicze'],
    borderWordPlurals: ['granic', 'granice', 'granicach', 'granicami', 'granicom'],
    borderLinks: ['z', 'ze', 'i', 'oraz', 'między', 'na', 'przy', 'do', 'pod', 'wzdłuż', 'w'],
    borderWith: ['z', 'ze'],
    conjunctions: ['i', 'oraz'],
    countryAdjectives: {
      białorus: 'BY', ukraiń: 'UA', ukrain: 'UA', rosyj: 'RU', rosjan: 'RU', polsk: 'PL', polak: 'PL', litew: 'LT', litwin: 'LT',
      łotew: 'LV', łotysz: 'LV', estoń: 'EE', mołdaw: 'MD', rumuń: 'RO', węgier: 'HU', słowac: 'SK', fiń: 'FI',
      niemiec: 'DE', niemck: 'DE', francus: 'FR', amerykań: 'US', brytyj: 'GB', gruziń: 'GE',
    },
    surnameAgreement: true,
  },
  events: {
    // Cue families as a journalist writes them: nouns, verbs of both aspects, participles. Stems stop short of
    // words that only look alike (more in nonCues): "trafić do" (to end up in) is no hit, so "trafi*" needs "w";
    // "spaść" (to fall) needs "na" or a place nearby; "manewr" (a move) is no "manewry" (manoeuvres).
    cues: {
      strike: [
        // obrona przeciwlotnicza w akcji nad miejscem: przechwycenia tam
        'działała obrona przeciwlotnicza', 'obrona przeciwlotnicza działała', 'pracowała obrona przeciwlotnicza', 'działała obrona powietrzna', 'obrona powietrzna działała',
        'wystrzelił* na', 'wystrzelił* w kierunku', 'odpalił* na', 'leciały na', 'lecące na', 'lecących na', 'lecące w kierunku',
        // attacks and strikes
        'atak*', 'zaatakow*', 'uderz*', 'ostrzał*', 'ostrzal*', 'ostrzel*', 'bombard*', 'zbombardow*', 'nalot*', 'naloc*', 'zrzuci*', 'zrzuca*', 'zrzucon*', 'salw*', 'szturm',
        'szturmu', 'szturmują', 'szturmowali', 'ugodzi*',
        // what the weapons did there
        'wybuch*', 'eksplozj*', 'eksplod*', 'detonacj*',
        'wystrzel*', 'odpal*', 'trafion*', 'trafieni*', 'trafi* w', 'trafi* we', 'trafi* też w', 'trafi* również w', 'spadł* na', 'spadł* w pobliżu', 'spadł* niedaleko',
        'spadł* również na', 'spadł* też na', 'spadł* także na', 'ucierpiał*',
        'zniszczon*', 'zniszczył*', 'zniszczyli', 'zniszczeni*', 'zniszczeń', 'niszczą', 'niszczy', 'niszczył*', 'niszczyli', 'uszkodzon*', 'uszkodził*', 'uszkodzeni*', 'uszkodzeń',
        // interceptions over a place count as strikes on it
        // air defence at work over a place ("obrona przeciwlotnicza działała nad Kijowem"); not air defence being
        // supplied or strengthened ("wzmocnić obronę powietrzną", "obrona powietrzna Ukrainy potrzebuje …")
        'szczątk*', 'odłamk*', 'zestrzel*', 'strącon*', 'strącił*', 'przechwyc*', 'przechwyt*', 'neutralizow*', 'zneutralizow*',
        'obron* przeciwlotnicz* działa*', 'obron* powietrzn* działa*', 'obron* przeciwlotnicz* pracowa*', 'obron* powietrzn* pracowa*',
        'obron* przeciwlotnicz* odpiera*', 'obron* powietrzn* odpiera*', 'działa* obron* przeciwlotnicz*', 'działa* obron* powietrzn*',
        'pracowa* obron* przeciwlotnicz*', 'pracowa* obron* powietrzn*',
        // casualties of an attack
        'zginęł*', 'zginął', 'zginęli', 'zabit*', 'zabici', 'rann*', 'raniono', 'ranił*', 'ranili', 'ofiar* śmiertel*',
        // "zginęło nie mniej niż pięć osób", "ataki nie tylko na Kijów": "nie" inside the cue is no negation
        'zginęł* nie mniej', 'zginęli nie mniej', 'rann* nie mniej', 'atak* nie tylko', 'uderz* nie tylko', 'ostrzał* nie tylko',
        'ostrzel* nie tylko', 'zaatakow* nie tylko',
      ],
      meeting: [
        'rozmawiali w', 'rozmawiał w', 'rozmawiała w', 'omówili w', 'omawiali w',
        'posiedzeni*', 'konsultacj*', 'forum*', 'spotka*', 'spotkał*', 'spotyka*', 'rozmow*', 'rozmów', 'rozmawia*',
        'negocjac*', 'negocjow*', 'negocjuj*', 'rokowa*', 'pertraktac*', 'wizyt*', 'wizycie', 'odwiedzi*', 'odwiedza*', 'odwiedzin*', 'gościł*', 'gościli', 'gości',
        'przyby*', 'przylecia*', 'przylot*', 'przyjecha*', 'przyjazd*', 'wylądowa*', 'udał* się do', 'udali się do',
        'szczyt*', 'szczycie', 'obrad*', 'narad*', 'zjazd*', 'zebra* się', 'zbior* się', 'konferencj*', 'wideokonferencj*',
      ],
      exercise: [
        'ćwicz*', 'przećwicz*', 'manewry', 'manewrów', 'manewrach', 'manewrami', 'manewrom', 'szkoleni*', 'szkol* się', 'szkolą', 'szkolił*', 'szkolili', 'trening*', 'gry wojenne', 'gier wojennych', 'ostr* strzelani*', 'strzelani* bojow*',
        'kontrol* gotowości bojowej', 'sprawdzian* gotowości*', 'sprawdzeni* gotowości*',
      ],
    },
    // Words the cue stems match that name no event: the outbreak of a war ("od wybuchu wojny"), explosives, cruise
    // missiles ("pociski manewrujące"), strike drones as a weapon ("drony uderzeniowe"), a heart attack, a peak
    // season, "szczytny" (noble) and the town Szczytno, "uderzający" (striking), a press conference, a business card.
    nonCues: [
      // "blokady uderzają w ukraińską gospodarkę": a blow to an economy is no strike
      'uderza* w gospodark*', 'uderza* w ukraińską gospodark*', 'uderza* w polską gospodark*', 'uderzył* w gospodark*', 'uderzenie w gospodark*',
      // Statistics about events in general ("the number of attacks has grown") tell of no event at a place.
      'liczba ataków', 'liczba uderzeń', 'intensywność ataków', 'liczba ćwiczeń',
      'wybuch* wojn*', 'wybuch* pełnoskalow*', 'wybuch* konflikt*', 'wybuch* pandemi*', 'wybuch* epidemi*', 'wybuch* kryzys*',
      'wybuch* protest*', 'wybuch* powstani*', 'wybuch* skandal*', 'wybuchow*',
      'manewruj*', 'uderzeniow*', 'atak* serca', 'atak* paniki', 'atak* hakersk*', 'atak* cybernetyczn*',
      'szczyt* sezon*', 'szczytow*', 'szczytn*', 'uderzając*', 'konferencj* prasow*', 'wizytówk*',
      // a figurative blow ("uderzenie w gospodarkę"), intercepted calls, a seized initiative
      'uderz* w gospodark*', 'uderz* w wizerun*', 'uderz* w interes*', 'przechwyc* rozm*', 'przechwycon* rozm*',
      'przechwyc* inicjatyw*',
      // visitors, residual ("szczątkowe informacje")
      'odwiedzając*', 'szczątkow*',
      // an interview ("powiedział w rozmowie z PAP", "w rozmowie z dziennikarzami") is no meeting
      'rozmow* z pap', 'rozmow* z dziennikarz*', 'rozmow* z medi*', 'rozmow* z mediami', 'rozmow* z portal*', 'rozmow* z radi*',
      'rozmow* z telewizj*', 'rozmow* z gazet*', 'rozmow* z dziennik*', 'rozmow* z tygodnik*', 'rozmow* z agencj*',
      'rozmow* z reporter*', 'rozmow* z korespondent*', 'rozmow* z tvn*', 'rozmow* z tvp*', 'rozmow* z polsat*', 'rozmow* z rmf*',
      'rozmow* z onet*', 'rozmow* z interi*', 'rozmow* z wp', 'rozmow* z bbc', 'rozmow* z cnn', 'rozmow* z reuters*',
      'rozmow* z ap', 'rozmow* z afp', 'rozmow* z rzeczpospolit*', 'rozmow* z wyborcz*', 'rozmow* z rozgłośni*', 'rozmow* z stacj*',
    ],
    // Denials, conditions, threats and preparations: planned or hypothetical events are not events. Not "bez": after a
    // cue it denies the casualties, not the event ("atak na Kijów obył się bez ofiar").
    relativeWords: ['który', 'która', 'które', 'którzy', 'których', 'którym', 'którego', 'której'],
    timeWords: ['noc', 'nocy', 'rano', 'wieczorem', 'poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek', 'sobotę', 'niedzielę', 'styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'weekend', 'dobę',
      // seasons ("od lata", since the summer)
      'lata', 'latem', 'wiosny', 'wiosną', 'jesieni', 'jesienią', 'zimy', 'zimą'],
    // Reactions to an event told elsewhere ("Merz condemned the attack", "Минск назвал учения провокацией").
    reactionVerbs: ['potępi*', 'potępia*', 'skrytykowa*', 'krytykowa*', 'krytykuj*', 'nazwa*', 'nazywa*', 'określi*', 'określa*', 'skomentowa*', 'komentowa*', 'komentuj*', 'zareagowa*', 'reagowa*', 'reaguj*', 'z zadowoleniem', 'protestowa*', 'obserwuj*', 'obserwowa*', 'śledz*', 'śledzi*', 'krytyk*', 'potępieni*', 'reakcj*', 'ocenia*', 'ocenił*'],
    // Talking about an event: "ministers will meet to discuss the drills".
    yearWords: { before: ['w', 'od'], after: ['roku', 'rok', 'r'], until: ['do'], then: ['wtedy', 'wówczas'] },
    ownCountryPhrases: ['na wschodzie kraju', 'na zachodzie kraju', 'na północy kraju', 'na południu kraju', 'we wschodniej części kraju', 'w zachodniej części kraju', 'w północnej części kraju', 'w południowej części kraju', 'w całym kraju'],
    topicVerbs: ['omówi*', 'omawia*', 'dyskutowa*', 'dyskutuj*'],
    // "…, including the Kaliningrad region": the places after them join the event's list.
    inclusionWords: ['w tym', 'między innymi', 'm in', 'zwłaszcza', 'szczególnie', 'w szczególności', 'a także', 'jak również', 'z tego', 'z czego', 'spośród nich'],
    // "The main part will take place near Varna": the story's latest event goes on.
    continuationVerbs: ['odbędzie się', 'odbędą się', 'odbywa się', 'odbywają się', 'odbył się', 'odbyła się', 'odbyło się', 'odbyły się'],
    // "jednostki przerzucono w rejon …": wojska w ruchu ciągną ćwiczenia, o których mowa tuż wcześniej.
    continuationVerbsByType: { exercise: ['rozmieszczon*', 'rozmieścił*', 'rozmieściły', 'przerzucon*', 'przerzucił*', 'przerzuciły', 'przerzucono', 'przebazowan*', 'wykonały marsz*', 'wykonali marsz*', 'odbyły marsz*'] },
    // agreed: at a meeting, but what was agreed is no place of it
    agreementVerbs: ['uzgodnili', 'uzgodniły', 'uzgodnił', 'uzgodniła', 'porozumieli', 'porozumiały'],
    // "…, but no date has been set": a meeting or exercise without a date is only planned.
    dateWords: ['data', 'daty', 'datę', 'dat', 'termin', 'terminy', 'terminu'],
    // "next year", "in the coming weeks": a meeting or exercise without a date is only planned
    vagueFutureWords: [
      // "the next summit will be held in Moscow": the next one, without a date, is only planned
      'następn* spotkani*', 'następn* szczyt*', 'następn* rund*', 'następn* posiedzeni*', 'następn* wizyt*',
      'w najbliższych tygodniach', 'w najbliższych miesiącach', 'w najbliższych dniach', 'w najbliższym czasie', 'w przyszłym roku', 'w przyszłym miesiącu', 'w przyszłości', 'po uzgodnieniu terminu', 'po ustaleniu terminu', 'po uzgodnieniu daty', 'gdy zostanie ustalony termin', 'gdy zostanie ustalona data', 'następnym razem', 'przyszłej wiosny', 'przyszłego lata', 'przyszłej jesieni', 'przyszłej zimy', 'wiosną przyszłego roku', 'latem przyszłego roku', 'jesienią przyszłego roku', 'zimą przyszłego roku', 'na początku przyszłego roku', 'pod koniec przyszłego roku', 'na początku następnego roku', 'gdy tylko pozwoli', 'gdy pozwoli', 'kiedy pozwoli', 'jak tylko pozwoli'],
    // "does not rule out": what the sentence tells after it is only possible
    possibilityWords: ['nie wyklucza*', 'nie wykluczy*', 'nie wykluczono', 'nie jest wykluczone', 'nie można wykluczyć'],
    // "23 over the Ryazan region, 41 over Saratov, the rest over …": a count goes on with the same event.
    restWords: ['pozostałe', 'pozostałych', 'kolejne', 'kolejnych', 'jeszcze', 'reszta', 'resztę', 'inne',
      // small counts spelt out
      'dwa', 'dwie', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć', 'dziesięć'],
    // "the governor of the Kharkiv region": a region in an official's title is no place of the event told.
    // weapons: between a verb and its object they do not keep it from the verb
    actorNouns: ['artyleri*', 'dron*', 'rakiet*', 'moździerz*', 'lotnictw*', 'pocisk*', 'bezzałogow*'],
    // "200 km south of Moscow": a point of reference, not a scene (see `distanceUnits`).
    distanceUnits: ['km', 'kilometrów', 'kilometry', 'kilometra', 'kilometrach'],
    officialTitles: ['gubernator*', 'mer*', 'szef*', 'wojewod*', 'starost*', 'burmistrz*', 'prezydent miasta', 'naczelnik*'],
    // "the Ukrainian ambassador to Latvia": a place after a diplomat's title names the post, not a scene.
    envoyTitles: ['ambasador*', 'konsul', 'konsula', 'konsulem', 'konsulowi', 'chargé', 'attaché'],
    // The war in general, not one event (see types.ts): no event at a country, no place inherited.
    backgroundWords: ['lat temu', 'lata temu', 'rok temu', 'ciągle', 'regularnie', 'regularn*', 'wielokrotnie', 'stale', 'często', 'codziennie', 'codzienn*', 'coraz częściej', 'systematycznie', 'systematyczn*', 'nieustann*', 'permanentn*'],
    continuingWords: ['nadal', 'wciąż', 'kontynuuj*', 'kontynuowa*'],
    historyWords: ['od początku', 'od czasu', 'od momentu', 'od rozpoczęcia'],
    nonNegations: ['nie mniej', 'nie tylko', 'nie raz', 'nie po raz pierwszy'],
    nounNegations: ['żadnych', 'żadnego', 'żadnej', 'żaden', 'żadne'],
    // "if": what follows is hypothetical (see `conditionals`)
    conditionals: ['jeśli', 'jeżeli', 'gdyby'],
    questionWords: ['czy'],
    // "намерены провести … учения": what follows a plan has not happened
    intentionVerbs: ['umówili się na', 'planuje', 'planują', 'planował*', 'zamierza*'],
    // "denied reports of explosions in the city": what follows a denial did not happen
    denialVerbs: ['zaprzeczy*', 'zaprzecza*', 'zdementowa*', 'dementuj*', 'dementi'],
    // "doniesienia o eksplozjach … zdementowały władze": a report the sentence calls false
    refutedReports: { reports: ['doniesieni*', 'informacj*', 'pogłosk*', 'plotk*', 'twierdzeni*'], refutations: ['zaprzeczy*', 'zaprzecza*', 'zdementowa*', 'dementuj*', 'nieprawdziw*', 'fałszyw*', 'fake*', 'dezinformacj*', 'nie potwierdzi*'] },
    negations: ['zaproponowa*', 'proponuj*', 'ewentualn*', 'możliw*', 'jakoby', 'jeśli', 'jeżeli', 'gdyby', 'nie', 'ani', 'brak*', 'zaprzecz*', 'zdementow*', 'dementi', 'dementuj*', 'odwoła*', 'przełożon*', 'żadn*', 'żadnych', 'grozi*', 'groził*', 'zagroż*', 'przygotowuj*', 'szykuj*', 'rozważa*', 'zamierza*', 'mógłby', 'mogłaby', 'mogłoby', 'mogłyby', 'mogliby', 'może dojść', 'mogą zostać', 'może zostać', 'zapowiada*', 'w przyszłym roku', 'na wypadek', 'w razie', 'ewentualn*',
      // hybrid and cyber attacks are no strikes
      'hybrydow*', 'hakersk*', 'cybernetyczn*',
      // the simulated enemy of an exercise ("pozorowany atak"); a court sitting ("posiedzenie sądu") is no meeting
      'pozorowan*', 'symulowan*', 'sądu', 'sądzie', 'sądow*', 'ddos',
      // road accidents; plans and warnings of what may come
      'wypadek', 'wypadku', 'wypadkach', 'planuje', 'planują', 'planował*', 'ostrzeg*', 'możliw*',
      // "spotkał się z krytyką" (met with criticism) is no meeting
      'z krytyką', 'ze sprzeciwem', 'z aprobatą', 'ze zrozumieniem',
      // a phone call ("rozmowa telefoniczna", "rozmawiał telefonicznie") happens nowhere: it must not inherit a place
      'telefon*', 'zaprosi*', 'zaproszeni*', 'zaprasza*', 'być może', 'ewentualnie', 'gotow*'],
    locatives: ['wzdłuż', 'niedaleko', 'nieopodal', 'w', 'we', 'na', 'nad', 'ponad', 'pod', 'koło', 'obok', 'przy', 'u', 'wokół', 'pobliżu', 'sąsiedztwie', 'do', 'przeciwko', 'przeciw', 'rejon*', 'okolic*', 'terytorium', 'terenie', 'obszarze', 'przedmieściach', 'obrzeżach', 'peryferiach', 'centrum', 'kierunku', 'stronę', 'wybrzeży', 'wybrzeżu',
      'na północ od', 'na południe od', 'na wschód od', 'na zachód od', 'na północny wschód od', 'na północny zachód od', 'na południowy wschód od', 'na południowy zachód od', 'po obu stronach', 'po obu stronach granicy',
      // "na jednym z poligonów obwodu brzeskiego": "z" of a part, not of an origin
      'w jednym z', 'na jednym z', 'w jednej z', 'na jednej z', 'pod jednym z'],
    // "przez Rosję" (by Russia), "na temat Ukrainy" / "w sprawie Ukrainy" (about), "między Rosją a Białorusią" (partners).
    nonLocatives: [
      // a ship's flag is no place where anything happens: "суховантаж під прапором Панами"
      'pod banderą', 'pod flagą',
      'stacjonując* w', 'stacjonując* na', 'stacjonując* pod', 'z siedzibą w', 'według', 'zdaniem', 'wg', 'z', 'ze', 'od', 'o', 'przez', 'dla', 'między', 'pomiędzy', 'na temat', 'w sprawie', 'na rzecz', 'dotycząc*',
      // the situation, security or tension "in / on / around" a place is the topic of a talk ("rozmawiali o sytuacji na
      // granicy"), not where it is held
      'sytuacj* w', 'sytuacj* we', 'sytuacj* na', 'sytuacj* wokół', 'bezpieczeństw* w', 'bezpieczeństw* na',
      'napięci* w', 'napięci* na', 'napięci* wokół',
      // the war or invasion "in / on / against" a country is the background, not the scene of an event
      'wojn* w', 'wojn* we', 'wojn* na', 'wojn* przeciwko', 'konflikt* w', 'konflikt* na', 'inwazj* na', 'inwazj* w',
      // "z terytorium Białorusi" (launched from): the locative noun after "z" / "od" is a source too
      'z terytorium', 'z terenu', 'z obszaru', 'z rejonu', 'z okolic', 'z kierunku', 'z pobliża', 'od strony', 'wyprodukowan* w', 'produkcji', 'wyprodukowan* we', 'dziennikarzom w', 'dziennikarzy w', 'briefingu w', 'konferencji prasowej w', 'sygnał dla', 'przesłanie dla', 'ostrzeżenie dla', 'obrony w', 'ministerstwo w', 'ministerstwa w', 'rząd w', 'rządu w', 'msz w'],
    anaphoric: ['przed', 'poprzedzając*', 'po', 'podczas', 'trakcie', 'czasie', 'ramach', 'przededniu', 'wyniku', 'następstwie', 'uczestnic*', 'kuluarach', 'marginesie', 'początku', 'zakończeniu', 'odpowiedzi', 'związku', 'powodu', 'odwecie'],
    conjunctions: ['i', 'oraz', 'lub', 'a'],
    contrastiveConjunctions: ['a'],
    reportingVerbs: ['poinformował*', 'podał*', 'podaj*', 'przekazał*', 'przekazuj*', 'powiedział*', 'oświadczył*', 'napisał*', 'pisze', 'dodał*', 'potwierdził*', 'potwierdza*', 'informuj*', 'oznajmił*', 'ogłosił*', 'stwierdził*', 'zaznaczył*', 'podkreślił*', 'relacjon*', 'twierdz*', 'donosi', 'donoszą', 'raportuj*', 'zakomunikował*', 'powiadomił*', 'zapewnia*', 'zapewnił*', 'przekonuj*', 'podkreśla*'],
    // "Charków został ostrzelany", "Charków znalazł się pod ostrzałem" ("pod" counts; "się" would not be safe: "Rosja zdecydowała się zaatakować").
    passiveMarkers: ['został', 'została', 'zostało', 'zostały', 'zostali', 'znalazł*', 'był', 'była', 'było', 'były', 'ponownie', 'znów', 'znowu', 'również', 'także', 'celem', 'ofiarą', 'padł*', 'pod'],
    placeNouns: ['infrastruktur*', 'obiekt*', 'zakład*', 'przedmieś*', 'obrzeż*', 'miast*', 'mieście', 'stolic*', 'wieś', 'wsi', 'wsią', 'wios*', 'miejscowoś*', 'osiedl*', 'port*', 'obwod*', 'okolic*', 'poligon*', 'rejon*'],
    clauseOpeners: ['że', 'któr*', 'gdzie', 'skąd', 'dokąd', 'kiedy', 'gdy', 'zanim', 'ale', 'lecz', 'jednak', 'choć', 'chociaż', 'ponieważ', 'bo', 'jeśli', 'jeżeli', 'aby', 'żeby', 'podczas gdy'],
    whereWords: ['gdzie'],
  },
};
