/**
 * The validator's rules about who says so and who is named: an attributed claim names its
 * speaker, a speaker is a known actor, the dataset codes a claim on every evidence item
 * when asked to (the bundled dataset is; imported evidence may be "not coded"), and no
 * alias can silently name someone else (see alias-rules.ts). Problems are catalogue
 * messages at `file: json-path`, like every other rule.
 */
import type { Actor, Relation } from './schema.ts';
import { problemAt, type Problem } from './problem.ts';
import { aliasClashes } from './alias-rules.ts';
import { CLAIMS } from '../vocabulary/claims.ts';

export function checkClaims(
  relations: { value: Relation; index: number }[],
  actorIds: ReadonlySet<string>,
  requireClaims: boolean,
  problems: Problem[],
): void {
  for (const { value: relation, index } of relations) {
    relation.evidence.forEach((evidence, e) => {
      const at = `$[${index}].evidence[${e}]`;
      if (!evidence.claim) {
        if (requireClaims) problems.push(problemAt('relations.json', at, 'validate_claim_missing'));
      } else if (CLAIMS[evidence.claim].needsSpeaker && !evidence.speaker) {
        problems.push(problemAt('relations.json', at, 'validate_speaker_missing'));
      }
      if (evidence.speaker && !actorIds.has(evidence.speaker)) {
        problems.push(
          problemAt('relations.json', `${at}.speaker`, 'validate_unknown_speaker', { actor: evidence.speaker }),
        );
      }
    });
  }
}

export function checkAliases(actors: { value: Actor; index: number }[], problems: Problem[]): void {
  const all = actors.map(({ value }) => value);
  for (const { value: actor, index } of actors) {
    const marked = new Set(actor.ambiguousAliases ?? []);
    (actor.ambiguousAliases ?? []).forEach((alias, a) => {
      if (!actor.aliases.includes(alias)) {
        problems.push(
          problemAt('actors.json', `$[${index}].ambiguousAliases[${a}]`, 'validate_ambiguous_not_alias', { alias }),
        );
      }
    });
    for (const [a, clash] of aliasClashes(actor, all)) {
      const alias = actor.aliases[a];
      if (marked.has(alias)) continue;
      const path = `$[${index}].aliases[${a}]`;
      problems.push(
        clash.reason === 'first-name'
          ? problemAt('actors.json', path, 'validate_alias_first_name', { alias })
          : problemAt('actors.json', path, 'validate_alias_names_another', {
              alias,
              other: clash.other,
              otherName: clash.otherName,
            }),
      );
    }
  }
}
