/**
 * A problem found in a dataset: the file, the JSON path inside it, and what is wrong as a
 * catalogue message. The message carries the file and the path among its parameters, so its
 * words read `file: json-path: what is wrong` in either language, and a problem can be
 * moved to another place (a bundle re-states a dataset problem at its bundle path) by
 * changing those two parameters.
 */
import { formatMessage, msg, type Message, type MessageKey, type MessageParams } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locale.ts';

export interface Problem {
  file: string;
  /** JSON path inside the file, `$` for the whole file. */
  path: string;
  message: Message;
}

/** A problem at `file` and `path`, worded by the catalogue's `key` with `params` beside the place. */
export function problemAt(file: string, path: string, key: MessageKey, params: MessageParams = {}): Problem {
  return { file, path, message: msg(key, { ...params, file, path }) };
}

/** The same problem stated at another file and path. */
export function movedProblem(problem: Problem, file: string, path: string): Problem {
  return { file, path, message: msg(problem.message.key, { ...problem.message.params, file, path }) };
}

/** The problem as `file: json-path: message`, in `locale` (the page's language when left out). */
export function formatProblem(problem: Problem, locale?: Locale): string {
  return formatMessage(problem.message, locale);
}
