/**
 * The import suites again, with the XML readers on the light DOM that the import worker
 * uses (the worker has no DOMParser): every expectation written against jsdom's DOM must
 * hold there too, malformed-XML messages with their line and column included. The light
 * DOM is installed as the global DOMParser and Document first, as in the worker, so that
 * graphology's /browser parsers bind it when the suites load the readers.
 */
import './support/use-light-dom';
import './import-failures.test';
import './import-real-files.test';
import './import-mapping.test';
import './import-fuzz.test';
import './import-bundle.test';
import { expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { xmlPlatform } from '../../src/lib/import/xml-platform';

it('runs the suites on the light DOM, as the import worker does', () => {
  const platform = xmlPlatform();
  expect(platform.dom).toBe('light');
  const doc = platform.parse('<graphml><graph/></graphml>');
  expect(doc.constructor.name).toBe('LightDocument');
  // The library's parser was bound to the light DOM: it takes its documents, not jsdom's.
  expect(platform.parseGraphml(MultiGraph, doc).order).toBe(0);
  const jsdomDoc = document.implementation.createDocument(null, 'graphml');
  expect(() => platform.parseGraphml(MultiGraph, jsdomDoc)).toThrow(/should either be a XML document/);
});
