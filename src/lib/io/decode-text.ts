/**
 * Bytes of a picked file → text, or why they are not text the importer can read. Network
 * files are text: UTF-8 (with or without a byte order mark), or UTF-16 with its byte order
 * mark (as Windows tools save them). Anything else is said plainly instead of being fed to
 * a parser as mojibake: a ZIP or gzip archive named like a network, binary data (or UTF-16
 * without a mark: both are full of zero bytes), or bytes that are not UTF-8.
 */

export type UndecodableReason = 'zip' | 'gzip' | 'binary' | 'not-utf8';

export type Decoded =
  { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; reason: UndecodableReason };

/** How many leading bytes are looked at for zero bytes. */
const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The text of a file's bytes, or the reason they are not readable text. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { ok: false, reason: 'zip' };
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return { ok: false, reason: 'gzip' };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary' };
  try {
    // The decoder drops a UTF-8 byte order mark itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}
