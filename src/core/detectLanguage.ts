// Language detection: franc (trigram statistics) restricted to the registry's languages, on a bounded sample so that
// it costs the same for a 2 MB article as for a short one, then checked against letters that only some of the
// Cyrillic languages have (franc confuses short Russian and Bulgarian texts). Without a usable sample, the script
// and its letters decide.
import { franc } from 'franc';
import type { LanguageCode } from './types';
import { LANGUAGES, LANGUAGE_CODES } from './languages';

/** Characters franc looks at (it reads at most 2048 itself). */
const SAMPLE = 2000;

const BY_ISO6393 = new Map<string, LanguageCode>();
for (const code of LANGUAGE_CODES) for (const iso of LANGUAGES[code].iso6393) BY_ISO6393.set(iso, code);
const ONLY = [...BY_ISO6393.keys()];

function count(sample: string, re: RegExp): number {
  return sample.match(re)?.length ?? 0;
}

/** Letters that settle a Cyrillic language whatever the trigrams say. */
function cyrillicByLetters(sample: string, guess: LanguageCode): LanguageCode {
  const lower = sample.toLowerCase();
  if (count(lower, /ў/g) > 0 && count(lower, /і/g) > 0) return 'be';
  if (count(lower, /[їєґ]/g) > 0 || (count(lower, /і/g) > 0 && count(lower, /[ыэъ]/g) === 0)) return 'uk';
  const hasRussianOnly = count(lower, /[ыэ]/g) > 0;
  if (guess === 'bg' && hasRussianOnly) return 'ru';
  if (guess === 'ru' && !hasRussianOnly && count(lower, /[а-я]ъ[а-я]/g) > 0) return 'bg';
  if (guess !== 'bg' && guess !== 'ru' && guess !== 'uk' && guess !== 'be') return hasRussianOnly ? 'ru' : 'bg';
  return guess;
}

/** Latin-script fallback by letters peculiar to one language. */
function latinByLetters(sample: string): LanguageCode {
  const lower = sample.toLowerCase();
  const scores: [LanguageCode, number][] = [
    ['lv', count(lower, /[āēīūķļņģ]/g)],
    ['lt', count(lower, /[ąęėįųū]/g) - count(lower, /[āēī]/g)],
    ['pl', count(lower, /[łśźżćńó]/g)],
    ['de', count(lower, /[äöüß]/g) + count(lower, /\b(der|die|das|und)\b/g)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] > 0 ? scores[0][0] : 'en';
}

export function detectLanguage(text: string): LanguageCode {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const cyrillic = count(sample, /[\u0400-\u04FF]/g);
  const latin = count(sample, /[A-Za-z\u00C0-\u024F]/g);
  const guess = BY_ISO6393.get(franc(sample, { only: ONLY, minLength: 10 }));
  if (cyrillic > latin) return cyrillicByLetters(sample, guess ?? 'ru');
  if (guess && guess !== 'bg' && guess !== 'ru' && guess !== 'uk' && guess !== 'be') return guess;
  return latinByLetters(sample);
}
