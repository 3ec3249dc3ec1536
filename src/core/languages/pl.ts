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
    cues: {
      strike: ['atak*', 'zaatakow*', 'uderz*', 'ostrzał*', 'ostrzel*', 'bombard*', 'wybuch*', 'eksplozj*', 'nalot*', 'zestrzel*', 'przechwyc*', 'ostrzeliwa*'],
      meeting: ['spotka*', 'spotkał*', 'rozmow*', 'rozmów', 'rozmawia*', 'negocjac*', 'wizyt*', 'odwiedzi*', 'przyby*', 'przylecia*', 'szczyt*', 'obrad*', 'konferencj*'],
      exercise: ['ćwicze*', 'manewr*'],
    },
    negations: ['nie', 'brak*', 'bez', 'zaprzecz*', 'zdementow*', 'dementi', 'odwoła*', 'żadn*', 'żadnych'],
    locatives: ['w', 'we', 'na', 'nad', 'pod', 'koło', 'obok', 'przy', 'wokół', 'pobliżu', 'do', 'przeciwko', 'rejonie', 'okolicach'],
    nonLocatives: ['z', 'ze', 'od', 'o', 'wyprodukowan* w', 'produkcji', 'wyprodukowan* we'],
    anaphoric: ['przed', 'po', 'podczas', 'trakcie', 'przededniu'],
    conjunctions: ['i', 'oraz', 'lub', 'a'],
  },
};
