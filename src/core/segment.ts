// Segmentation into paragraphs (lines) and sentences, with exact offsets: `text.slice(start, end)` is the unit,
// trimmed of surrounding white space. Sentences tile their paragraph: the first starts where it starts, the last
// ends where it ends, and only white space lies between neighbours.
//
// Rule-based and linear on purpose: `Intl.Segmenter` grows badly with input length (NOTES.md), and a 2 MB line
// with no line breaks must segment as fast per byte as ordinary text. A sentence ends at . ! ? … (plus closing
// quotes or brackets) followed by white space and a capital letter, digit, opening quote or dash; not after an
// abbreviation (г., ул., Dr., gen.), an initial (В. Путин) or an ordinal number (3. decembrī, am 3. Dezember).
// Sentences longer than MAX_SENTENCE are cut at white space so that popups and classification stay bounded.
import type { Span } from './types';

export interface Sentence extends Span { paragraph: number }
export interface Segmentation { paragraphs: Span[]; sentences: Sentence[] }

export const MAX_SENTENCE = 2000;

/** Abbreviations after which a full stop does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  // Cyrillic (bg, ru, uk, be)
  'г', 'гг', 'ул', 'им', 'св', 'проф', 'др', 'д-р', 'т', 'е', 'т.е', 'т.н', 'напр', 'ст', 'тыс', 'хил', 'млн', 'млрд', 'обл', 'р-н', 'с', 'пос', 'гр', 'вул', 'пл', 'пр', 'бул', 'ген', 'полк', 'см',
  // Latin (lv, pl, lt, de, en)
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'vs', 'etc', 'e.g', 'i.e', 'no', 'nr', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
  'z.b', 'bzw', 'ca', 'u.a', 'usw', 'vgl', 'ul', 'św', 'tzw', 'np', 'm.in', 'r', 'godz', 'ok', 'gen', 'płk', 'pan', 'g', 'val', 'utt', 'plk', 'apgab',
]);

const TERMINATOR = /[.!?…]+["'»”’)\]]*(?=\s)/g;
const OPENS_SENTENCE = /[\p{Lu}\p{Lt}\p{N}"'«„“‘(\[–—-]/u;
const SPACE = /\s/;
/** Per char code: 0 not yet seen, 1 white space as SPACE reads it, 2 not (a regular expression per character costs more). */
const SPACE_CLASS = new Uint8Array(0x10000);

/** Whether text[i] is white space; false past either end of the text, as SPACE.test(undefined) is. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (SPACE_CLASS[c] === 0) SPACE_CLASS[c] = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
  return SPACE_CLASS[c] === 1;
}

/** True when the full stop at `dot` follows an abbreviation, an initial or an ordinal number. */
function endsAbbreviation(text: string, dot: number, from: number): boolean {
  let k = dot;
  while (k > from && dot - k < 12 && !isSpaceAt(text, k - 1) && text[k - 1] !== '(') k--;
  const word = text.slice(k, dot).toLowerCase();
  if (!word) return false;
  if (/^\p{N}{1,2}$/u.test(word)) return true; // ordinal numbers: "3. decembrī"
  if (/^\p{L}$/u.test(word)) return true; // initials: "В. Путин"
  return ABBREVIATIONS.has(word);
}

function splitParagraph(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let sentenceStart = start;
  const re = TERMINATOR;
  re.lastIndex = 0;
  const push = (s: number, e: number) => {
    // Trim trailing white space (the next sentence starts at a non-space).
    while (e > s && isSpaceAt(text, e - 1)) e--;
    // Bound the length: cut at the last white space before the limit (or hard at the limit).
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      let k = cut;
      while (k > s + MAX_SENTENCE / 2 && !isSpaceAt(text, k)) k--;
      if (k > s + MAX_SENTENCE / 2) cut = k;
      // Never cut inside a surrogate pair.
      if (cut > s && cut < e && /[\uDC00-\uDFFF]/.test(text[cut])) cut--;
      let pieceEnd = cut;
      while (pieceEnd > s && isSpaceAt(text, pieceEnd - 1)) pieceEnd--;
      if (pieceEnd === s) pieceEnd = cut;
      out.push({ start: s, end: pieceEnd, paragraph });
      s = cut;
      while (s < e && isSpaceAt(text, s)) s++;
    }
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  // The terminator regex runs over this paragraph only: run over the whole text it would rescan the rest of it for
  // every paragraph that has no terminator left.
  const body = text.slice(start, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const boundary = start + m.index + m[0].length;
    let next = boundary;
    while (next < end && isSpaceAt(text, next)) next++;
    if (next >= end) break;
    if (!OPENS_SENTENCE.test(text[next])) continue;
    if (m[0][0] === '.' && m[0].length === 1 && endsAbbreviation(text, start + m.index, sentenceStart)) continue;
    push(sentenceStart, boundary);
    sentenceStart = next;
    re.lastIndex = next - start;
  }
  push(sentenceStart, end);
}

export function segmentText(text: string): Segmentation {
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  const line = /[^\n\r\u2028\u2029]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (start === end) continue;
    paragraphs.push({ start, end });
    splitParagraph(text, start, end, paragraphs.length - 1, sentences);
  }
  return { paragraphs, sentences };
}
