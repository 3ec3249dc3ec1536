import type { LanguageProfile } from './types';

export const de: LanguageProfile = {
  code: 'de',
  name: 'German',
  iso6393: ['deu'],
  inflection: {
    paradigms: [
      { base: '', forms: ['', 's', 'es'] },
      { base: 'e', forms: ['e', 'es', 'en'] },
    ],
    // Nouns are capitalised in German: these common nouns (and the first name Wladimir) are also town names.
    stopForms: ['kreml', 'präsident', 'bar', 'most', 'essen', 'halle', 'hof', 'mark', 'wladimir', 'wolodymyr'],
    regionWords: ['oblast', 'gebiet', 'region', 'bezirk', 'republik', 'woiwodschaft', 'provinz', 'exklave'],
    featureWords: ['lücke', 'korridor', 'fluss', 'meerenge', 'meer', 'bucht', 'see', 'kanal', 'damm', 'stausee', 'insel', 'halbinsel'],
    borderWords: ['grenze'],
    borderLinks: ['zu', 'zur', 'zum', 'mit', 'zwischen', 'und', 'der', 'die', 'des', 'den', 'dem', 'an', 'nach', 'entlang'],
    borderWith: ['zu', 'zur', 'mit'],
    conjunctions: ['und'],
    countryAdjectives: {
      belarus: 'BY', weißruss: 'BY', weissruss: 'BY', ukrain: 'UA', russisch: 'RU', russ: 'RU', polnisch: 'PL', pole: 'PL',
      litauisch: 'LT', lettisch: 'LV', estnisch: 'EE', moldauisch: 'MD', moldawisch: 'MD', rumänisch: 'RO', ungarisch: 'HU',
      slowakisch: 'SK', finnisch: 'FI', deutsch: 'DE', französisch: 'FR', amerikanisch: 'US', britisch: 'GB', georgisch: 'GE',
    },
    capitalisedNouns: true,
  },
  events: {
    cues: {
      strike: ['unter beschuss', 'schlugen', 'schlug', 'griff', 'griffen', 'beschieß*', '*beschuss*', 'detonation*', '*attacke*', '*angriff*', 'angegriffen', 'beschuss*', 'beschoss*', 'bombard*', 'bombe*', 'explosion*', 'abgeschossen', 'abgefangen', '*einschl*', 'attack*', 'attackiert*', '*luftschlag*'],
      meeting: ['reist', 'besucht', 'sitzung*', 'konsultation*', 'traf sich', 'trafen sich', 'reiste', 'forum*', 'treffen', 'treffens', '*treffen', 'trafen', 'trafen*', 'gipfel*', '*gipfel*', 'gespräch*', '*gespräch*', 'verhandlung*', 'besuch*', '*besuch*', 'besuchte*', 'eingetroffen', 'konferenz*', '*konferenz*', 'beratung*', 'empfang*', 'empfing'],
      exercise: ['alarmübung*', 'gefechtsbereitschaft*', 'übung*', '*übung*', 'manöver*', '*manöver*'],
    },
    negations: ['falls', 'kein*', 'nicht', 'ohne', 'dementier*', 'bestritt*', 'bestreit*', 'abgesagt', 'nie', 'niemand'],
    locatives: ['entlang', 'unweit', 'nahe der', 'nahe dem', 'in', 'im', 'auf', 'über', 'bei', 'beim', 'nahe', 'gegen', 'um', 'nach', 'an', 'am', 'vor', 'nahe bei', 'rund um'],
    nonLocatives: ['laut', 'nach angaben', 'zufolge', 'aus', 'von', 'vom', 'mit', 'hergestellt*', 'gefertigt*'],
    anaphoric: ['vor', 'nach', 'während', 'bei', 'beim', 'anlässlich', 'vorfeld'],
    conjunctions: ['und', 'oder', 'sowie'],
    reportingVerbs: ['sagte', 'sagten', 'teilte*', 'erklärte*', 'meldete*', 'berichtete*', 'schrieb', 'bestätigte*', 'hieß', 'mitteilte'],
    passiveMarkers: ['wurde', 'wurden', 'ist', 'sind', 'war', 'erneut', 'wieder'],
    placeNouns: ['stadt', 'hauptstadt', 'hafenstadt', 'ort', 'dorf', 'großstadt'],
    clauseOpeners: ['dass', 'wo', 'als', 'wenn', 'aber', 'weil', 'obwohl', 'nachdem', 'sodass'],
    whereWords: ['wo'],
    placeBeforeCue: 'notFirst',
  },
};
