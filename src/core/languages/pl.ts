import type { LanguageProfile } from './types';

export const pl: LanguageProfile = {
  code: 'pl',
  name: 'Polish',
  iso6393: ['pol'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
