// A situation to export and import in tests, independent of how well the recogniser does (see below).
import { analyseArticle, mergeSituations } from '../src/core/pipeline';
import type { Situation } from '../src/core/types';
import type { GazetteerIndex } from '../src/gazetteer/gazetteerIndex';

export const ODESA = 'city:698740', KHARKIV = 'city:706483', KYIV = 'city:703448', BELGOROD = 'region:RU-BEL', BORDER = 'border:BY-UA';

/**
 * A situation to export, independent of how well the recogniser does: real articles segmented by the real
 * pipeline, with the place names located by hand (these tests are about the file, not about recognition).
 */
export function annotatedSituation(index: GazetteerIndex): Situation {
  const articles = [
    { id: 'night-attack.txt', text: 'Drones struck Odesa overnight. Odesa port was hit again.\n\nIn Kharkiv, shelling hit homes; officials met in Kyiv.' },
    { id: 'border.txt', text: 'Exercises near the Belarus–Ukraine border. Shelling in Belgorod Oblast. Later, Odesa.' },
  ];
  const names: [string, string][] = [['Odesa', ODESA], ['Kharkiv', KHARKIV], ['Kyiv', KYIV], ['Belgorod Oblast', BELGOROD], ['Belarus–Ukraine border', BORDER]];
  const parts = articles.map((input) => {
    const part = analyseArticle({ ...input, lang: 'en' }, index);
    const passageAt = (offset: number) => part.passages.find((p) => p.start <= offset && offset < p.end)!;
    part.mentions = [];
    for (const [surface, place] of names) {
      for (let at = input.text.indexOf(surface); at >= 0; at = input.text.indexOf(surface, at + 1)) {
        part.mentions.push({ place, article: input.id, start: at, end: at + surface.length, surface, passage: passageAt(at).id });
      }
    }
    part.mentions.sort((a, b) => a.start - b.start);
    const eventAt = (type: 'strike' | 'meeting' | 'exercise', place: string, word: string) =>
      ({ type, place, article: input.id, passage: passageAt(input.text.indexOf(word)).id, cue: word });
    part.events = input.id === 'border.txt'
      ? [eventAt('exercise', BORDER, 'Exercises'), eventAt('strike', BELGOROD, 'Shelling')]
      : [eventAt('strike', ODESA, 'struck'), eventAt('strike', KHARKIV, 'shelling'), eventAt('meeting', KYIV, 'met')];
    return part;
  });
  return mergeSituations(parts);
}

