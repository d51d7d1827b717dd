/**
 * Tells the lines of an article that are not prose: references and notes ("[xi] Ghiotto,
 * Luciana…"), tag and link lists ("Tags:", "Also Read:", "Source:"), bare addresses, and
 * lines of names alone (bylines, credits). Their names sit side by side without reporting
 * any relation, so the reader suggests nothing from them (they stay in the text).
 */

const NOTE = /^\s*\[(?:[ivxlcdm]+|\d+)\]/iu;
const LABELLED = /^\s*(?:tags|also read|read more|related|source|sources|photo|credit|credits|image)\s*:/iu;
const ADDRESS = /^\s*(?:https?:\/\/|www\.)\S*\s*$/iu;
const ADDRESSES = /https?:\/\/\S+/gu;
/** A word of prose: lower case and longer than the glue words of a list of names. */
const PROSE_WORD = /(?:^|[^\p{L}])\p{Ll}{4,}/u;

/** Whether a line carries no reported relation. */
export function isNonProseLine(line: string): boolean {
  if (NOTE.test(line) || LABELLED.test(line) || ADDRESS.test(line)) return true;
  const words = line.replace(ADDRESSES, ' ');
  return !PROSE_WORD.test(words);
}

/** The line of the text that holds an offset. */
export function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}
