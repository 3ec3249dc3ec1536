import type { LanguageProfile } from './types';

export const ru: LanguageProfile = {
  code: 'ru',
  name: 'Russian',
  iso6393: ['rus'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
