/**
 * The import suites again, with the XML readers on the light DOM that the import worker
 * uses (the worker has no DOMParser): every expectation written against jsdom's DOM must
 * hold there too, malformed-XML messages with their line and column included.
 */
import './support/use-light-dom';
import './import-failures.test';
import './import-real-files.test';
import './import-mapping.test';
import './import-fuzz.test';
import './import-bundle.test';
