// Writes shared by every kind of fact: adding citations to one already recorded.
import type { Db } from '../client';
import { bumpVersion, mutate, RECORD_KINDS, takeSnapshot, writeRevision, type Actor, type FactKind } from '../revisions';
import { insertCitations, type CitationInput } from './citations';
import { MutationError } from '../errors';

/** Adds citations to a recorded fact (the answer to a duplicate: cite the existing change). */
export function addCitations(db: Db, actor: Actor, type: FactKind, id: number, citations: CitationInput[], summary?: string | null): void {
  mutate(db, (tx) => {
    const before = takeSnapshot(tx, type, id);
    if (!before) throw new MutationError('This record no longer exists.', { _form: ['This record no longer exists.'] }, 'not-found');
    if (citations.length === 0) throw new MutationError('Add at least one citation.', { 'citations.0.quote': ['Add at least one citation with its quote.'] });
    insertCitations(tx, RECORD_KINDS[type].children.citations.ref(id), citations);
    bumpVersion(tx, type, id, before.version + 1);
    writeRevision(tx, {
      entityType: type, entityId: id, action: 'update', before, after: takeSnapshot(tx, type, id),
      organizationId: before.organizationId, stateId: 'stateId' in before ? before.stateId : null, actor,
      summary: summary || `Added ${citations.length === 1 ? 'a citation' : `${citations.length} citations`}`,
    });
  });
}
