/**
 * Hostile JSON: nesting a million levels deep is refused before JSON.parse builds it, with
 * the place it went too deep; brackets inside strings do not count.
 */
import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../src/lib/import';
import { MAX_JSON_DEPTH, jsonTooDeepAt } from '../../src/lib/import/detect';
import { formatMessage } from '../../src/lib/i18n/messages';

describe('deeply nested JSON', () => {
  it('finds where nesting passes the limit, skipping strings and escapes', () => {
    expect(jsonTooDeepAt('[[[]]]', 3)).toBeNull();
    expect(jsonTooDeepAt('[[[[]]]]', 3)).toEqual({ line: 1, column: 4 });
    expect(jsonTooDeepAt('{"a": "[[[[[\\"[[[["}', 3)).toBeNull();
    expect(jsonTooDeepAt('{\n "a": [\n  [[1]]]}', 3)).toEqual({ line: 3, column: 4 });
  });

  it('refuses a million levels at once, naming the file and the place', () => {
    const text = `{"nodes":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const started = performance.now();
    const result = importNetwork([{ name: 'deep.json', text }]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatMessage(result.problems[0], 'en')).toBe(
      `deep.json: line 1, column ${MAX_JSON_DEPTH + 9}: arrays and objects are nested more than 256 levels deep; no network file nests that deep, so the file is not opened`,
    );
  });
});
