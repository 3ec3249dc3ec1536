import type { LanguageProfile } from './types';

export const lv: LanguageProfile = {
  code: 'lv',
  name: 'Latvian',
  iso6393: ['lvs'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: {
      strike: ['uzbruk*', 'triecien*', 'apšaud*', 'bombard*', 'sprādzien*', 'notrie*', 'notriek*', 'pārtver*', 'uzlidojum*', 'apšaudīj*', 'uzbruka'],
      meeting: ['tikšan*', 'tikās', 'tiksies', 'tikties', 'sarun*', 'vizīt*', 'apmeklē*', 'apmeklēj*', 'ierad*', 'samit*', 'sanāksm*', 'konferenc*'],
      exercise: ['mācīb*', 'manevr*', 'manevriem'],
    },
    negations: ['ne', 'nav', 'nebija', 'nenotika', 'bez', 'noliedz*', 'atcel*', 'nekād*', 'neviens', 'neviena'],
    locatives: ['uz', 'pie', 'virs', 'netālu no', 'pa'],
    nonLocatives: ['no', 'ar', 'par', 'ražot*'],
    anaphoric: ['pirms', 'pēc', 'laikā', 'priekšvakarā'],
    conjunctions: ['un', 'vai'],
    locativeEndings: ['ā', 'ē', 'ī', 'ū', 'os', 'ās', 'ēs', 'īs'],
    prenominalGenitiveEndings: ['as', 'es'],
  },
};
