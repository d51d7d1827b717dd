/** The marker and version of this project's JSON bundle, shared by its reader and writer. */
export const BUNDLE_FORMAT = 'petro-network-bundle';
export const BUNDLE_VERSION = 1;
