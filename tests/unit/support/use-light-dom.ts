/**
 * Imported first by a test file: installs the import worker's light DOM as the global
 * DOMParser and Document, in place of jsdom's, before anything loads the XML readers
 * (graphology's /browser parsers bind the globals when they are evaluated, and vitest gives
 * each test file its own modules).
 */
import '../../../src/lib/import/light-dom-globals';
