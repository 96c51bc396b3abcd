// Writes shared by every kind of fact: adding citations to one already recorded.
import { eq } from 'drizzle-orm';
import * as t from '../schema';
import type { Db } from '../client';
import { insertCitations, type CitationInput } from './citations';
import { MutationError } from './errors';
import { snapshotOf } from './snapshots';
import { mutate, writeRevision, type Actor } from './transaction';

export type FactType = 'statusChange' | 'invitation' | 'countClaim';

const FACT_TABLE = { statusChange: t.statusChanges, invitation: t.invitations, countClaim: t.countClaims } as const;

/** Adds citations to a recorded fact (the answer to a duplicate: cite the existing change). */
export function addCitations(db: Db, actor: Actor, type: FactType, id: number, citations: CitationInput[], summary?: string | null): void {
  mutate(db, (tx) => {
    const before = snapshotOf(tx, type, id);
    if (!before) throw new MutationError('This record no longer exists.', { _form: ['This record no longer exists.'] }, 'not-found');
    if (citations.length === 0) throw new MutationError('Add at least one citation.', { 'citations.0.quote': ['Add at least one citation with its quote.'] });
    const column = type === 'statusChange' ? { statusChangeId: id } : type === 'invitation' ? { invitationId: id } : { countClaimId: id };
    insertCitations(tx, column, citations);
    const table = FACT_TABLE[type];
    tx.update(table).set({ version: Number(before.version) + 1, updatedAt: new Date().toISOString() }).where(eq(table.id, id)).run();
    writeRevision(tx, {
      entityType: type, entityId: id, action: 'update', before, after: snapshotOf(tx, type, id),
      organizationId: Number(before.organizationId), stateId: before.stateId === undefined ? null : Number(before.stateId), actor,
      summary: summary || `Added ${citations.length === 1 ? 'a citation' : `${citations.length} citations`}`,
    });
  });
}
