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
      { base: 'a', forms: ['a', 'y', 'i', 'ie', 'ę', 'ą', 'o', 'e', 'ej', 'iej'] },
      // After k and g the locative softens (Polska → Polsce, Praga → Pradze); "-kie" is an adjective (Wojsko Polskie).
      { base: 'ka', forms: ['ka', 'ki', 'ce', 'kę', 'ką', 'ko', 'kiej'] },
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
      { base: 'o', forms: ['o', 'a', 'u', 'ie', 'em'] },
      { base: 'y', forms: ['y', '', 'ach', 'om', 'ami'] },
      { base: 'i', forms: ['i', 'iego', 'iemu', 'im'] },
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
    ],
    stopForms: ['kreml', 'prezydent', 'minister', 'gubernator', 'wołodymyr'],
    regionWords: ['obwód', 'województwo', 'region', 'oblast', 'kraj', 'republika', 'prowincja', 'eksklawa'],
    featureWords: ['przesmyk', 'korytarz', 'rzeka', 'cieśnina', 'morze', 'zatoka', 'jezioro', 'kanał', 'zapora', 'zalew', 'wyspa', 'półwysep'],
    borderWords: ['granica', 'pogranicze'],
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
    cues: {
      strike: ['ostrzal*', 'naloc*', 'atak*', 'zaatakow*', 'uderz*', 'ostrzał*', 'ostrzel*', 'bombard*', 'wybuch*', 'eksplozj*', 'nalot*', 'zestrzel*', 'przechwyc*', 'ostrzeliwa*'],
      meeting: ['posiedzeni*', 'konsultacj*', 'forum*', 'spotka*', 'spotkał*', 'rozmow*', 'rozmów', 'rozmawia*', 'negocjac*', 'wizyt*', 'odwiedzi*', 'przyby*', 'przylecia*', 'szczyt*', 'obrad*', 'konferencj*'],
      exercise: ['kontrol* gotowości bojowej', 'ćwicze*', 'manewr*'],
    },
    negations: ['jeśli', 'nie', 'brak*', 'bez', 'zaprzecz*', 'zdementow*', 'dementi', 'odwoła*', 'żadn*', 'żadnych'],
    locatives: ['wzdłuż', 'niedaleko', 'nieopodal', 'w', 'we', 'na', 'nad', 'pod', 'koło', 'obok', 'przy', 'wokół', 'pobliżu', 'do', 'przeciwko', 'rejonie', 'okolicach'],
    nonLocatives: ['według', 'zdaniem', 'wg', 'z', 'ze', 'od', 'o', 'wyprodukowan* w', 'produkcji', 'wyprodukowan* we'],
    anaphoric: ['przed', 'po', 'podczas', 'trakcie', 'przededniu'],
    conjunctions: ['i', 'oraz', 'lub', 'a'],
    reportingVerbs: ['poinformował*', 'podał*', 'przekazał*', 'powiedział*', 'oświadczył*', 'napisał*', 'dodał*', 'potwierdził*', 'podaje', 'informuje'],
    passiveMarkers: ['został', 'została', 'zostało', 'zostały', 'znalazł*', 'był', 'była', 'było', 'były', 'ponownie', 'znów'],
    placeNouns: ['miasto', 'miasta', 'mieście', 'stolic*', 'wieś', 'port'],
    clauseOpeners: ['że', 'który*', 'która', 'które', 'którym', 'gdzie', 'kiedy', 'gdy', 'ale', 'choć', 'chociaż', 'ponieważ', 'jeśli', 'jeżeli'],
    whereWords: ['gdzie'],
  },
};
