// Turning raw bytes (a file from disk or a dropped file) into article text, or into a message that says
// plainly why they are not usable. Shared by the CLI and the browser intake, so both refuse the same things.

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** Share of control characters (other than tab, newline, carriage return, form feed) above which bytes are "binary". */
const MAX_CONTROL_RATIO = 0.01;

/** Decodes strict UTF-8 (a BOM is dropped) and refuses empty, binary or non-UTF-8 input. */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: 'is empty' };
  if (bytes.includes(0)) return { ok: false, message: 'looks like a binary file (it contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, message: 'is not valid UTF-8 text (convert it to UTF-8 first)' };
  }
  return checkArticleText(text);
}

/** Refuses text with nothing to read in it, or that is mostly control characters. */
export function checkArticleText(text: string): DecodeResult {
  if (text.trim().length === 0) return { ok: false, message: 'contains no text (only whitespace)' };
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
  }
  if (control / text.length > MAX_CONTROL_RATIO) return { ok: false, message: 'looks like a binary file (too many control characters), not text' };
  return { ok: true, text };
}
