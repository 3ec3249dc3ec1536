// What the app accepts from a user (a dropped file, pasted text) and the plain-language reason when it
// refuses something. Nothing here touches what is already loaded: a refusal is just a message.
import type { ArticleInput, LanguageCode } from '../core/types';
import { decodeArticleBytes, checkArticleText } from './decodeArticleBytes';
import { ACCEPTED_EXTENSIONS, detectFormat, type ArticleFormat } from './articleFormat';
import { htmlToText } from './htmlToText';
import { formatMegabytes, MAX_PASTED_CHARS, MAX_USER_FILE_BYTES } from './limits';

export type IntakeResult =
  | { ok: true; article: ArticleInput; format: ArticleFormat }
  | { ok: false; message: string };

/** The part of a `File` that intake uses (a `File` satisfies it; tests can pass a `Blob` with a name). */
export interface FileLike { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }

const quoted = (name: string) => `“${name}”`;

/** Reads one file the user dropped or picked. The size is checked before anything is read. */
export async function readArticleFile(file: FileLike): Promise<IntakeResult> {
  const name = file.name || 'untitled';
  const refuse = (reason: string): IntakeResult => ({ ok: false, message: `${quoted(name)} ${reason}` });
  if (file.size > MAX_USER_FILE_BYTES) {
    return refuse(`is too large (${formatMegabytes(file.size)}; the limit is ${formatMegabytes(MAX_USER_FILE_BYTES)}). Split it into smaller files.`);
  }
  // The extension alone rules out PDFs, images, office documents… before reading them.
  if (detectFormat(name, '') === undefined) {
    return refuse(`was not added: only ${ACCEPTED_EXTENSIONS.join(', ')} files (plain text, Markdown, HTML) can be read.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse('could not be read (is it a folder, or was it moved?).');
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return refuse(`${decoded.message}.`);
  const format = detectFormat(name, decoded.text)!;
  let text = decoded.text;
  let title = name;
  if (format === 'html') {
    const page = htmlToText(text);
    if (page.text.trim() === '') return refuse('has no readable text (only markup or scripts).');
    text = page.text;
    title = page.title ?? name;
  }
  const checked = checkArticleText(text);
  if (!checked.ok) return refuse(`${checked.message}.`);
  return { ok: true, article: { id: name, text, title }, format };
}

export interface PasteOptions { lang?: LanguageCode; title?: string }

/** Accepts text pasted into the intake dialog. A language chosen by the user overrides detection. */
export function readPastedText(text: string, options: PasteOptions = {}): IntakeResult {
  if (text.length > MAX_PASTED_CHARS) {
    return { ok: false, message: `The pasted text is too long (${formatMegabytes(text.length)}; the limit is ${formatMegabytes(MAX_PASTED_CHARS)}). Paste it in parts.` };
  }
  const cleaned = text.replace(/^\uFEFF/, '');
  const checked = checkArticleText(cleaned);
  if (!checked.ok) {
    return { ok: false, message: cleaned.trim() === '' ? 'There is no text to add: paste an article first.' : `The pasted text ${checked.message}.` };
  }
  const title = options.title?.trim() || titleFromText(cleaned);
  return {
    ok: true,
    article: { id: title, text: cleaned, title, ...(options.lang ? { lang: options.lang } : {}) },
    format: 'text',
  };
}

/** A short name for pasted text: its first non-empty line, cut at a word boundary. */
export function titleFromText(text: string, maxLength = 60): string {
  const first = text.trimStart().slice(0, 400).split('\n', 1)[0].replace(/\s+/g, ' ').trim();
  if (first.length <= maxLength) return first || 'Pasted text';
  const cut = first.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${space > maxLength / 2 ? cut.slice(0, space) : cut}…`;
}

/** An id not already taken: the name itself, else `name (2)`, `name (3)`… */
export function uniqueArticleId(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}
