// Revisions for /history: newest first, filtered by organization, state, editor or one record.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { diffSnapshots, type FieldChange } from '../mutations/diff';
import type { Snapshot } from '../mutations/snapshots';
import type { Db } from '../client';
import * as t from '../schema';

export const ENTITY_TYPES = ['organization', 'state', 'source', 'statusChange', 'invitation', 'countClaim'] as const;
export type HistoryEntity = (typeof ENTITY_TYPES)[number];

export type HistoryFilter = {
  organizationId?: number | null;
  stateId?: number | null;
  editor?: string | null;
  entity?: { type: HistoryEntity; id: number } | null;
  /** Revisions older than this id (the next page). */
  before?: number | null;
};

export type RevisionView = t.Revision & { changes: FieldChange[]; latestOfRecord: boolean; organization: { slug: string; acronym: string } | null; state: { code: string; name: string } | null };

export const HISTORY_PAGE_SIZE = 50;

function parse(json: string | null): Snapshot | null {
  return json ? (JSON.parse(json) as Snapshot) : null;
}

export function listRevisions(db: Db, filter: HistoryFilter = {}, limit = HISTORY_PAGE_SIZE): RevisionView[] {
  const conditions: SQL[] = [];
  if (filter.organizationId) conditions.push(eq(t.revisions.organizationId, filter.organizationId));
  if (filter.stateId) conditions.push(eq(t.revisions.stateId, filter.stateId));
  if (filter.editor) conditions.push(eq(t.revisions.authorName, filter.editor));
  if (filter.entity) conditions.push(eq(t.revisions.entityType, filter.entity.type), eq(t.revisions.entityId, filter.entity.id));
  if (filter.before) conditions.push(lt(t.revisions.id, filter.before));
  const rows = db
    .select({ revision: t.revisions, org: { slug: t.organizations.slug, acronym: t.organizations.acronym }, state: { code: t.states.code, name: t.states.name } })
    .from(t.revisions)
    .leftJoin(t.organizations, eq(t.organizations.id, t.revisions.organizationId))
    .leftJoin(t.states, eq(t.states.id, t.revisions.stateId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(t.revisions.id))
    .limit(limit)
    .all();
  return rows.map(({ revision, org, state }) => ({
    ...revision,
    changes: diffSnapshots(parse(revision.before), parse(revision.after)),
    latestOfRecord: isLatestOfRecord(db, revision),
    organization: org?.slug ? org : null,
    state: state?.code ? state : null,
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
