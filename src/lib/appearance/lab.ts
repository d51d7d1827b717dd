/**
 * Hex colours in CIE Lab, the space iwanthue works in, so generated palettes can keep away
 * from the vocabulary's fixed colours. Same conversion as iwanthue's (sRGB, D65 white), so a
 * distance measured here is the distance iwanthue's colour filter sees.
 */

/** A colour in CIE Lab: lightness 0..100, then the a and b axes. */
export type Lab = [l: number, a: number, b: number];

const WHITE_X = 0.95047;
const WHITE_Z = 1.08883;
const T3 = 0.008856452;
const T2 = 0.12841855;
const T0 = 0.137931034;

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

function labCurve(t: number): number {
  return t > T3 ? Math.cbrt(t) : t / T2 + T0;
}

/** The Lab coordinates of a `#rgb` or `#rrggbb` colour; undefined for any other text. */
export function hexToLab(hex: string): Lab | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  const r = linear(parseInt(digits.slice(0, 2), 16));
  const g = linear(parseInt(digits.slice(2, 4), 16));
  const b = linear(parseInt(digits.slice(4, 6), 16));
  const x = labCurve((0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / WHITE_X);
  const y = labCurve(0.2126729 * r + 0.7151522 * g + 0.072175 * b);
  const z = labCurve((0.0193339 * r + 0.119192 * g + 0.9503041 * b) / WHITE_Z);
  return [Math.max(116 * y - 16, 0), 500 * (x - y), 200 * (y - z)];
}

/** Euclidean (CIE76) distance between two Lab colours; about 2.3 is the smallest visible step. */
export function labDistance(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
