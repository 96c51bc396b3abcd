// The JSON a revision stores for each kind of record: its row and its children (citations, names).
import { eq, getTableColumns } from 'drizzle-orm';
import * as t from '../schema';
import type { Tx } from './transaction';

export type EntityType = Exclude<t.Revision['entityType'], 'import'>;
export type Snapshot = Record<string, unknown>;

function citationsOf(tx: Tx, column: 'statusChangeId' | 'invitationId' | 'countClaimId', id: number) {
  return tx
    .select({ ...getTableColumns(t.citations), sourceTitle: t.sources.title, sourceUrl: t.sources.url })
    .from(t.citations)
    .innerJoin(t.sources, eq(t.sources.id, t.citations.sourceId))
    .where(eq(t.citations[column], id))
    .orderBy(t.citations.id)
    .all();
}

export function snapshotOf(tx: Tx, type: EntityType, id: number): Snapshot | null {
  switch (type) {
    case 'organization': {
      const row = tx.select().from(t.organizations).where(eq(t.organizations.id, id)).get();
      if (!row) return null;
      const formerNames = tx.select().from(t.organizationNames).where(eq(t.organizationNames.organizationId, id)).orderBy(t.organizationNames.id).all();
      return { ...row, formerNames };
    }
    case 'state': {
      const row = tx.select().from(t.states).where(eq(t.states.id, id)).get();
      if (!row) return null;
      const otherNames = tx.select().from(t.stateNames).where(eq(t.stateNames.stateId, id)).orderBy(t.stateNames.id).all();
      return { ...row, otherNames };
    }
    case 'source':
      return tx.select().from(t.sources).where(eq(t.sources.id, id)).get() ?? null;
    case 'statusChange': {
      const row = tx.select().from(t.statusChanges).where(eq(t.statusChanges.id, id)).get();
      return row ? { ...row, citations: citationsOf(tx, 'statusChangeId', id) } : null;
    }
    case 'invitation': {
      const row = tx.select().from(t.invitations).where(eq(t.invitations.id, id)).get();
      return row ? { ...row, citations: citationsOf(tx, 'invitationId', id) } : null;
    }
    case 'countClaim': {
      const row = tx.select().from(t.countClaims).where(eq(t.countClaims.id, id)).get();
      return row ? { ...row, citations: citationsOf(tx, 'countClaimId', id) } : null;
    }
  }
}

export const TABLES = {
  organization: t.organizations,
  state: t.states,
  source: t.sources,
  statusChange: t.statusChanges,
  invitation: t.invitations,
  countClaim: t.countClaims,
} as const;

const FACT_COLUMN = { statusChange: 'statusChangeId', invitation: 'invitationId', countClaim: 'countClaimId' } as const;

function pick(snapshot: Snapshot, columns: string[]): Record<string, unknown> {
  return Object.fromEntries(columns.filter((c) => c in snapshot).map((c) => [c, snapshot[c]]));
}

/**
 * Puts a record back as a snapshot describes it (null: the record is removed). The version moves
 * forward so that forms opened before the restore see it as a newer save.
 */
export function restoreSnapshot(tx: Tx, type: EntityType, id: number, snapshot: Snapshot | null, currentVersion: number | null): void {
  const table = TABLES[type];
  const idColumn = table.id;
  if (snapshot === null) {
    tx.delete(table).where(eq(idColumn, id)).run();
    return;
  }
  const columns = Object.keys(getTableColumns(table)).filter((c) => c !== 'id' && c !== 'createdAt' && c !== 'updatedAt' && c !== 'version');
  const values = pick(snapshot, columns);
  const version = Math.max(currentVersion ?? 0, Number(snapshot.version) || 0) + 1;
  const now = new Date().toISOString();
  if (currentVersion === null) {
    tx.insert(table).values({ ...values, id, version, updatedAt: now } as never).run();
  } else {
    tx.update(table).set({ ...values, version, updatedAt: now } as never).where(eq(idColumn, id)).run();
  }
  if (type === 'organization') {
    tx.delete(t.organizationNames).where(eq(t.organizationNames.organizationId, id)).run();
    for (const n of (snapshot.formerNames as t.OrganizationName[] | undefined) ?? []) {
      tx.insert(t.organizationNames).values({ organizationId: id, name: n.name, acronym: n.acronym, ended: n.ended }).run();
    }
  } else if (type === 'state') {
    tx.delete(t.stateNames).where(eq(t.stateNames.stateId, id)).run();
    for (const n of (snapshot.otherNames as { name: string }[] | undefined) ?? []) tx.insert(t.stateNames).values({ stateId: id, name: n.name }).run();
  } else if (type !== 'source') {
    const column = FACT_COLUMN[type];
    tx.delete(t.citations).where(eq(t.citations[column], id)).run();
    for (const c of (snapshot.citations as t.Citation[] | undefined) ?? []) {
      tx.insert(t.citations).values({ sourceId: c.sourceId, [column]: id, quote: c.quote, locator: c.locator, givenDate: c.givenDate }).run();
    }
  }
}
