/**
 * The page's language as rune state. Message functions compiled from the catalogue ask the
 * runtime for the locale each time they run; the runtime is pointed at this state, so every
 * template that shows a message re-renders when the language changes, without a reload and
 * without remounting anything (the network canvas keeps its camera). `<html lang>` follows.
 */
import { overwriteGetLocale } from './generated/runtime.js';
import { BASE_LOCALE, INTL_LOCALE, chooseLocale, type Locale } from './locale';

class LocaleState {
  current = $state<Locale>(BASE_LOCALE);

  /** The Intl locale for numbers, dates and lists ("es-CO", "en"). */
  get intl(): string {
    return INTL_LOCALE[this.current];
  }

  set(locale: Locale): void {
    this.current = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  /** Chooses from the address and the browser; returns an address value that named no language. */
  chooseFromEnvironment(search: string, languages: readonly string[]): string | null {
    const { locale, ignored } = chooseLocale(search, languages);
    this.set(locale);
    return ignored;
  }
}

/** The one language state of the page. */
export const i18n = new LocaleState();

overwriteGetLocale(() => i18n.current);
