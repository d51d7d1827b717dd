/**
 * Which attributes can colour or size a network: categorical (few shared values) and numeric
 * (all numbers) detection over hand-made records, with missing values, mixed types and text.
 */
import { describe, expect, it } from 'vitest';
import type { AttributeValue } from '../../src/lib/data/network';
import {
  MAX_CATEGORIES,
  attributeCategory,
  attributeNumber,
  describeEdgeAttributes,
  describeNodeAttributes,
} from '../../src/lib/appearance';

function records(name: string, values: (AttributeValue | undefined)[]) {
  return values.map((value) => ({ attributes: value === undefined ? {} : { [name]: value } }));
}

function describeOne(name: string, values: (AttributeValue | undefined)[]) {
  const [description] = describeNodeAttributes(records(name, values));
  return description;
}

describe('describeNodeAttributes', () => {
  it('finds a categorical text attribute', () => {
    expect(describeOne('party', ['Liberal', 'Liberal', 'Green', 'Pacto', 'Green', 'Liberal'])).toEqual({
      name: 'party',
      categorical: true,
      numeric: false,
      distinct: 3,
      present: 6,
    });
  });

  it('finds a categorical boolean attribute', () => {
    expect(describeOne('elected', [true, false, true, true])).toMatchObject({
      categorical: true,
      numeric: false,
      distinct: 2,
      present: 4,
    });
  });

  it('reads integer communities (Gephi modularity_class) as categorical and numeric', () => {
    const classes = [0, 1, 2, 0, 1, 2, 0, 1, 2, 8];
    expect(describeOne('modularity_class', classes)).toEqual({
      name: 'modularity_class',
      categorical: true,
      numeric: true,
      distinct: 4,
      present: 10,
    });
  });

  it('reads floats as numeric only', () => {
    expect(describeOne('betweenness', [0.5, 0.25, 0.5, 0.75, 0.5, 0.25])).toMatchObject({
      categorical: false,
      numeric: true,
      distinct: 3,
    });
  });

  it('reads integers with many distinct values (years) as numeric only', () => {
    const years = [1990, 1991, 1992, 1993, 1994, 1995, 1990, 1991];
    expect(describeOne('founded', years)).toMatchObject({ categorical: false, numeric: true, distinct: 6 });
  });

  it('reads numeric text (CSV columns) as numbers', () => {
    expect(describeOne('weight', ['1.5', '2', ' 3 ', '2'])).toMatchObject({
      categorical: false,
      numeric: true,
      distinct: 3,
      present: 4,
    });
    expect(describeOne('community', ['0', '1', '0', '1', '1'])).toMatchObject({ categorical: true, numeric: true });
  });

  it('rejects free text and identifiers', () => {
    const text = Array.from({ length: 300 }, (_, i) => `A sentence about actor number ${i}.`);
    expect(describeOne('description', text)).toMatchObject({ categorical: false, numeric: false, distinct: 300 });
    expect(describeOne('code', ['a', 'b', 'c', 'd'])).toMatchObject({ categorical: false, numeric: false });
  });

  it('rejects text with more than MAX_CATEGORIES values even when shared', () => {
    const many = Array.from({ length: (MAX_CATEGORIES + 1) * 2 }, (_, i) => `c${i % (MAX_CATEGORIES + 1)}`);
    expect(describeOne('country', many)).toMatchObject({ categorical: false, distinct: MAX_CATEGORIES + 1 });
    const enough = Array.from({ length: MAX_CATEGORIES * 2 }, (_, i) => `c${i % MAX_CATEGORIES}`);
    expect(describeOne('country', enough)).toMatchObject({ categorical: true, distinct: MAX_CATEGORIES });
  });

  it('treats mixed values as text: categorical when shared, never numeric', () => {
    expect(describeOne('mixed', [1, 'one', true, 1, 'one'])).toEqual({
      name: 'mixed',
      categorical: true,
      numeric: false,
      distinct: 3,
      present: 5,
    });
  });

  it('counts only present values; blank text is missing', () => {
    expect(describeOne('group', ['x', undefined, '', '  ', 'y', 'x'])).toEqual({
      name: 'group',
      categorical: true,
      numeric: false,
      distinct: 2,
      present: 3,
    });
    expect(describeOne('score', [1, undefined, 2, ''])).toMatchObject({ numeric: true, present: 2 });
  });

  it('needs two distinct values for either use', () => {
    expect(describeOne('same', ['x', 'x', 'x'])).toMatchObject({ categorical: false, numeric: false, distinct: 1 });
    expect(describeOne('empty', ['', undefined])).toMatchObject({ categorical: false, numeric: false, present: 0 });
  });

  it('lists attributes in first-seen order and ignores records without attributes', () => {
    const actors: { attributes?: Record<string, AttributeValue> }[] = [
      {},
      { attributes: { b: 1, a: 'x' } },
      { attributes: { c: true, a: 'y' } },
    ];
    expect(describeNodeAttributes(actors).map((description) => description.name)).toEqual(['b', 'a', 'c']);
    expect(describeNodeAttributes([])).toEqual([]);
  });
});

describe('describeEdgeAttributes', () => {
  it('describes relation attributes by the same rules', () => {
    const relations = [
      { attributes: { channel: 'press', weight: 1 } },
      { attributes: { channel: 'press', weight: 2.5 } },
      { attributes: { channel: 'tv', weight: 4 } },
    ];
    expect(describeEdgeAttributes(relations)).toEqual([
      { name: 'channel', categorical: true, numeric: false, distinct: 2, present: 3 },
      { name: 'weight', categorical: false, numeric: true, distinct: 3, present: 3 },
    ]);
  });
});

describe('attribute values', () => {
  it('gives the category of a value, empty when missing', () => {
    expect([attributeCategory(3), attributeCategory(true), attributeCategory('Left')]).toEqual(['3', 'true', 'Left']);
    expect([attributeCategory(undefined), attributeCategory(null), attributeCategory(' ')]).toEqual(['', '', '']);
  });

  it('gives the number of a value, undefined for text and booleans', () => {
    expect([attributeNumber(2.5), attributeNumber('7'), attributeNumber('x'), attributeNumber(true)]).toEqual([
      2.5,
      7,
      undefined,
      undefined,
    ]);
  });
});
