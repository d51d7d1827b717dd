/**
 * The vocabulary is complete: every relation type and actor kind has every fact the page
 * reads (polarity, direction, colour, order, CAMEO code) and its words in both languages,
 * and the palette of a network keeps the fixed colours and gives its own types stable ones.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  ACTOR_KIND_INFO,
  POLARITIES,
  RELATION_TYPES,
  RELATION_TYPE_IDS,
  compareRelationTypes,
  directionGlyph,
  isDirected,
  polarityOf,
} from '../../src/lib/vocabulary';
import { kindLabel, polarityLabel, relationTypeDescription, relationTypeLabel } from '../../src/lib/i18n/words';
import { typePaletteFor } from '../../src/lib/view/palette';

describe('relation types', () => {
  it('each has a polarity, a direction, a distinct colour, its order and a CAMEO code unless structural', () => {
    const colours = new Set<string>();
    RELATION_TYPE_IDS.forEach((id, index) => {
      const info = RELATION_TYPES[id];
      expect(info.id).toBe(id);
      expect(POLARITIES).toContain(info.polarity);
      expect(typeof info.directed).toBe('boolean');
      expect(info.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(info.order).toBe(index);
      if (info.polarity === 'structural') expect(info.cameo).toBeNull();
      else expect(info.cameo).toMatch(/^\d{2}$/);
      colours.add(info.color);
    });
    expect(colours.size).toBe(RELATION_TYPE_IDS.length);
  });

  it('each has a label and a description in English and Spanish, and they differ', () => {
    for (const id of RELATION_TYPE_IDS) {
      for (const locale of ['en', 'es'] as const) {
        expect(relationTypeLabel(id, locale)).not.toBe(id);
        expect(relationTypeDescription(id, locale).length).toBeGreaterThan(10);
      }
      expect(relationTypeDescription(id, 'es')).not.toBe(relationTypeDescription(id, 'en'));
    }
    expect(relationTypeLabel('sanctioned', 'en')).toBe('Sanctioned');
    expect(relationTypeLabel('sanctioned', 'es')).toBe('Sancionó');
    expect(relationTypeLabel('co-appearance', 'es')).toBe('co-appearance');
  });

  it('tells direction from the relation first and the type second', () => {
    expect(isDirected({ type: 'sanctioned' })).toBe(true);
    expect(isDirected({ type: 'met' })).toBe(false);
    expect(isDirected({ type: 'met', directed: true })).toBe(true);
    expect(isDirected({ type: 'co-appearance' })).toBe(true);
    expect(directionGlyph(true)).toBe('→');
    expect(directionGlyph(true, false)).toBe('←');
    expect(directionGlyph(false)).toBe('↔');
  });

  it('orders fixed types by the vocabulary and others after them by id', () => {
    expect(['family', 'zeta', 'allied', 'alpha'].sort(compareRelationTypes)).toEqual([
      'allied',
      'family',
      'alpha',
      'zeta',
    ]);
    expect(polarityOf('attacked')).toBe('hostile');
    expect(polarityOf('co-appearance')).toBeNull();
    expect(polarityLabel('cooperative', 'es')).toBe('Cooperación');
  });
});

describe('actor kinds', () => {
  it('each has a colour, an order and a label in both languages', () => {
    ACTOR_KINDS.forEach((kind, index) => {
      expect(ACTOR_KIND_INFO[kind].order).toBe(index);
      expect(ACTOR_KIND_INFO[kind].color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(kindLabel(kind, 'en')).not.toBe(kind);
      expect(kindLabel(kind, 'es')).not.toBe(kindLabel(kind, 'en'));
    });
    expect(kindLabel('armed-group', 'en')).toBe('Armed group');
    expect(kindLabel('armed-group', 'es')).toBe('Grupo armado');
  });
});

describe('a network’s palette', () => {
  const network = {
    actors: [
      { id: 'a', label: 'A', kind: 'person', aliases: [] },
      { id: 'b', label: 'B', kind: 'character', aliases: [] },
    ],
    relations: [
      { id: 'r1', source: 'a', target: 'b', type: 'sanctioned', evidence: [] },
      { id: 'r2', source: 'a', target: 'b', type: 'co-appearance', evidence: [] },
      { id: 'r3', source: 'b', target: 'a', type: 'friendship', evidence: [] },
    ],
  };

  it('keeps the fixed colours and generates stable, distinct ones for other types and kinds', () => {
    const palette = typePaletteFor(network);
    expect(palette.relationType('sanctioned')).toBe(RELATION_TYPES.sanctioned.color);
    expect(palette.actorKind('person')).toBe(ACTOR_KIND_INFO.person.color);
    expect(palette.relationType('co-appearance')).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(palette.relationType('co-appearance')).not.toBe(palette.relationType('friendship'));
    expect(typePaletteFor(network).relationType('co-appearance')).toBe(palette.relationType('co-appearance'));
    expect(palette.actorKind('character')).not.toBe(palette.actorKind('person'));
  });
});
