/**
 * From the files a user picked or dropped to a checked network, or to the list of what is
 * wrong with them. Never throws: every failure becomes a problem to show.
 */
import { importNetwork, MAX_FILE_BYTES, type ImportResult } from '../import';
import { readFiles } from './read-files';

export async function openFiles(list: File[]): Promise<ImportResult> {
  const { files, problems } = await readFiles(list, MAX_FILE_BYTES);
  if (problems.length) return { ok: false, problems };
  try {
    return importNetwork(files);
  } catch (error) {
    // The importer promises not to throw; if it ever does, the page must still stand.
    return { ok: false, problems: [`The file could not be read: ${(error as Error).message}`] };
  }
}
