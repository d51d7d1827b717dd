/**
 * What the file reader accepts as text: UTF-8 with or without a byte order mark, UTF-16 with
 * one; and what it names instead of parsing: ZIP and gzip archives, binary data, UTF-16
 * without a mark, bytes that are not UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/io/decode-text';

const XML = '<?xml version="1.0"?><gexf><graph><nodes><node id="á"/></nodes></graph></gexf>';

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8, dropping its byte order mark', () => {
    const plain = new TextEncoder().encode(XML);
    expect(decodeText(plain)).toEqual({ ok: true, text: XML, encoding: 'utf-8' });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(marked)).toEqual({ ok: true, text: XML, encoding: 'utf-8' });
  });

  it('reads UTF-16 in either byte order when it has its mark', () => {
    expect(decodeText(utf16(XML, true))).toEqual({ ok: true, text: XML, encoding: 'utf-16le' });
    expect(decodeText(utf16(XML, false))).toEqual({ ok: true, text: XML, encoding: 'utf-16be' });
  });

  it('names what is not text', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({ ok: false, reason: 'zip' });
    expect(decodeText(new Uint8Array([0x1f, 0x8b, 8, 0]))).toEqual({ ok: false, reason: 'gzip' });
    expect(decodeText(utf16(XML, true, false))).toEqual({ ok: false, reason: 'binary' });
    // "Bogotá" in Latin-1: the á is one byte that UTF-8 cannot start with.
    expect(decodeText(new Uint8Array([0x42, 0x6f, 0x67, 0x6f, 0x74, 0xe1]))).toEqual({ ok: false, reason: 'not-utf8' });
  });

  it('reads an empty file as empty text (the importer says it is empty)', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
