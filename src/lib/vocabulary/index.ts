/** The fixed vocabulary of relation types and actor kinds, and the glyphs of direction. */
export * from './relation-types';
export * from './actor-kinds';
export * from './glyphs';
export * from './claims';
