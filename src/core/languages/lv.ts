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
    stopForms: ['kremlis', 'kremļa', 'kremlī', 'kremli', 'prezidents', 'ministrs', 'volodimirs'],
    regionWords: ['apgabals', 'reģions', 'novads', 'oblasts', 'province', 'vojevodiste', 'eksklāvs'],
    featureWords: ['koridors', 'upe', 'šaurums', 'jūra', 'līcis', 'ezers', 'kanāls', 'dambis', 'ūdenskrātuve', 'sala', 'pussala'],
    borderWords: ['robeža', 'pierobeža'],
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
      strike: ['trāpīj*', 'trāpīt*', 'uzbruk*', 'triecien*', 'apšaud*', 'bombard*', 'sprādzien*', 'notrie*', 'notriek*', 'pārtver*', 'uzlidojum*', 'apšaudīj*', 'uzbruka'],
      meeting: ['tiekas', 'satikās', 'viesoj*', 'viesojās', 'sēdē', 'sēde', 'sēdes', 'konsultācij*', 'forum*', 'tikšan*', 'tikās', 'tiksies', 'tikties', 'sarun*', 'vizīt*', 'apmeklē*', 'apmeklēj*', 'ierad*', 'samit*', 'sanāksm*', 'konferenc*'],
      exercise: ['kaujas gatavības pārbaud*', 'mācīb*', 'manevr*', 'manevriem'],
    },
    negations: ['netika', 'netiek', 'netiks', 'nenotiks', 'nenotiek', 'neesot', 'nebūs', 'nekas', 'ja', 'ne', 'nav', 'nebija', 'nenotika', 'bez', 'noliedz*', 'atcel*', 'nekād*', 'neviens', 'neviena'],
    locatives: ['gar', 'uz', 'pie', 'virs', 'netālu no', 'pa'],
    nonLocatives: ['saskaņā ar', 'pēc', 'no', 'ar', 'par', 'ražot*'],
    anaphoric: ['pirms', 'pēc', 'laikā', 'priekšvakarā'],
    conjunctions: ['un', 'vai'],
    locativeEndings: ['ā', 'ē', 'ī', 'ū', 'os', 'ās', 'ēs', 'īs'],
    reportingVerbs: ['paziņoja', 'ziņoja', 'sacīja', 'teica', 'norādīja', 'pavēstīja', 'rakstīja', 'apstiprināja', 'piebilda', 'vēsta', 'informēja'],
    passiveMarkers: ['tika', 'tikusi', 'ticis', 'bija', 'atkal', 'ir'],
    placeNouns: ['pilsēt*', 'galvaspilsēt*', 'ciemat*', 'ostas', 'ostu'],
    clauseOpeners: ['ka', 'kas', 'kurš', 'kura', 'kuri', 'kuras', 'kurā', 'kurās', 'kurās', 'kur', 'kad', 'bet', 'taču', 'lai', 'ja'],
    whereWords: ['kur'],
    placeBeforeCue: 'any',
    prenominalGenitiveEndings: ['as', 'es'],
  },
};
