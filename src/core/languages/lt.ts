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
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
