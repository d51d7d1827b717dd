/**
 * The SHA-256 of a source text, as the dataset records it (documents.json `sha256`): the
 * lowercase hex digest of the text's UTF-8 bytes. WebCrypto, so the same code runs in the
 * browser and in Node 20+, with nothing bundled.
 */

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
