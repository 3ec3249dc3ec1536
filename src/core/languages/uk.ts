import type { LanguageProfile } from './types';

export const uk: LanguageProfile = {
  code: 'uk',
  name: 'Ukrainian',
  iso6393: ['ukr'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
