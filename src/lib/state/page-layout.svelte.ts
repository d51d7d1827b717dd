/**
 * How the page is laid out: side by side on wide screens; on narrow ones (below 700 px, a
 * phone) the network fills the screen and the tools, the lists and the details open as
 * sheets over it, one at a time, from a bar of buttons. Which sheet is open is state here;
 * focus goes into a sheet when it opens and back to the button that opened it when it
 * closes, so a keyboard or screen-reader user never loses their place.
 */
export type SheetName = 'tools' | 'lists' | 'details';

/** Below this width the page is a phone layout. */
export const COMPACT_QUERY = '(max-width: 699px)';

export class PageLayout {
  compact = $state(false);
  sheet = $state<SheetName | null>(null);
  #opener: HTMLElement | null = null;

  /** Follows the window's width; returns the function that stops following. */
  follow(): () => void {
    if (typeof window === 'undefined' || !window.matchMedia) return () => {};
    const query = window.matchMedia(COMPACT_QUERY);
    const update = () => {
      this.compact = query.matches;
      if (!query.matches) this.sheet = null;
    };
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }

  /** Opens a sheet (on a phone), remembering what had focus to give it back on close. */
  open(sheet: SheetName, opener: HTMLElement | null = null): void {
    if (!this.compact) return;
    this.#opener = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    this.sheet = sheet;
  }

  toggle(sheet: SheetName, opener: HTMLElement | null = null): void {
    if (this.sheet === sheet) this.close();
    else this.open(sheet, opener);
  }

  close(): void {
    if (this.sheet === null) return;
    this.sheet = null;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) queueMicrotask(() => opener.focus());
  }

  /** Whether a sheet's content is on screen: always on wide screens, when open on a phone. */
  shows(sheet: SheetName): boolean {
    return !this.compact || this.sheet === sheet;
  }
}
