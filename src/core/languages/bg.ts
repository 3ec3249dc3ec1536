import type { LanguageProfile } from './types';

export const bg: LanguageProfile = {
  code: 'bg',
  name: 'Bulgarian',
  iso6393: ['bul'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
