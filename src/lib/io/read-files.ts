/**
 * Reads what the user picked or dropped into plain text files for the importer, refusing
 * oversized files before reading a byte of them so a 100 MB file cannot freeze the page.
 * Runs in the import worker (File objects pass to workers as they are) or in the page.
 */

export interface ReadFile {
  name: string;
  text: string;
  size: number;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** Reads the files as text; `onFraction` hears the share of bytes read after each file. */
export async function readFiles(
  list: Iterable<File>,
  maxBytes: number,
  onFraction?: (fraction: number) => void,
): Promise<{ files: ReadFile[]; problems: string[] }> {
  const files: ReadFile[] = [];
  const problems: string[] = [];
  const all = [...list];
  const total = all.reduce((sum, file) => sum + (file.size <= maxBytes ? file.size : 0), 0);
  let done = 0;
  for (const file of all) {
    if (file.size > maxBytes) {
      problems.push(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`);
      continue;
    }
    try {
      files.push({ name: file.name, text: await file.text(), size: file.size });
      done += file.size;
      if (total > 0) onFraction?.(done / total);
    } catch (error) {
      problems.push(`${file.name} could not be read: ${(error as Error).message}`);
    }
  }
  if (files.length === 0 && problems.length === 0) problems.push('No file was given.');
  return { files, problems };
}
