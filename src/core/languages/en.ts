import type { LanguageProfile } from './types';

export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  iso6393: ['eng'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
