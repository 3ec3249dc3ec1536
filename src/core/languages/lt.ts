import type { LanguageProfile } from './types';

export const lt: LanguageProfile = {
  code: 'lt',
  name: 'Lithuanian',
  iso6393: ['lit'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: {
      strike: ['atak*', 'atakav*', 'smūg*', 'apšaud*', 'apšaudym*', 'bombard*', 'sprogim*', 'sprogd*', 'numuš*', 'numušt*', 'perėm*', 'antskryd*', 'puol*', 'apšaudė'],
      meeting: ['susitik*', 'deryb*', 'vizit*', 'lanky*', 'aplank*', 'apsilank*', 'atvyk*', 'pasitarim*', 'konferencij*', 'viršūnių'],
      exercise: ['pratyb*', 'manevr*'],
    },
    negations: ['ne', 'nebuvo', 'nėra', 'be', 'neig*', 'paneig*', 'atšauk*', 'neįvyk*', 'joki*', 'nepatvirtin*'],
    locatives: ['į', 'prie', 'ties', 'virš', 'netoli', 'šalia', 'link'],
    nonLocatives: ['iš', 'su', 'apie', 'pagamint*', 'gamybos'],
    anaphoric: ['po', 'prieš', 'metu', 'išvakarėse'],
    conjunctions: ['ir', 'bei', 'ar'],
    locativeEndings: ['e', 'oje', 'uje', 'yje', 'ose', 'uose', 'yse'],
    prenominalGenitiveEndings: ['os', 'o', 'ės', 'aus', 'io', 'ių'],
  },
};
