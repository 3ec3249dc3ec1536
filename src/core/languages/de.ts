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
    cues: {
      strike: ['*angriff*', 'angegriffen', 'beschuss*', 'beschoss*', 'bombard*', 'bombe*', 'explosion*', 'abgeschossen', 'abgefangen', '*einschl*', 'attack*', 'attackiert*', '*luftschlag*'],
      meeting: ['treffen', 'treffens', '*treffen', 'trafen', 'trafen*', 'gipfel*', '*gipfel*', 'gespräch*', '*gespräch*', 'verhandlung*', 'besuch*', '*besuch*', 'besuchte*', 'eingetroffen', 'konferenz*', '*konferenz*', 'beratung*', 'empfang*', 'empfing'],
      exercise: ['übung*', '*übung*', 'manöver*', '*manöver*'],
    },
    negations: ['kein*', 'nicht', 'ohne', 'dementier*', 'bestritt*', 'bestreit*', 'abgesagt', 'nie', 'niemand'],
    locatives: ['in', 'im', 'auf', 'über', 'bei', 'beim', 'nahe', 'gegen', 'um', 'nach', 'an', 'am', 'vor', 'nahe bei', 'rund um'],
    nonLocatives: ['aus', 'von', 'vom', 'mit', 'hergestellt*', 'gefertigt*'],
    anaphoric: ['vor', 'nach', 'während', 'beim', 'anlässlich', 'vorfeld'],
    conjunctions: ['und', 'oder', 'sowie'],
  },
};
