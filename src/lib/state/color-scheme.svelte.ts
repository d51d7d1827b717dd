/**
 * Whether the page is dark, as rune state that follows the operating system's setting
 * (`prefers-color-scheme`): the canvas's label and dimming colours and the exports' paper
 * colour read it, so nothing else has to watch the media query.
 */
import { themeFor, type RenderTheme } from '../render/theme';

export class ColorScheme {
  dark = $state(false);
  private media: MediaQueryList | null = null;
  private readonly onChange = (event: MediaQueryListEvent) => (this.dark = event.matches);

  /** Starts following the system; returns a function that stops. */
  follow(): () => void {
    this.media = globalThis.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
    this.dark = this.media?.matches ?? false;
    this.media?.addEventListener('change', this.onChange);
    return () => this.media?.removeEventListener('change', this.onChange);
  }

  get theme(): RenderTheme {
    return themeFor(this.dark);
  }

  /** The page's background and text colours, for pictures that must match it. */
  get paper(): { background: string; foreground: string } {
    return this.dark
      ? { background: '#15181c', foreground: '#e6e8eb' }
      : { background: '#ffffff', foreground: '#1b1f24' };
  }
}
