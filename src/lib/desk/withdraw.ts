/**
 * Taking an accepted suggestion back: its quote leaves the relation it was added to, and
 * a relation left without evidence leaves the workspace. Pure.
 */
import type { Workspace } from '../workspace/workspace';

export function withdrawSuggestion(ws: Workspace, document: string, quote: string): Workspace {
  const relations = ws.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => !(e.document === document && e.quote === quote)) }))
    .filter((r) => r.evidence.length > 0);
  return { ...ws, relations };
}
