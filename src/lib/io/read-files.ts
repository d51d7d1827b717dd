/**
 * Reads what the user picked or dropped into plain text files for the importer, refusing
 * oversized files before reading a byte of them so a 100 MB file cannot freeze the page.
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

export async function readFiles(
  list: Iterable<File>,
  maxBytes: number,
): Promise<{ files: ReadFile[]; problems: string[] }> {
  const files: ReadFile[] = [];
  const problems: string[] = [];
  for (const file of list) {
    if (file.size > maxBytes) {
      problems.push(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`);
      continue;
    }
    try {
      files.push({ name: file.name, text: await file.text(), size: file.size });
    } catch (error) {
      problems.push(`${file.name} could not be read: ${(error as Error).message}`);
    }
  }
  if (files.length === 0 && problems.length === 0) problems.push('No file was given.');
  return { files, problems };
}
