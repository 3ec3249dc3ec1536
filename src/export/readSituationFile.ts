// Reading a situation file the user chose to import: the same safety checks as article files, then validation.
import { decodeArticleBytes } from '../intake/decodeArticleBytes';
import { formatMegabytes, MAX_USER_FILE_BYTES } from '../intake/limits';
import type { FileLike } from '../intake/readUserInput';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { validateSituationGeoJson, type ValidationResult } from './validateSituationGeoJson';

export async function readSituationFile(file: FileLike, index: GazetteerIndex): Promise<ValidationResult> {
  const name = `“${file.name || 'untitled'}”`;
  if (file.size > MAX_USER_FILE_BYTES) {
    return { ok: false, message: `${name} is too large to import (${formatMegabytes(file.size)}; the limit is ${formatMegabytes(MAX_USER_FILE_BYTES)}).` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${name} could not be read.` };
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { ok: false, message: `${name} ${decoded.message}; it was not imported.` };
  const result = validateSituationGeoJson(decoded.text, index);
  return result.ok ? result : { ok: false, message: `${name} was not imported. ${result.message}` };
}
