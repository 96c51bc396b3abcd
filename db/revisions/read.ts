// The revision log, newest first, by organization, state, editor or one record: the revisions page,
// the home page, the Atom feeds and the notice after a save.
import { and, desc, eq, gt, lt, max, notExists, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import * as t from '../schema';
import { diffSnapshots, type FieldChange } from './diff';
import { isRecordKind, type RecordKind } from './registry';
import { readSnapshot } from './snapshots';

export type RevisionFilter = {
  organizationId?: number | null;
  stateId?: number | null;
  editor?: string | null;
  entity?: { type: RecordKind; id: number } | null;
  /** Revisions older than this id (the next page). */
  before?: number | null;
};

export const REVISIONS_PAGE_SIZE = 50;

const newer = alias(t.revisions, 'newer');

/** The latest revisions matching the filter, each with the organization and state it concerns and whether it is the latest of its record. */
export function readRevisions(db: Db, filter: RevisionFilter, limit: number) {
  const conditions: SQL[] = [];
  if (filter.organizationId) conditions.push(eq(t.revisions.organizationId, filter.organizationId));
  if (filter.stateId) conditions.push(eq(t.revisions.stateId, filter.stateId));
  if (filter.editor) conditions.push(eq(t.revisions.authorName, filter.editor));
  if (filter.entity) conditions.push(eq(t.revisions.entityType, filter.entity.type), eq(t.revisions.entityId, filter.entity.id));
  if (filter.before) conditions.push(lt(t.revisions.id, filter.before));
  const newerOfRecord = db.select({ id: newer.id }).from(newer).where(and(eq(newer.entityType, t.revisions.entityType), eq(newer.entityId, t.revisions.entityId), gt(newer.id, t.revisions.id)));
  const latestOfRecord = notExists(newerOfRecord).mapWith(Boolean);
  return db
    .select({ revision: t.revisions, latestOfRecord, organization: { slug: t.organizations.slug, acronym: t.organizations.acronym }, state: { code: t.states.code, name: t.states.name } })
    .from(t.revisions)
    .leftJoin(t.organizations, eq(t.organizations.id, t.revisions.organizationId))
    .leftJoin(t.states, eq(t.states.id, t.revisions.stateId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(t.revisions.id))
    .limit(limit)
    .all()
    .map(({ revision, latestOfRecord, organization, state }) => ({
      revision, latestOfRecord, organization: organization?.slug ? organization : null, state: state?.code ? state : null,
    }));
}

export type RevisionView = t.Revision & { changes: FieldChange[]; latestOfRecord: boolean; organization: { slug: string; acronym: string } | null; state: { code: string; name: string } | null };

/** What a revision changed, field by field; an import changed no one record. */
export function changesOf(revision: Pick<t.Revision, 'entityType' | 'before' | 'after'>): FieldChange[] {
  const kind = revision.entityType;
  return isRecordKind(kind) ? diffSnapshots(kind, readSnapshot(kind, revision.before), readSnapshot(kind, revision.after)) : [];
}

/** A page of the revision log with what each revision changed, in one query. */
export function listRevisions(db: Db, filter: RevisionFilter = {}, limit = REVISIONS_PAGE_SIZE): RevisionView[] {
  return readRevisions(db, filter, limit).map(({ revision, latestOfRecord, organization, state }) => ({
    ...revision, changes: changesOf(revision), latestOfRecord, organization, state,
  }));
}

/** A revision's stored snapshot for the open data: as read, or the stored text where it does not read. */
export function publishedSnapshot(entityType: t.Revision['entityType'], json: string | null): unknown {
  if (json === null || !isRecordKind(entityType)) return json;
  try {
    return readSnapshot(entityType, json);
  } catch {
    return json;
  }
}

export function listEditors(db: Db): string[] {
  return db.selectDistinct({ name: t.revisions.authorName }).from(t.revisions).orderBy(t.revisions.authorName).all().map((r) => r.name);
}

/** The id of the latest revision (0 when there is none): a save's revisions are those after it. */
export function lastRevisionId(db: Db): number {
  return db.select({ id: max(t.revisions.id) }).from(t.revisions).get()?.id ?? 0;
}

/** The revisions written after the given id, oldest first. */
export function revisionsAfter(db: Db, id: number): t.Revision[] {
  return db.select().from(t.revisions).where(gt(t.revisions.id, id)).orderBy(t.revisions.id).all();
}

