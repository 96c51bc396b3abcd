// Revisions for /history: newest first, filtered by organization, state, editor or one record.
import { and, desc, eq } from 'drizzle-orm';
import { diffSnapshots, type FieldChange } from '../mutations/diff';
import type { Snapshot } from '../mutations/snapshots';
import type { Db } from '../client';
import * as t from '../schema';
import { readRevisions, type RevisionFilter } from './revisions';

export const ENTITY_TYPES = ['organization', 'state', 'source', 'statusChange', 'invitation', 'countClaim'] as const;
export type HistoryEntity = (typeof ENTITY_TYPES)[number];

export type HistoryFilter = RevisionFilter & { entity?: { type: HistoryEntity; id: number } | null };

export type RevisionView = t.Revision & { changes: FieldChange[]; latestOfRecord: boolean; organization: { slug: string; acronym: string } | null; state: { code: string; name: string } | null };

export const HISTORY_PAGE_SIZE = 50;

function parse(json: string | null): Snapshot | null {
  return json ? (JSON.parse(json) as Snapshot) : null;
}

export function listRevisions(db: Db, filter: HistoryFilter = {}, limit = HISTORY_PAGE_SIZE): RevisionView[] {
  return readRevisions(db, filter, limit).map(({ revision, organization, state }) => ({
    ...revision,
    changes: diffSnapshots(parse(revision.before), parse(revision.after)),
    latestOfRecord: isLatestOfRecord(db, revision),
    organization,
    state,
  }));
}

function isLatestOfRecord(db: Db, revision: t.Revision): boolean {
  const newer = db
    .select({ id: t.revisions.id })
    .from(t.revisions)
    .where(and(eq(t.revisions.entityType, revision.entityType), eq(t.revisions.entityId, revision.entityId)))
    .orderBy(desc(t.revisions.id))
    .limit(1)
    .get();
  return newer?.id === revision.id;
}

export function getRevision(db: Db, id: number) {
  return db.select().from(t.revisions).where(eq(t.revisions.id, id)).get() ?? null;
}

export function listEditors(db: Db): string[] {
  return db.selectDistinct({ name: t.revisions.authorName }).from(t.revisions).orderBy(t.revisions.authorName).all().map((r) => r.name);
}

/** Where a revision's record can be seen now. */
export function recordPath(db: Db, revision: Pick<t.Revision, 'entityType' | 'entityId' | 'organizationId'>): string | null {
  switch (revision.entityType) {
    case 'organization': {
      const o = db.select({ slug: t.organizations.slug }).from(t.organizations).where(eq(t.organizations.id, revision.entityId)).get();
      return o ? `/organizations/${o.slug}` : null;
    }
    case 'state': {
      const s = db.select({ code: t.states.code }).from(t.states).where(eq(t.states.id, revision.entityId)).get();
      return s ? `/countries/${s.code}` : null;
    }
    case 'source':
      return `/sources/${revision.entityId}`;
    default: {
      if (!revision.organizationId) return null;
      const o = db.select({ slug: t.organizations.slug }).from(t.organizations).where(eq(t.organizations.id, revision.organizationId)).get();
      return o ? `/organizations/${o.slug}` : null;
    }
  }
}
