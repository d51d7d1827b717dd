/** Colours the renderer needs from the page's colour scheme (light or dark). */

export interface RenderTheme {
  labelColor: string;
  labelHaloColor: string;
  hoverBackground: string;
  dimNodeColor: string;
}

export const LIGHT_THEME: RenderTheme = {
  labelColor: '#1b1f24',
  labelHaloColor: '#ffffff',
  hoverBackground: '#ffffff',
  dimNodeColor: '#d5d9df',
};

export const DARK_THEME: RenderTheme = {
  labelColor: '#e6e8eb',
  labelHaloColor: '#15181c',
  hoverBackground: '#262b31',
  dimNodeColor: '#3a4049',
};

export function themeFor(dark: boolean): RenderTheme {
  return dark ? DARK_THEME : LIGHT_THEME;
}
