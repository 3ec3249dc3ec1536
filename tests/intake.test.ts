// @vitest-environment jsdom
// Intake of user input: what is accepted, what is refused, and that every refusal says why in plain words.
import { describe, expect, it } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readArticleFile, readPastedText, titleFromText, uniqueArticleId, type FileLike } from '../src/intake/readUserInput';
import { htmlToText } from '../src/intake/htmlToText';
import { detectFormat, looksLikeHtml } from '../src/intake/articleFormat';
import { MAX_USER_FILE_BYTES } from '../src/intake/limits';

const encode = (s: string) => new TextEncoder().encode(s);

/** A file as the browser hands it over, built on Node's own Blob (jsdom's lacks arrayBuffer()). */
function file(name: string, content: string | Uint8Array): FileLike {
  const blob = new NodeBlob([typeof content === 'string' ? encode(content) : content]);
  return { name, size: blob.size, arrayBuffer: () => blob.arrayBuffer() };
}

const seedBg = readFileSync('seeds/000_118b13bb2ff5bb25.txt', 'utf8');

describe('readArticleFile', () => {
  it('accepts a UTF-8 text file as it is, named after the file', async () => {
    const result = await readArticleFile(file('minsk.txt', seedBg));
    expect(result).toEqual({ ok: true, format: 'text', article: { id: 'minsk.txt', title: 'minsk.txt', text: seedBg } });
  });

  it('drops a byte-order mark and keeps the rest', async () => {
    const result = await readArticleFile(file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Одеса')])));
    expect(result.ok && result.article.text).toBe('Одеса');
  });

  it('accepts Markdown as text', async () => {
    const result = await readArticleFile(file('notes.md', '# Kharkiv\n\nShelling in *Kharkiv*.'));
    expect(result.ok && result.format).toBe('markdown');
    expect(result.ok && result.article.text).toBe('# Kharkiv\n\nShelling in *Kharkiv*.');
  });

  it('refuses invalid UTF-8 and says so', async () => {
    const cp1251 = new Uint8Array([0xce, 0xe4, 0xe5, 0xf1, 0xe0]); // "Одеса" in Windows-1251
    const result = await readArticleFile(file('old.txt', cp1251));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/“old\.txt” is not valid UTF-8/) });
  });

  it('refuses binary content with NUL bytes even when named .txt', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const result = await readArticleFile(file('image.txt', png));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/“image\.txt” looks like a binary file/) });
  });

  it('refuses valid UTF-8 that is mostly control characters', async () => {
    const noise = '\u0001\u0002\u0003\u0004 text \u0005\u0006';
    const result = await readArticleFile(file('noise.txt', noise));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/binary file/) });
  });

  it('refuses an empty or whitespace-only file', async () => {
    expect(await readArticleFile(file('empty.txt', ''))).toEqual({ ok: false, message: '“empty.txt” is empty.' });
    expect(await readArticleFile(file('blank.txt', ' \n\t\n'))).toEqual({ ok: false, message: expect.stringMatching(/no text/) });
  });

  it('refuses a file over the size limit without reading it', async () => {
    let read = false;
    const huge: FileLike = { name: 'huge.txt', size: MAX_USER_FILE_BYTES + 1, arrayBuffer: async () => { read = true; return new ArrayBuffer(0); } };
    const result = await readArticleFile(huge);
    expect(read).toBe(false);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/“huge\.txt” is too large \(20\.0 MB; the limit is 20\.0 MB\)/) });
  });

  it('accepts a file of exactly the limit', async () => {
    const result = await readArticleFile({ name: 'max.txt', size: MAX_USER_FILE_BYTES, arrayBuffer: async () => encode('Kyiv').buffer as ArrayBuffer });
    expect(result.ok).toBe(true);
  });

  it('refuses other formats by name before reading them', async () => {
    const result = await readArticleFile(file('report.pdf', '%PDF-1.7'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/“report\.pdf” was not added: only \.txt, \.md, \.html files/) });
  });

  it('says so when a file cannot be read', async () => {
    const gone: FileLike = { name: 'gone.txt', size: 10, arrayBuffer: () => Promise.reject(new Error('NotFoundError')) };
    expect(await readArticleFile(gone)).toEqual({ ok: false, message: expect.stringMatching(/could not be read/) });
  });

  it('reduces an HTML page to its text and takes the page title', async () => {
    const page = '<!doctype html><html><head><title>Strike on Odesa</title><script>alert(1)</script></head>'
      + '<body><h1>Odesa</h1><p>Drones hit the port of Odesa.</p></body></html>';
    const result = await readArticleFile(file('page.html', page));
    expect(result).toEqual({ ok: true, format: 'html', article: { id: 'page.html', title: 'Strike on Odesa', text: 'Odesa\n\nDrones hit the port of Odesa.' } });
  });

  it('reads an HTML document saved as .txt as HTML', async () => {
    const result = await readArticleFile(file('saved.txt', '<html><body><p>Kharkiv &amp; Izium</p></body></html>'));
    expect(result.ok && result.article.text).toBe('Kharkiv & Izium');
  });

  it('refuses an HTML page with nothing to read', async () => {
    const result = await readArticleFile(file('app.html', '<html><head><script>boot()</script></head><body><script>x()</script></body></html>'));
    expect(result).toEqual({ ok: false, message: '“app.html” has no readable text (only markup or scripts).' });
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles, comments and hidden elements; decodes entities', () => {
    const { text } = htmlToText(
      '<body><style>p{color:red}</style><!-- Kyiv --><p>Київ&nbsp;&mdash; столиця</p><script>document.write("Minsk")</script>'
      + '<noscript>Riga</noscript><div hidden>Vilnius</div><template><p>Warsaw</p></template></body>',
    );
    expect(text).toBe('Київ — столиця'); // a no-break space is whitespace too
  });

  it('turns block elements into paragraphs and <br> into line breaks, collapsing whitespace', () => {
    const { text } = htmlToText('<div><h2>  Title\n here </h2><p>One<br>two</p><ul><li>a</li><li><b>b</b> c</li></ul></div>');
    expect(text).toBe('Title here\n\nOne\ntwo\n\na\n\nb c');
  });

  it('keeps inline text together across inline elements', () => {
    expect(htmlToText('<p>Khar<em>kiv</em> and <a href="#">Odesa</a>.</p>').text).toBe('Kharkiv and Odesa.');
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToText('<pre>line one\nline two</pre>').text).toBe('line one\nline two');
  });

  it('shows markup characters written as entities as text, never as markup', () => {
    const { text } = htmlToText('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(text).toBe('<img src=x onerror=alert(1)>');
  });

  it('survives very deep nesting', () => {
    const depth = 1_000; // jsdom itself recurses per level; browsers cap nesting at 512 anyway
    const { text } = htmlToText(`${'<div>'.repeat(depth)}Lviv${'</div>'.repeat(depth)}`);
    expect(text).toBe('Lviv');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { expect(typeof htmlToText(s).text).toBe('string'); }), { numRuns: 200 });
  });
});

describe('readPastedText', () => {
  it('accepts text, names it after its first line and keeps a chosen language', () => {
    const result = readPastedText('\uFEFFОбстрел Харькова\nВ Харькове…', { lang: 'ru' });
    expect(result).toEqual({ ok: true, format: 'text', article: { id: 'Обстрел Харькова', title: 'Обстрел Харькова', text: 'Обстрел Харькова\nВ Харькове…', lang: 'ru' } });
  });

  it('refuses empty and whitespace-only text', () => {
    expect(readPastedText('')).toEqual({ ok: false, message: 'There is no text to add: paste an article first.' });
    expect(readPastedText('  \n ')).toEqual({ ok: false, message: 'There is no text to add: paste an article first.' });
  });

  it('refuses pasted binary noise', () => {
    expect(readPastedText('\u0000\u0001\u0002abc')).toEqual({ ok: false, message: expect.stringMatching(/^The pasted text looks like a binary file/) });
  });
});

describe('names and formats', () => {
  it('cuts long titles at a word boundary', () => {
    expect(titleFromText('Russian forces struck the port infrastructure of Odesa overnight, officials said')).toBe('Russian forces struck the port infrastructure of Odesa…');
  });

  it('makes ids unique without losing the name', () => {
    expect(uniqueArticleId('a.txt', new Set())).toBe('a.txt');
    expect(uniqueArticleId('a.txt', new Set(['a.txt', 'a.txt (2)']))).toBe('a.txt (3)');
  });

  it('detects formats by name and by content', () => {
    expect(detectFormat('x.HTM', '')).toBe('html');
    expect(detectFormat('README', 'plain')).toBe('text');
    expect(detectFormat('x.docx', 'plain')).toBeUndefined();
    expect(looksLikeHtml('  <!-- saved --> <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('Use <html> tags like this')).toBe(false);
  });
});
