import type { LanguageProfile } from './types';

export const lv: LanguageProfile = {
  code: 'lv',
  name: 'Latvian',
  iso6393: ['lvs'],
  inflection: {
    endings: [],
    stopForms: [],
  },
  events: {
    cues: { strike: [], meeting: [], exercise: [] },
    negations: [],
  },
};
