/**
 * Hostile XML opened in the import worker's DOM: entity tricks are not expanded, and nesting
 * a file 100,000 levels deep is refused at once with a message naming the file and the line,
 * instead of overflowing the stack or building for minutes.
 */
// The import worker's DOM, installed as the globals before the readers load.
import './support/use-light-dom';
import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, parseLightXml } from '../../src/lib/import/light-dom';
import { importNetwork } from '../../src/lib/import';
import { formatMessage } from '../../src/lib/i18n/messages';

function nested(depth: number): string {
  return `<gexf xmlns="http://gexf.net/1.3">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</gexf>`;
}

describe('hostile XML in the light DOM', () => {
  it('refuses nesting deeper than the limit, and reads the limit itself', () => {
    const refused = parseLightXml(nested(100_000));
    expect(refused.getElementsByTagName('parsererror')[0].textContent).toMatch(/nested more than 256 levels/);
    expect(parseLightXml(nested(MAX_XML_DEPTH - 2)).getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('answers a deeply nested file with a message that names it', () => {
    const result = importNetwork([{ name: 'deep.gexf', text: nested(100_000) }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatMessage(result.problems[0], 'en')).toMatch(
      /^deep\.gexf: line 1, column \d+: malformed XML: elements are nested more than 256 levels deep$/,
    );
  });

  it('does not expand nested entities (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&lol3;"/></nodes><edges/></graph></gexf>';
    const result = importNetwork([{ name: 'laughs.gexf', text: laughs }]);
    if (result.ok) expect(result.network.actors[0].label.length).toBeLessThan(100);
    else expect(formatMessage(result.problems[0], 'en')).toMatch(/^laughs\.gexf: /);
  });

  it('refuses an external entity (XXE) instead of reading it', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&xxe;"/></nodes><edges/></graph></gexf>';
    const result = importNetwork([{ name: 'xxe.gexf', text: xxe }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatMessage(result.problems[0], 'en')).toMatch(/^xxe\.gexf: .*undefined entity/);
  });
});
