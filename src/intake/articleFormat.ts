// Which kind of text a user's file holds, decided by its name and, when the name does not say, its content.
// Only formats whose readable text we can recover without guessing are accepted.

export type ArticleFormat = 'text' | 'markdown' | 'html';

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html',
};

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html'] as const;

/** The extension of a file name, lower-cased, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** True when the text starts like an HTML document (after whitespace and comments). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/^(\s|<!--[\s\S]*?-->)+/, '');
  return /^<(!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

/**
 * The format of a file: by extension when it has a known one; a page that is plainly an HTML document is
 * read as HTML even when named `.txt` (saved web pages often are). `undefined` for other extensions.
 */
export function detectFormat(name: string, text: string): ArticleFormat | undefined {
  const extension = extensionOf(name);
  const byName = extension === '' ? 'text' : BY_EXTENSION[extension];
  if (byName === undefined) return undefined;
  if (byName !== 'html' && looksLikeHtml(text)) return 'html';
  return byName;
}

/** Whether a file name is worth reading at all (known extension, or none). */
export function isAcceptedName(name: string): boolean {
  const extension = extensionOf(name);
  return extension === '' || extension in BY_EXTENSION;
}
