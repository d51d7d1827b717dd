/**
 * The bundled dataset is validated when the app is built or served (src/build/), and the
 * result is published as a manifest: the SHA-256 of every file that passed. The browser
 * then only has to check that the files it fetched are those very bytes — a few
 * milliseconds of native hashing instead of loading the validator. Anything else (files
 * changed after the build, no manifest, no Web Crypto) is validated in full, as before.
 */

export const MANIFEST_FILE = 'validated.json';
export const MANIFEST_FORMAT = 'petro-network/validated-dataset';

export interface DatasetManifest {
  format: typeof MANIFEST_FORMAT;
  /** SHA-256 (lowercase hex) of each file that passed validation, by path in the dataset. */
  files: Record<string, string>;
}

export function isDatasetManifest(value: unknown): value is DatasetManifest {
  if (!value || typeof value !== 'object') return false;
  const { format, files } = value as Partial<DatasetManifest>;
  return (
    format === MANIFEST_FORMAT &&
    !!files &&
    typeof files === 'object' &&
    Object.values(files).every((digest) => typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest))
  );
}

/**
 * Whether every fetched file is listed with the same digest. The fetched set must be
 * exactly the listed one: a file added or dropped since the build needs a full check too.
 */
export function matchesManifest(manifest: DatasetManifest, digests: Readonly<Record<string, string>>): boolean {
  const listed = Object.keys(manifest.files);
  const fetched = Object.keys(digests);
  return listed.length === fetched.length && fetched.every((path) => manifest.files[path] === digests[path]);
}
