import type { LanguageProfile } from './types';

export const be: LanguageProfile = {
  code: 'be',
  name: 'Belarusian',
  iso6393: ['bel'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
