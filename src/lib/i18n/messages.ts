/**
 * Messages as data, and the one way they become words. Code that runs far from the page
 * (the import and layout workers, the validator, the URL parser) returns a `Message`: a
 * catalogue key with its parameters, never a finished sentence. The page turns it into
 * text in the chosen language with `formatMessage`; the command line does the same in
 * English. Numbers among the parameters choose plural forms as they are; a message that
 * shows a count writes `{<name>Text}`, which is the number formatted for the locale.
 *
 * Components call the compiled message functions directly (`m.key()`), so the bundler
 * keeps only the messages each view uses. Messages named by a key at run time are looked
 * up in a registry instead: the page registers the few it produces itself
 * (page-messages.ts, first view), and the whole catalogue is registered on demand
 * (all-messages.ts) by the importer and the validator, whose problems are many and rare.
 */
import type { m } from './generated/messages.js';
import { getLocale } from './generated/runtime.js';
import { INTL_LOCALE, type Locale } from './locale.ts';

/** Parameter values a message can carry: words, names, ids and numbers. */
export type MessageParams = Record<string, string | number>;

/** Every key of the catalogue. */
export type MessageKey = keyof typeof m;

/** A catalogue key with its parameters; the words come from the catalogue at display time. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/** A compiled message function, as the registry holds it. */
export type MessageFunction = (params?: never, options?: { locale?: Locale }) => string;

const registry = new Map<string, MessageFunction>();

/** Makes messages available to `formatMessage` by key. */
export function registerMessages(functions: Readonly<Partial<Record<MessageKey, unknown>>>): void {
  for (const [key, fn] of Object.entries(functions)) {
    if (typeof fn === 'function') registry.set(key, fn as MessageFunction);
  }
}

/** Shorthand to build a message. */
export function msg(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/** The parameters with a locale-formatted `<name>Text` beside each number. */
export function withNumberTexts(
  params: MessageParams | undefined,
  locale: Locale | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  const format = new Intl.NumberFormat(INTL_LOCALE[locale ?? getLocale()]);
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') out[`${name}Text`] = format.format(value);
  }
  return out;
}

/**
 * The words of a message in `locale` (the page's current language when left out). A key
 * not registered (yet) is shown as the key itself rather than nothing.
 */
export function formatMessage(message: Message, locale?: Locale): string {
  const fn = registry.get(message.key) as
    ((params: Record<string, unknown>, options?: { locale?: Locale }) => string) | undefined;
  if (!fn) return message.key;
  return fn(withNumberTexts(message.params, locale), locale ? { locale } : undefined);
}

/** Whether a key is registered (for data that names keys, such as the vocabulary). */
export function isMessageKey(key: string): key is MessageKey {
  return registry.has(key);
}
