/**
 * The little XML writing the GEXF, GraphML and SVG exporters share: escaping that survives a
 * round trip through any conforming parser, and numbers that are always valid xsd doubles.
 */

/**
 * Code points XML 1.0 forbids anywhere, even as character references (C0 controls other than
 * tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). They are dropped: a file that does not parse
 * helps nobody, and no real label or quote needs them.
 */
const INVALID_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw tabs and line breaks in attribute values to spaces and CR to LF in
  // text, so they are written as references to come back unchanged.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for use both as element content and inside a double-quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARACTERS, '').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]);
}

/** ` name="value"` pairs, skipping undefined values; every value is escaped. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeXml(typeof value === 'number' ? formatNumber(value) : value)}"`;
  }
  return out;
}

/** Shortest exact text of a finite number ("-0" written as "0"); callers skip non-finite ones. */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** The standard declaration every exported XML file starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
