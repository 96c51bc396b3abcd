import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { requireVersion } from './guards';
import { mutate, writeRevision, type Actor } from './transaction';

const FACT_TABLES = { statusChange: t.statusChanges, invitation: t.invitations, countClaim: t.countClaims };

/** Deletes a status change, invitation or count claim (its citations go with it); the revision keeps it for revert. */
export function deleteFact(db: Db, actor: Actor, type: keyof typeof FACT_TABLES, id: number, input: { version: number; summary: string }): void {
  const table = FACT_TABLES[type];
  mutate(db, (tx) => {
    const before = requireVersion(tx, type, id, input.version);
    tx.delete(table).where(eq(table.id, id)).run();
    writeRevision(tx, {
      entityType: type, entityId: id, action: 'delete', before, after: null,
      organizationId: Number(before.organizationId), stateId: before.stateId == null ? null : Number(before.stateId),
      actor, summary: `Deleted: ${input.summary}`,
    });
  });
}
