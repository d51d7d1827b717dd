/**
 * An article to code, from a file or from pasted text. Plain text and Markdown are taken
 * exactly as written (nothing normalised, not even line ends), since every quote and offset
 * of the desk points into that text. A web page saved as HTML is parsed with DOMParser,
 * which runs no script and loads nothing (its document has no window), and Mozilla's
 * Readability keeps the article's body; its title, byline, site and date are offered to
 * the user to confirm before coding. Anything else (another type, binary data, text that is
 * not UTF-8 or UTF-16) is refused with a catalogue key.
 */
import { Readability } from '@mozilla/readability';
import { msg, type Message } from '../i18n/messages';
import { decodeText } from '../io/decode-text';

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ArticleInput {
  /** The text to code, exactly as read. */
  text: string;
  /** What the page says of itself (HTML only), for the user to confirm or correct. */
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  /** The page's language tag, when it states one. */
  language?: string;
  format: ArticleFormat;
}

export type ArticleRead = { ok: true; article: ArticleInput } | { ok: false; error: Message };

/** Largest file taken, in megabytes: an article is a few hundred kilobytes at most. */
export const MAX_ARTICLE_MEGABYTES = 10;

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const FORMAT_BY_MIME_TYPE: Record<string, ArticleFormat> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

/** The format by the file's extension, else by its type; undefined when neither is known. */
export function articleFormatOf(file: { name: string; type: string }): ArticleFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension !== undefined && Object.hasOwn(FORMAT_BY_EXTENSION, extension)) return FORMAT_BY_EXTENSION[extension];
  const mimeType = file.type.split(';')[0].trim().toLowerCase();
  return Object.hasOwn(FORMAT_BY_MIME_TYPE, mimeType) ? FORMAT_BY_MIME_TYPE[mimeType] : undefined;
}

const refused = (error: Message): ArticleRead => ({ ok: false, error });

function hasText(text: string): boolean {
  return text.trim().length > 0;
}

/** Readability's value, or undefined when it found none. */
function stated(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The article of a web page: Readability's body text and metadata, or the page's whole
 * body text when Readability finds no article. Undefined when there is no text at all.
 */
export function articleFromHtml(html: string): ArticleInput | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const language = stated(doc.documentElement.getAttribute('lang'));
  // Readability changes the document it reads; the body is read first, for the fallback.
  const bodyText = doc.body?.textContent ?? '';
  const parsed = new Readability(doc).parse();
  const text = parsed?.textContent && hasText(parsed.textContent) ? parsed.textContent : bodyText;
  if (!hasText(text)) return undefined;
  const article: ArticleInput = { text, format: 'html' };
  const fields = {
    title: stated(parsed?.title),
    byline: stated(parsed?.byline),
    siteName: stated(parsed?.siteName),
    publishedTime: stated(parsed?.publishedTime),
    language: stated(parsed?.lang) ?? language,
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) article[key as keyof typeof fields] = value;
  }
  return article;
}

/** Reads an article file (.txt, .md, .html/.htm), or says why it cannot be coded. */
export async function readArticleFile(file: File): Promise<ArticleRead> {
  const format = articleFormatOf(file);
  if (!format) return refused(msg('desk_article_unsupported_type', { file: file.name }));
  if (file.size > MAX_ARTICLE_MEGABYTES * 1024 * 1024) {
    return refused(msg('desk_article_too_large', { file: file.name, max: MAX_ARTICLE_MEGABYTES }));
  }
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) {
    const key = decoded.reason === 'not-utf8' ? 'desk_article_not_utf8' : 'desk_article_binary';
    return refused(msg(key, { file: file.name }));
  }
  if (format === 'html') {
    const article = articleFromHtml(decoded.text);
    return article ? { ok: true, article } : refused(msg('desk_article_empty'));
  }
  if (!hasText(decoded.text)) return refused(msg('desk_article_empty'));
  return { ok: true, article: { text: decoded.text, format } };
}

/** Pasted text as an article, exactly as pasted. */
export function articleFromPaste(text: string): ArticleRead {
  return hasText(text) ? { ok: true, article: { text, format: 'txt' } } : refused(msg('desk_article_empty'));
}
