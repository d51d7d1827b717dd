/**
 * Hostile XML opened in the import worker's DOM: nested (billion laughs) and external (XXE)
 * entities are refused before parsing, a GEXF of edges to missing nodes stops at the first
 * hundred problems, and nesting a file 100,000 levels deep is refused at once with a message
 * naming the file and the line, instead of overflowing the stack or building for minutes.
 */
// The import worker's DOM, installed as the globals before the readers load.
import './support/use-light-dom';
import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, parseLightXml } from '../../src/lib/import/light-dom';
import { MAX_PROBLEMS, importNetwork } from '../../src/lib/import';
import { dangerousEntity } from '../../src/lib/import/xml';
import { formatMessage } from '../../src/lib/i18n/messages';

function nested(depth: number): string {
  return `<gexf xmlns="http://gexf.net/1.3">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</gexf>`;
}

describe('hostile XML in the light DOM', () => {
  it('refuses nesting deeper than the limit, and reads the limit itself', () => {
    const refused = parseLightXml(nested(100_000)).getElementsByTagName('parsererror')[0];
    expect(refused.getAttribute('code')).toBe('depth');
    expect(Number(refused.getAttribute('line'))).toBe(1);
    expect(parseLightXml(nested(MAX_XML_DEPTH - 2)).getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('answers a deeply nested file with a message that names it', () => {
    const result = importNetwork([{ name: 'deep.gexf', text: nested(100_000) }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatMessage(result.problems[0], 'en')).toMatch(
      /^deep\.gexf: line 1, column \d+: elements are nested more than 256 levels deep; no network file nests that deep/,
    );
  });

  it('refuses entities built from entities (billion laughs) before parsing', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&lol3;"/></nodes><edges/></graph></gexf>';
    const result = importNetwork([{ name: 'laughs.gexf', text: laughs }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatMessage(result.problems[0], 'en')).toMatch(/^laughs\.gexf: line 1: the entity “lol2” is built from/);
    expect(formatMessage(result.problems[0], 'es')).toMatch(/^laughs\.gexf: línea 1: la entidad «lol2»/);
  });

  it('refuses an external entity (XXE) instead of reading it', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&xxe;"/></nodes><edges/></graph></gexf>';
    const result = importNetwork([{ name: 'xxe.gexf', text: xxe }]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatMessage(result.problems[0], 'en')).toMatch(
        /^xxe\.gexf: line 1: the entity “xxe” would read another file/,
      );
  });

  it('reads plain internal entities, and finds no DOCTYPE in the text after the root opens', () => {
    expect(dangerousEntity('<!DOCTYPE g [<!ENTITY co "and company">]><g/>')).toBeNull();
    expect(dangerousEntity('<g><![CDATA[<!DOCTYPE x [<!ENTITY e SYSTEM "f">]>]]></g>')).toBeNull();
    expect(dangerousEntity('<!DOCTYPE g [\n<!ENTITY % p SYSTEM "x">]><g/>')).toEqual({
      kind: 'external',
      name: 'p',
      line: 2,
    });
    expect(dangerousEntity('<!DOCTYPE g [<!ENTITY a "&amp;&#38;">]><g/>')).toBeNull();
  });

  it('stops reading a GEXF of edges to missing nodes after the first hundred problems', () => {
    const edges = Array.from({ length: 50_000 }, (_, i) => `<edge source="a" target="m${i}"/>`).join('');
    const text = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes><edges>${edges}</edges></graph></gexf>`;
    const result = importNetwork([{ name: 'missing.gexf', text }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(formatMessage(result.problems[1], 'en')).toBe(
      'missing.gexf: edge #1 points to node "m0" which does not exist',
    );
    expect(formatMessage(result.problems[0], 'en')).toMatch(
      /^missing\.gexf: reading stopped after the first 99 problems/,
    );
  });
});
