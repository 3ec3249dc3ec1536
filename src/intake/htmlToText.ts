// Reducing an HTML page to the text a person would read on it, so the pipeline sees prose, not markup.
// Uses the browser's own HTML parser (DOMParser): a DOMParser document never runs scripts or loads
// images, so hostile pages are inert here. Main thread only (workers have no DOMParser).

/** Elements whose content is never readable text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'button', 'input', 'textarea',
]);

/** Elements that start and end a block: they become paragraph breaks in the text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'td', 'th', 'ul',
]);

export interface HtmlText { text: string; title?: string }

/**
 * The readable text of an HTML document: scripts, styles and comments dropped, entities decoded,
 * runs of whitespace collapsed, block elements separated by a blank line, `<br>` kept as a line break.
 */
export function htmlToText(html: string): HtmlText {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = doc.title.replace(/\s+/g, ' ').trim();
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const endLine = () => {
    const collapsed = line.replace(/\s+/g, ' ').trim();
    if (collapsed) lines.push(collapsed);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // An explicit stack rather than recursion: pages nested thousands of levels deep must not overflow it.
  // Each entry is a node to visit, or a marker that closes a block element after its children.
  const CLOSE = Symbol('close');
  const stack: (Node | typeof CLOSE)[] = [doc.body ?? doc.documentElement];
  // Inside <pre> the line breaks are the author's; elsewhere they are just whitespace.
  const hasPre = doc.querySelector('pre') !== null;
  while (stack.length) {
    const node = stack.pop()!;
    if (node === CLOSE) { endBlock(); continue; }
    if (node.nodeType === 3 /* text */) {
      const value = node.nodeValue ?? '';
      if (hasPre && node.parentElement?.closest('pre')) {
        const parts = value.split('\n');
        parts.forEach((part, i) => { if (i > 0) endLine(); line += part; });
      } else {
        line += value;
      }
      continue;
    }
    if (node.nodeType !== 1 /* element */) continue; // comments, processing instructions
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag) || element.hasAttribute('hidden')) continue;
    if (tag === 'br') { endLine(); continue; }
    const block = BLOCKS.has(tag);
    if (block) { endBlock(); stack.push(CLOSE); }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  endBlock();
  return { text: paragraphs.join('\n\n'), ...(title ? { title } : {}) };
}
