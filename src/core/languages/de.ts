import type { LanguageProfile } from './types';

export const de: LanguageProfile = {
  code: 'de',
  name: 'German',
  iso6393: ['deu'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
