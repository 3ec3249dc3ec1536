// Language detection on a bounded sample, so that it costs the same for a 2 MB article as for a short one.
// Letters peculiar to one language settle most texts outright (ў → Belarusian, ї/є → Ukrainian, frequent ъ →
// Bulgarian, ы/э → Russian, ā/ī/ņ → Latvian, ė/į/ų → Lithuanian, ł/ś/ż → Polish, ä/ö/ü/ß → German); a single
// quoted foreign name does not, because a letter must make up a share of the sample. What letters leave open goes
// to franc (trigram statistics) restricted to the registry's languages, on a shorter sample.
import { franc } from 'franc';
import type { LanguageCode } from './types';
import { LANGUAGES, LANGUAGE_CODES } from './languages';

/** Characters whose letters are counted. */
const SAMPLE = 800;
/** Characters franc reads when letters leave the language open (its cost grows with the sample). */
const FRANC_SAMPLE = 600;
/** Share of the sample's letters a peculiar letter must reach to decide. */
const DECISIVE = 0.004;
/** Latin texts quote foreign names (Łódź, Müller): a few letters do not decide. */
const MIN_LATIN_LETTERS = 3;
/** Latin letters after which the absence of any peculiar letter settles English. */
const PLAIN_LATIN_IS_ENGLISH = 300;

const BY_ISO6393 = new Map<string, LanguageCode>();
for (const code of LANGUAGE_CODES) for (const iso of LANGUAGES[code].iso6393) BY_ISO6393.set(iso, code);
const ONLY = [...BY_ISO6393.keys()];

/** The letter classes counted, each a set of lower-case letters. */
const CLASSES = {
  be: 'ў', i: 'і', ukOnly: 'їєґ', bg: 'ъ', ruOnly: 'ыэ',
  lv: 'āēīķļņģ', lt: 'ėįų', pl: 'łśźżćń', de: 'äöüß',
} as const;
type LetterClass = keyof typeof CLASSES;
const CLASS_NAMES = Object.keys(CLASSES) as LetterClass[];
/** Char code → 1 + index of its letter class in CLASS_NAMES (0: none); all the letters lie below U+0500. */
const CLASS_OF = new Uint8Array(0x500);
CLASS_NAMES.forEach((name, k) => {
  for (const ch of CLASSES[name]) {
    CLASS_OF[ch.charCodeAt(0)] = k + 1;
    // ß has no one-letter capital ("SS"): only letters with one are marked in upper case too.
    const upper = ch.toUpperCase();
    if (upper.length === 1) CLASS_OF[upper.charCodeAt(0)] = k + 1;
  }
});

interface LetterCounts { cyrillic: number; latin: number; classes: Record<LetterClass, number> }

/** One pass over the sample's char codes. */
function countLetters(sample: string): LetterCounts {
  const classes = { be: 0, i: 0, ukOnly: 0, bg: 0, ruOnly: 0, lv: 0, lt: 0, pl: 0, de: 0 };
  let cyrillic = 0;
  let latin = 0;
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else continue;
    const cls = c < CLASS_OF.length ? CLASS_OF[c] : 0;
    if (cls) classes[CLASS_NAMES[cls - 1]]++;
  }
  return { cyrillic, latin, classes };
}

function byCyrillicLetters({ cyrillic, classes }: LetterCounts): LanguageCode | undefined {
  const share = (n: number) => n / cyrillic;
  if (classes.be > 0 && classes.i > 0) return 'be';
  if (share(classes.ukOnly) >= DECISIVE || (share(classes.i) >= DECISIVE && classes.ruOnly === 0)) return 'uk';
  if (share(classes.bg) >= DECISIVE && classes.ruOnly === 0) return 'bg';
  if (share(classes.ruOnly) >= DECISIVE && classes.i === 0) return 'ru';
  return undefined;
}

function byLatinLetters({ latin, classes }: LetterCounts): LanguageCode | undefined {
  const candidates: [LanguageCode, number][] = [['lv', classes.lv], ['lt', classes.lt], ['pl', classes.pl], ['de', classes.de]];
  candidates.sort((a, b) => b[1] - a[1]);
  const [lang, n] = candidates[0];
  if (n >= MIN_LATIN_LETTERS && n / latin >= DECISIVE) return lang;
  // A long Latin text without a single letter peculiar to Latvian, Lithuanian, Polish or German is English.
  return n === 0 && latin >= PLAIN_LATIN_IS_ENGLISH ? 'en' : undefined;
}

export function detectLanguage(text: string): LanguageCode {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const counts = countLetters(sample);
  if (counts.cyrillic === 0 && counts.latin === 0) return 'en';
  const isCyrillic = counts.cyrillic > counts.latin;
  const byLetters = isCyrillic ? byCyrillicLetters(counts) : byLatinLetters(counts);
  if (byLetters) return byLetters;
  const guess = BY_ISO6393.get(franc(sample.slice(0, FRANC_SAMPLE), { only: ONLY, minLength: 10 }));
  const cyrillicLanguage = guess === 'bg' || guess === 'ru' || guess === 'uk' || guess === 'be';
  if (guess && cyrillicLanguage === isCyrillic) return guess;
  return isCyrillic ? 'ru' : 'en';
}
