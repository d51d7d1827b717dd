/**
 * Colours for relation types and actor kinds. Built on the Okabe–Ito and Paul Tol palettes,
 * which stay apart for the common forms of colour blindness; hostile types are warm,
 * cooperative types cool, structural ties grey or sand. Kinds and types that are not in the
 * fixed vocabulary (imported networks) get generated colours that are stable per name.
 */

export const RELATION_COLORS: Readonly<Record<string, string>> = {
  allied: '#009E73',
  supported: '#56B4E9',
  cooperated: '#0072B2',
  negotiated: '#44AA99',
  met: '#88CCEE',
  criticized: '#E69F00',
  accused: '#CC79A7',
  threatened: '#D55E00',
  sanctioned: '#882255',
  attacked: '#CC3311',
  'member-of': '#8C8C8C',
  appointed: '#5A5A5A',
  family: '#C9B458',
};

export const KIND_COLORS: Readonly<Record<string, string>> = {
  person: '#4477AA',
  state: '#228833',
  'armed-group': '#EE6677',
  party: '#CCBB44',
  organization: '#66CCEE',
  institution: '#AA3377',
};

function hashString(value: string): number {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** A stable, readable colour for a name outside the fixed vocabulary. */
export function generatedColor(name: string): string {
  const hue = (hashString(name) * 137.508) % 360;
  return hslToHex(hue, 0.55, 0.5);
}

function hslToHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

export function relationColor(relation: string): string {
  return RELATION_COLORS[relation] ?? generatedColor(relation);
}

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? generatedColor(kind);
}
