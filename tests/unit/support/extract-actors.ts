/**
 * The invented cast the reader's rule tests share: four people (one known by a title that
 * gives her state), two states, and a helper for more people, so each test file adds only
 * the actors its rules need.
 */
import type { KnownActor } from '../../../src/lib/extract/types';

export const person = (id: string, label: string, ...aliases: string[]): KnownActor => ({
  id,
  label,
  kind: 'person',
  aliases,
});

export const people: KnownActor[] = [
  person('ana-ruiz', 'Ana Ruiz', 'Ruiz', 'Peruvian President Ana Ruiz'),
  person('bruno-lago', 'Bruno Lago', 'Lago'),
  person('carla-mora', 'Carla Mora', 'Mora'),
  person('dario-vega', 'Dario Vega', 'Vega'),
];
