// @vitest-environment jsdom
/**
 * Reading an article to code: text and Markdown files kept byte for byte (line ends
 * included), web pages reduced by Readability to the article's body and metadata, a hostile
 * page giving text and running nothing, and files that are no article refused by key.
 */
import { describe, expect, it } from 'vitest';
import { articleFormatOf, articleFromPaste, readArticleFile } from '../../src/lib/workspace/article-input';

const file = (content: BlobPart, name: string, type = '') => new File([content], name, { type });

const PARAGRAPHS = [
  'President Gustavo Petro criticized the sanctions announced by Washington on Monday, calling them an attack on the sovereignty of Colombia and on its efforts against drug trafficking.',
  'The Treasury Department said the measures followed months of tension between the two governments over coca eradication, extradition and the peace talks with armed groups.',
  'Analysts in Bogotá said the dispute could weigh on trade, on military cooperation and on the coming elections, while ministers sought a meeting with their counterparts.',
];

function page(extraBody = ''): string {
  return `<!doctype html><html lang="es-CO"><head><title>Petro criticizes sanctions | El Diario</title>
<meta property="og:site_name" content="El Diario"><meta name="author" content="Ana Pérez">
<meta property="article:published_time" content="2025-09-22T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Petro criticizes sanctions</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}${extraBody}</article>
<footer>© El Diario. All rights reserved.</footer></body></html>`;
}

describe('text files', () => {
  it('are kept exactly, CRLF and all', async () => {
    const text = 'Línea uno\r\nLínea dos\r\n\r\n  sangría\tcon tabulador\n“comillas” — fin\r\n';
    const read = await readArticleFile(file(text, 'article.txt', 'text/plain'));
    expect(read).toEqual({ ok: true, article: { text, format: 'txt' } });
  });

  it('are read as Markdown by extension, and UTF-16 with its mark', async () => {
    const md = '# Title\r\n\r\n*Petro* said so.\r\n';
    expect(await readArticleFile(file(md, 'notes.MD'))).toEqual({ ok: true, article: { text: md, format: 'md' } });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Hola\r\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readArticleFile(file(utf16, 'windows.txt'))).toEqual({
      ok: true,
      article: { text: 'Hola\r\n', format: 'txt' },
    });
  });

  it('that are empty, binary or not UTF-8 are refused', async () => {
    const empty = await readArticleFile(file(' \r\n ', 'blank.txt'));
    expect(empty).toEqual({ ok: false, error: { key: 'desk_article_empty' } });
    const binary = await readArticleFile(file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'photo.txt'));
    expect(binary).toEqual({ ok: false, error: { key: 'desk_article_binary', params: { file: 'photo.txt' } } });
    const zip = await readArticleFile(file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'a.md'));
    expect(zip.ok || zip.error.key).toBe('desk_article_binary');
    const latin1 = await readArticleFile(file(new Uint8Array([0x50, 0x65, 0xf1, 0x61]), 'old.txt'));
    expect(latin1.ok || latin1.error.key).toBe('desk_article_not_utf8');
  });
});

describe('other types', () => {
  it('are refused by key', async () => {
    const pdf = await readArticleFile(file('%PDF-1.7', 'report.pdf', 'application/pdf'));
    expect(pdf).toEqual({ ok: false, error: { key: 'desk_article_unsupported_type', params: { file: 'report.pdf' } } });
  });

  it('are told by extension first, then by type', () => {
    expect(articleFormatOf({ name: 'page.htm', type: '' })).toBe('html');
    expect(articleFormatOf({ name: 'clip', type: 'text/html; charset=utf-8' })).toBe('html');
    expect(articleFormatOf({ name: 'a.docx', type: 'text/plain' })).toBe('txt');
    expect(articleFormatOf({ name: 'a.docx', type: '' })).toBeUndefined();
  });
});

describe('web pages', () => {
  it('give the article body and its metadata', async () => {
    const read = await readArticleFile(file(page(), 'page.html', 'text/html'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { article } = read;
    expect(article.format).toBe('html');
    for (const paragraph of PARAGRAPHS) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('All rights reserved');
    expect(article.text).not.toContain('Home');
    expect(article).toMatchObject({
      byline: 'Ana Pérez',
      siteName: 'El Diario',
      publishedTime: '2025-09-22T10:00:00Z',
      language: 'es-CO',
    });
    expect(article.title).toContain('Petro criticizes sanctions');
  });

  it('that are hostile give text only and run nothing', async () => {
    // Scripts of the test page run in jsdom's window (vitest's runScripts: "dangerously").
    const pageWindow = (globalThis as unknown as { jsdom: { window: Record<string, unknown> } }).jsdom.window;
    const attack = (name: string) => `window.deskPwned = '${name}'`;
    const hostileParts = `<script>${attack('script')}</script>
       <img src="x:broken" onerror="${attack('onerror')}">
       <svg><script>${attack('svg')}</script></svg>
       <p onclick="${attack('click')}">Closing words of the article, long enough to be kept as part of it.</p>
       <iframe srcdoc="<script>${attack('iframe')}</script>"></iframe>`;
    // The control: the same script put in the live page does run.
    const control = document.createElement('script');
    control.textContent = attack('control');
    document.body.append(control);
    expect(pageWindow.deskPwned).toBe('control');
    control.remove();
    delete pageWindow.deskPwned;

    const read = await readArticleFile(file(page(hostileParts), 'page.htm'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pageWindow.deskPwned).toBeUndefined();
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.article.text).toContain(PARAGRAPHS[0]);
    expect(read.article.text).toContain('Closing words of the article');
    expect(read.article.text).not.toMatch(/deskPwned|<script|onerror|<img/);
  });

  it('without any text are refused', async () => {
    const read = await readArticleFile(file('<html><body><img src="a.png"></body></html>', 'empty.html'));
    expect(read).toEqual({ ok: false, error: { key: 'desk_article_empty' } });
  });
});

describe('pasted text', () => {
  it('is kept exactly as pasted', () => {
    const text = '  Petro said:\r\n“No.”\n';
    expect(articleFromPaste(text)).toEqual({ ok: true, article: { text, format: 'txt' } });
    expect(articleFromPaste('\n\t ')).toEqual({ ok: false, error: { key: 'desk_article_empty' } });
  });
});
