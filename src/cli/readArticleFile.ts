// Reads one input file for the CLI and says, in one line, why it cannot be used when it cannot.
import { readFileSync, statSync } from 'node:fs';
import { decodeArticleBytes } from '../intake/decodeArticleBytes';

/** Larger inputs are refused rather than risking the process's memory; split them first. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readArticleFile(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, message: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(error)})` };
  }
  return decodeArticleBytes(bytes);
}
