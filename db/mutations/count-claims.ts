import { eq } from 'drizzle-orm';
import { formatPartialDate } from '@/lib/domain/partial-date';
import type { Db } from '../client';
import * as t from '../schema';
import { insertCitations } from './citations';
import { MutationError } from '../errors';
import { requireAfterFounding, requireOrganization } from './guards';
import type { CountClaimFormInput } from '@/lib/validation/count-claim';
import type { CountClaimEditInput } from '@/lib/validation/count-claim-edit';
import type { Cited, Optional } from './inputs';
import { type Actor, deleteFact, mutate, requireVersion, takeSnapshot, type Tx, writeRevision } from '../revisions';

export type CountClaimInput = Cited<Optional<CountClaimFormInput, 'note'>>;
export type CountClaimEdit = Optional<Cited<CountClaimEditInput>, 'note' | 'summary' | 'citations'>;

const describe = (acronym: string, count: number, status: string, date: string) => `${acronym}: a source counts ${count} ${status}s on ${formatPartialDate(date)}`;

export function recordCountClaim(db: Db, actor: Actor, input: CountClaimInput): number {
  return mutate(db, (tx) => insertCountClaim(tx, actor, input));
}

/** The count claim inside a transaction another mutation owns (recording from an article). */
export function insertCountClaim(tx: Tx, actor: Actor, input: CountClaimInput): number {
  {
    const org = requireOrganization(tx, input.organizationId);
    requireAfterFounding(org, input.date);
    if (input.citations.length === 0) throw new MutationError('Cite at least one source.', { 'citations.0.quote': ['Add at least one citation with its quote.'] });
    const id = tx
      .insert(t.countClaims)
      .values({ organizationId: org.id, status: input.status, count: input.count, date: input.date, note: input.note ?? null })
      .returning({ id: t.countClaims.id })
      .get().id;
    insertCitations(tx, { countClaimId: id }, input.citations);
    writeRevision(tx, {
      entityType: 'countClaim', entityId: id, action: 'create', before: null, after: takeSnapshot(tx, 'countClaim', id),
      organizationId: org.id, actor, summary: describe(org.acronym, input.count, input.status, input.date),
    });
    return id;
  }
}

export function updateCountClaim(db: Db, actor: Actor, id: number, input: CountClaimEdit): void {
  mutate(db, (tx) => {
    const before = requireVersion(tx, 'countClaim', id, input.version);
    const org = requireOrganization(tx, input.organizationId);
    requireAfterFounding(org, input.date);
    tx.update(t.countClaims)
      .set({ organizationId: org.id, status: input.status, count: input.count, date: input.date, note: input.note ?? null, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(t.countClaims.id, id))
      .run();
    if (input.citations?.length) insertCitations(tx, { countClaimId: id }, input.citations);
    writeRevision(tx, {
      entityType: 'countClaim', entityId: id, action: 'update', before, after: takeSnapshot(tx, 'countClaim', id),
      organizationId: org.id, actor, summary: input.summary || `Corrected: ${describe(org.acronym, input.count, input.status, input.date)}`,
    });
  });
}

export function deleteCountClaim(db: Db, actor: Actor, id: number, input: { version: number; summary: string }): void {
  deleteFact(db, actor, 'countClaim', id, input);
}
