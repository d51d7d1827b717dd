import { describe, expect, it } from 'vitest';
import {
  actorKindCountDescription,
  filterGroups,
  relationTypeCountDescription,
} from '../../src/lib/view/filter-groups';
import type { RelationTypeOption } from '../../src/lib/view/rows';

const option = (id: string, group: RelationTypeOption['group'], count = 1): RelationTypeOption => ({
  id,
  label: id,
  description: `About ${id}.`,
  color: '#000000',
  group,
  directed: true,
  count,
});

const OPTIONS = [
  option('allied', 'cooperative'),
  option('sanctioned', 'hostile'),
  option('supported', 'cooperative'),
  option('trade-deal', 'other'),
];

describe('filterGroups', () => {
  it('gathers options by group, in the order the groups first appear', () => {
    const groups = filterGroups(OPTIONS, 'en');
    expect(groups.map((group) => group.id)).toEqual(['cooperative', 'hostile', 'other']);
    expect(groups[0].ids).toEqual(['allied', 'supported']);
    expect(groups[0].types.map((type) => type.id)).toEqual(['allied', 'supported']);
    expect(filterGroups([], 'en')).toEqual([]);
  });

  it('words headings and buttons in English, each name starting with the visible word', () => {
    const [cooperative, , other] = filterGroups(OPTIONS, 'en');
    expect(cooperative).toMatchObject({
      title: 'Cooperative',
      allText: 'All',
      allLabel: 'All cooperative types',
      noneText: 'None',
      noneLabel: 'None of the cooperative types',
    });
    expect(other).toMatchObject({ title: 'Other', allLabel: 'All other types' });
  });

  it('words headings and buttons in Spanish', () => {
    const [cooperative, hostile] = filterGroups(OPTIONS, 'es');
    expect(cooperative).toMatchObject({
      title: 'Cooperación',
      allText: 'Todos',
      allLabel: 'Todos: cooperación',
      noneText: 'Ninguno',
      noneLabel: 'Ninguno: cooperación',
    });
    expect(hostile.allLabel).toBe('Todos: hostilidad');
  });

  it('gives every button a name that contains its visible text', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const group of filterGroups(OPTIONS, locale)) {
        expect(group.allLabel.startsWith(group.allText)).toBe(true);
        expect(group.noneLabel.startsWith(group.noneText)).toBe(true);
      }
    }
  });
});

describe('count descriptions', () => {
  it('counts relations with the plural and number format of the language, then describes', () => {
    expect(relationTypeCountDescription(option('met', 'cooperative', 1), 'en')).toBe('1 relation. About met.');
    expect(relationTypeCountDescription(option('met', 'cooperative', 0), 'en')).toBe('0 relations. About met.');
    expect(relationTypeCountDescription(option('met', 'cooperative', 1234), 'en')).toBe('1,234 relations. About met.');
    expect(relationTypeCountDescription(option('met', 'cooperative', 1), 'es')).toBe('1 relación. About met.');
    expect(relationTypeCountDescription(option('met', 'cooperative', 12), 'es')).toBe('12 relaciones. About met.');
  });

  it('counts actors', () => {
    expect(actorKindCountDescription(1, 'en')).toBe('1 actor');
    expect(actorKindCountDescription(7, 'en')).toBe('7 actors');
    expect(actorKindCountDescription(1, 'es')).toBe('1 actor');
    expect(actorKindCountDescription(7, 'es')).toBe('7 actores');
    expect(actorKindCountDescription(1_000_000, 'es')).toBe('1.000.000 actores');
  });
});
