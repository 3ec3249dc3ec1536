import type { LanguageProfile } from './types';

export const lt: LanguageProfile = {
  code: 'lt',
  name: 'Lithuanian',
  iso6393: ['lit'],
  inflection: {
    paradigms: [
      { base: '', forms: [''] },
      { base: 'as', forms: ['as', 'o', 'ui', 'ą', 'u', 'e', 'ai', 'ų', 'uose'] },
      { base: 'is', forms: ['is', 'io', 'iui', 'į', 'iu', 'yje', 'ies', 'imi', 'iai', 'ių'] },
      { base: 'ys', forms: ['ys', 'io', 'iui', 'į', 'iu', 'yje'] },
      { base: 'us', forms: ['us', 'aus', 'ui', 'ų', 'umi', 'uje'] },
      { base: 'a', forms: ['a', 'os', 'ai', 'ą', 'oje', 'ų', 'oms', 'ose', 'as'] },
      { base: 'ė', forms: ['ė', 'ės', 'ei', 'ę', 'ėje', 'e'] },
      { base: 'ai', forms: ['ai', 'ų', 'ams', 'us', 'uose'] },
      { base: 'os', forms: ['os', 'ų', 'oms', 'as', 'ose'] },
    ],
    stopForms: ['kremlius', 'prezidentas', 'ministras', 'volodymyras'],
    regionWords: ['sritis', 'regionas', 'apskritis', 'kraštas', 'respublika', 'vaivadija'],
    borderWords: ['siena', 'pasienis'],
    borderLinks: ['su', 'ir', 'tarp', 'prie', 'palei', 'ties', 'į', 'iki'],
    borderWith: ['su'],
    countryAdjectives: {
      baltarus: 'BY', ukrainieč: 'UA', ukrainos: 'UA', rusų: 'RU', rusišk: 'RU', rusijos: 'RU', lenk: 'PL', lietuv: 'LT', latv: 'LV',
      eston: 'EE', moldav: 'MD', rumun: 'RO', vengr: 'HU', slovak: 'SK', suom: 'FI', vokieč: 'DE', vokiet: 'DE', prancūz: 'FR',
      amerikieč: 'US', britų: 'GB', britanij: 'GB', gruzin: 'GE',
    },
  },
  events: {
    cues: {
      strike: ['susprogd*', 'pataik*', 'atak*', 'atakav*', 'smūg*', 'smog*', 'apšaud*', 'apšaudym*', 'bombard*', 'sprogim*', 'sprogd*', 'numuš*', 'numušt*', 'perėm*', 'antskryd*', 'puol*', 'apšaudė'],
      meeting: ['posėd*', 'konsultacij*', 'forum*', 'susitik*', 'deryb*', 'vizit*', 'lanky*', 'aplank*', 'apsilank*', 'atvyk*', 'pasitarim*', 'konferencij*', 'viršūnių'],
      exercise: ['mokym*', 'pratyb*', 'manevr*'],
    },
    negations: ['jei', 'ne', 'nebuvo', 'nėra', 'be', 'neig*', 'paneig*', 'atšauk*', 'neįvyk*', 'joki*', 'nepatvirtin*'],
    locatives: ['palei', 'pakraštyje', 'į', 'prie', 'ties', 'virš', 'netoli', 'šalia', 'link', 'prieš'],
    nonLocatives: ['pasak', 'anot', 'teigimu', 'duomenimis', 'iš', 'su', 'apie', 'pagamint*', 'gamybos'],
    anaphoric: ['po', 'prieš', 'metu', 'išvakarėse'],
    conjunctions: ['ir', 'bei', 'ar'],
    locativeEndings: ['e', 'oje', 'uje', 'yje', 'ose', 'uose', 'yse'],
    passiveMarkers: ['buvo', 'vėl', 'yra'],
    placeNouns: ['miestas', 'miestą', 'miesto', 'mieste', 'sostin*', 'uostamiest*', 'kaimas'],
    clauseOpeners: ['kad', 'kuris', 'kuri', 'kurie', 'kuriose', 'kuriame', 'kurioje', 'kur', 'kai', 'bet', 'nors', 'nes', 'jei', 'tačiau'],
    whereWords: ['kur'],
    placeBeforeCue: true,
    prenominalGenitiveEndings: ['os', 'o', 'ės', 'aus', 'io', 'ių'],
  },
};
