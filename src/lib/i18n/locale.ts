/**
 * Which language the page speaks, as pure functions: the explorer's locales, how one is
 * chosen (`?lang=` in the address, else the browser's preferred languages, else English),
 * and the Intl locale each stands for. The rune state in locale.svelte.ts applies the choice.
 */

/** The catalogue's languages, in the order the language menu lists them. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** The Intl locale behind each catalogue language: Colombian Spanish, plain English. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en', es: 'es-CO' };

export function isLocale(value: string | null | undefined): value is Locale {
  return value === 'en' || value === 'es';
}

/** The first of the browser's preferred languages that the catalogue has ("es-CO" → es). */
export function preferredLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

/**
 * The language to show: `lang` from the address when it names one the catalogue has, else
 * the browser's first supported preference, else English. `ignored` is the address's value
 * when it named something else, so the page can say it was ignored.
 */
export function chooseLocale(search: string, languages: readonly string[]): { locale: Locale; ignored: string | null } {
  const requested = new URLSearchParams(search).get('lang');
  if (isLocale(requested)) return { locale: requested, ignored: null };
  return { locale: preferredLocale(languages) ?? BASE_LOCALE, ignored: requested };
}
