// Language detection on a bounded sample, so that it costs the same for a 2 MB article as for a short one.
// Letters peculiar to one language settle most texts outright (ў → Belarusian, ї/є → Ukrainian, frequent ъ →
// Bulgarian, ы/э → Russian, ā/ī/ņ → Latvian, ė/į/ų → Lithuanian, ł/ś/ż → Polish, ä/ö/ü/ß → German); a single
// quoted foreign name does not, because a letter must make up a share of the sample. What letters leave open goes
// to franc (trigram statistics) restricted to the registry's languages.
import { franc } from 'franc';
import type { LanguageCode } from './types';
import { LANGUAGES, LANGUAGE_CODES } from './languages';

/** Characters looked at: enough for a stable guess, few enough that franc stays cheap. */
const SAMPLE = 1200;
/** Share of the sample's letters a peculiar letter must reach to decide. */
const DECISIVE = 0.004;
const MIN_LATIN_LETTERS = 3;

const BY_ISO6393 = new Map<string, LanguageCode>();
for (const code of LANGUAGE_CODES) for (const iso of LANGUAGES[code].iso6393) BY_ISO6393.set(iso, code);
const ONLY = [...BY_ISO6393.keys()];

function count(sample: string, re: RegExp): number {
  return sample.match(re)?.length ?? 0;
}

function byCyrillicLetters(lower: string, letters: number): LanguageCode | undefined {
  const share = (re: RegExp) => count(lower, re) / letters;
  const i = share(/і/g);
  const russianOnly = share(/[ыэ]/g);
  if (share(/ў/g) > 0 && i > 0) return 'be';
  if (share(/[їєґ]/g) >= DECISIVE || (i >= DECISIVE && russianOnly === 0)) return 'uk';
  if (share(/ъ/g) >= DECISIVE && russianOnly === 0) return 'bg';
  if (russianOnly >= DECISIVE && i === 0) return 'ru';
  return undefined;
}

function byLatinLetters(lower: string, letters: number): LanguageCode | undefined {
  const counts: [LanguageCode, number][] = [
    ['lv', count(lower, /[āēīķļņģ]/g)],
    ['lt', count(lower, /[ėįų]/g)],
    ['pl', count(lower, /[łśźżćń]/g)],
    ['de', count(lower, /[äöüß]/g)],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  // Latin texts quote foreign names (Łódź, Müller): a few letters do not decide, a share of them does.
  return counts[0][1] >= MIN_LATIN_LETTERS && counts[0][1] / letters >= DECISIVE ? counts[0][0] : undefined;
}

export function detectLanguage(text: string): LanguageCode {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const lower = sample.toLowerCase();
  const cyrillic = count(lower, /[\u0400-\u04FF]/g);
  const latin = count(lower, /[a-z\u00C0-\u024F]/g);
  if (cyrillic === 0 && latin === 0) return 'en';
  const isCyrillic = cyrillic > latin;
  const byLetters = isCyrillic ? byCyrillicLetters(lower, cyrillic) : byLatinLetters(lower, latin);
  if (byLetters) return byLetters;
  const guess = BY_ISO6393.get(franc(sample, { only: ONLY, minLength: 10 }));
  const cyrillicLanguage = guess === 'bg' || guess === 'ru' || guess === 'uk' || guess === 'be';
  if (guess && cyrillicLanguage === isCyrillic) return guess;
  return isCyrillic ? 'ru' : 'en';
}
