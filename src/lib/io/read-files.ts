/**
 * Reads what the user picked or dropped into plain text files for the importer, refusing
 * oversized files before reading a byte of them so a 100 MB file cannot freeze the page,
 * and files that are not text (archives, binary data, other encodings: see decode-text.ts).
 * Runs in the import worker (File objects pass to workers as they are) or in the page.
 * Problems are catalogue messages.
 */
import { msg, type Message } from '../i18n/messages';
import { decodeText, type UndecodableReason } from './decode-text';

const UNDECODABLE_KEYS = {
  zip: 'read_zip_archive',
  gzip: 'read_gzip_archive',
  binary: 'read_binary',
  'not-utf8': 'read_not_utf8',
} as const satisfies Record<UndecodableReason, string>;

export interface ReadFile {
  name: string;
  text: string;
  size: number;
}

/** A size in the unit that suits it (MB, kB or bytes), rounded to a whole number of that unit. */
export function sizeInUnits(bytes: number): { amount: number; unit: 'MB' | 'kB' | 'bytes' } {
  if (bytes >= 1024 * 1024) return { amount: Math.round(bytes / (1024 * 1024)), unit: 'MB' };
  if (bytes >= 1024) return { amount: Math.round(bytes / 1024), unit: 'kB' };
  return { amount: bytes, unit: 'bytes' };
}

/** The refusal of a file over the limit, with both sizes in their units. */
function tooLarge(file: File, maxBytes: number): Message {
  const size = sizeInUnits(file.size);
  const limit = sizeInUnits(maxBytes);
  return msg('read_too_large', {
    file: file.name,
    size: size.amount,
    sizeUnit: size.unit,
    limit: limit.amount,
    limitUnit: limit.unit,
  });
}

/** Reads the files as text; `onFraction` hears the share of bytes read after each file. */
export async function readFiles(
  list: Iterable<File>,
  maxBytes: number,
  onFraction?: (fraction: number) => void,
): Promise<{ files: ReadFile[]; problems: Message[] }> {
  const files: ReadFile[] = [];
  const problems: Message[] = [];
  const all = [...list];
  const total = all.reduce((sum, file) => sum + (file.size <= maxBytes ? file.size : 0), 0);
  let done = 0;
  for (const file of all) {
    if (file.size > maxBytes) {
      problems.push(tooLarge(file, maxBytes));
      continue;
    }
    try {
      const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
      if (decoded.ok) files.push({ name: file.name, text: decoded.text, size: file.size });
      else problems.push(msg(UNDECODABLE_KEYS[decoded.reason], { file: file.name }));
      done += file.size;
      if (total > 0) onFraction?.(done / total);
    } catch (error) {
      problems.push(msg('read_failed', { file: file.name, detail: (error as Error).message }));
    }
  }
  if (files.length === 0 && problems.length === 0) problems.push(msg('import_no_file'));
  return { files, problems };
}
