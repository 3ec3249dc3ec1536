import type { LanguageProfile } from './types';

export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  iso6393: ['eng'],
  inflection: {
    paradigms: [{ base: '', forms: ['', "'s", 's'] }],
    // Capitalised common words and first names that are also town names (Nice, Bar, Vladimir); the Kremlin is a
    // metonym for the Russian government.
    stopForms: ['kremlin', 'nice', 'bar', 'mobile', 'reading', 'bath', 'split', 'most', 'march', 'may', 'president', 'vladimir', 'volodymyr'],
    regionWords: ['oblast', 'region', 'province', 'krai', 'republic', 'voivodeship', 'exclave'],
    featureWords: ['gap', 'corridor', 'river', 'strait', 'sea', 'bay', 'gulf', 'lake', 'canal', 'dam', 'reservoir', 'island', 'peninsula', 'mountains'],
    borderWords: ['border', 'frontier'],
    borderLinks: ['the', 'with', 'and', 'between', 'of', 'its', 'their', 'to', 'along'],
    borderWith: ['with', 'to'],
    conjunctions: ['and'],
    countryAdjectives: {
      belarusian: 'BY', belarus: 'BY', ukrainian: 'UA', russian: 'RU', polish: 'PL', lithuanian: 'LT', latvian: 'LV',
      estonian: 'EE', moldovan: 'MD', romanian: 'RO', hungarian: 'HU', slovak: 'SK', finnish: 'FI', german: 'DE',
      french: 'FR', american: 'US', british: 'GB', georgian: 'GE',
    },
    // Headlines capitalise every word: a capital letter after a name does not mark a surname.
    capitalisedNouns: true,
  },
  events: {
    cues: {
      strike: ['fired', 'fired at', 'under fire', 'barrage*', 'downed', 'hitting', 'targeted', 'strike*', 'struck', 'attack*', 'shell*', 'bomb*', 'hit', 'hits', 'explosion*', 'blast*', 'air strike*', 'air raid on', 'shot down', 'intercept*', 'pounded', 'launched', 'airstrike*'],
      meeting: ['gather*', 'conven*', 'travelled', 'traveled', 'trip', 'forum*', 'meet*', 'met', 'talks', 'summit*', 'visit*', 'gathered', 'conference*', 'negotiat*', 'arrived', 'landed'],
      exercise: ['snap check*', 'combat readiness check*', 'readiness check*', 'exercise*', 'drill*', 'manoeuvre*', 'maneuver*', 'war games', 'wargames'],
    },
    negations: ['if', 'no', 'not', 'never', 'without', 'denied', 'deny', 'denies', 'didn’t', "didn't", 'wasn’t', "wasn't", 'weren’t', "weren't", 'cancel*', 'postpone*', 'none'],
    locatives: ['along', 'close to', 'not far from', 'next to', 'in', 'at', 'on', 'over', 'near', 'against', 'to', 'into', 'outside', 'around', 'across', 'towards', 'toward', 'of', 'inside', 'off'],
    nonLocatives: ['according to', 'quoted by', 'said by', 'from', 'with', 'by', 'about', 'made in', 'produced in', 'built in'],
    anaphoric: ['before', 'after', 'during', 'ahead', 'following'],
    conjunctions: ['and', 'or'],
    reportingVerbs: ['said', 'says', 'reported', 'told', 'announced', 'stated', 'wrote', 'added', 'confirmed', 'claimed'],
    passiveMarkers: ['was', 'were', 'been', 'is', 'are', 'being', 'came under', 'come under', 'again'],
    placeNouns: ['city', 'town', 'capital', 'village', 'port', 'of'],
    clauseOpeners: ['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'because', 'although', 'but', 'if'],
    whereWords: ['where'],
    adjunctDeterminers: ['the', 'a', 'an', 'this', 'that', 'last', 'latest', 'recent', 'deadly', 'overnight', 'weekend', 'planned', 'upcoming'],
    prenominalGenitiveEndings: ["'s", '’s'],
  },
};
