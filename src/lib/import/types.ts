/**
 * Shapes shared by the import readers: what a file gives them and what each reader hands
 * back to `importNetwork` before it adds the format name. Problems and warnings are
 * catalogue messages (key and parameters), worded by the page in its language.
 */
import type { Network } from '../data/network';
import type { Message } from '../i18n/messages';

/** One file the user picked or dropped, already read as text. */
export interface InputFile {
  name: string;
  text: string;
  /** Size in bytes, for the size limit; the text length stands in when absent. */
  size?: number;
}

/** A reader's answer: a network with warnings, or the problems that stop the import. */
export type ReadOutcome = { ok: true; network: Network; warnings: Message[] } | { ok: false; problems: Message[] };

/** The steps of opening a file, in order, for a progress indicator. */
export type ImportPhase = 'reading' | 'parsing' | 'checking' | 'building';

/** Hears which step an import is at and, where it is known, how far through it (0 to 1). */
export type ImportProgress = (phase: ImportPhase, fraction?: number) => void;

/** Shorthand for a failed read. */
export function failed(problems: Message[]): ReadOutcome {
  return { ok: false, problems };
}

/** The file name without its extension, used as the network's name. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The lower-case extension without its dot, '' when there is none. */
export function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Strips the UTF-8 byte order mark that spreadsheet programs put at the start of files. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Problems listed one by one before the rest are only counted (or the reading stops). */
export const MAX_PROBLEMS = 100;
