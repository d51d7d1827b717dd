/** Imported first by a test file: the XML readers then use the import worker's light DOM instead of jsdom's. */
import { useLightDom } from '../../../src/lib/import/xml-platform';

useLightDom();
