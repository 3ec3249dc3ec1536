// Limits on what a user can add in the browser. They protect the tab's memory and keep one file from
// monopolising the worker; the CLI has its own, larger limit (src/cli/readArticleFile.ts).

/** Files larger than this are refused before a single byte is read. */
export const MAX_USER_FILE_BYTES = 20 * 1024 * 1024;

/** Pasted text larger than this is refused (same limit as files, counted in UTF-16 code units ≈ characters). */
export const MAX_PASTED_CHARS = MAX_USER_FILE_BYTES;

export const formatMegabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
