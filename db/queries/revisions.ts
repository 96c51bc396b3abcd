// Revisions newest first, by organization, state, editor or one record: the history page, the home page and the Atom feeds.
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';

export type RevisionFilter = {
  organizationId?: number | null;
  stateId?: number | null;
  editor?: string | null;
  entity?: { type: t.Revision['entityType']; id: number } | null;
  /** Revisions older than this id (the next page). */
  before?: number | null;
};

/** The latest revisions matching the filter, each with the organization and state it concerns. */
export function readRevisions(db: Db, filter: RevisionFilter, limit: number) {
  const conditions: SQL[] = [];
  if (filter.organizationId) conditions.push(eq(t.revisions.organizationId, filter.organizationId));
  if (filter.stateId) conditions.push(eq(t.revisions.stateId, filter.stateId));
  if (filter.editor) conditions.push(eq(t.revisions.authorName, filter.editor));
  if (filter.entity) conditions.push(eq(t.revisions.entityType, filter.entity.type), eq(t.revisions.entityId, filter.entity.id));
  if (filter.before) conditions.push(lt(t.revisions.id, filter.before));
  return db
    .select({ revision: t.revisions, organization: { slug: t.organizations.slug, acronym: t.organizations.acronym }, state: { code: t.states.code, name: t.states.name } })
    .from(t.revisions)
    .leftJoin(t.organizations, eq(t.organizations.id, t.revisions.organizationId))
    .leftJoin(t.states, eq(t.states.id, t.revisions.stateId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(t.revisions.id))
    .limit(limit)
    .all()
    .map(({ revision, organization, state }) => ({ revision, organization: organization?.slug ? organization : null, state: state?.code ? state : null }));
}

export type RevisionCitation = { quote: string | null; locator: string | null; source: { id: number; title: string; url: string | null; publisher: string | null } | null };

export type RecentRevision = {
  id: number;
  createdAt: string;
  entityType: t.Revision['entityType'];
  action: t.Revision['action'];
  summary: string;
  authorName: string;
  organization: { slug: string; acronym: string } | null;
  state: { code: string; name: string } | null;
  citations: RevisionCitation[];
};

type SnapshotCitation = { sourceId?: unknown; quote?: unknown; locator?: unknown };

function citationsIn(snapshot: string | null): SnapshotCitation[] {
  if (!snapshot) return [];
  try {
    const parsed = JSON.parse(snapshot) as { citations?: unknown };
    return Array.isArray(parsed.citations) ? (parsed.citations as SnapshotCitation[]) : [];
  } catch {
    return [];
  }
}

/** The latest revisions, site-wide or of one organization or one state; each with the citations it recorded. */
export function listRecentRevisions(db: Db, options: { organizationId?: number; stateId?: number; limit?: number } = {}): RecentRevision[] {
  const rows = readRevisions(db, options, options.limit ?? 50);
  const raw = new Map(rows.map(({ revision: r }) => [r.id, citationsIn(r.after ?? r.before)]));
  const sourceIds = [...new Set([...raw.values()].flat().map((c) => c.sourceId).filter((id): id is number => typeof id === 'number'))];
  const sources = new Map(
    (sourceIds.length ? db.select({ id: t.sources.id, title: t.sources.title, url: t.sources.url, publisher: t.sources.publisher }).from(t.sources).where(inArray(t.sources.id, sourceIds)).all() : []).map((s) => [s.id, s]),
  );
  return rows.map(({ revision: r, organization, state }) => ({
    id: r.id,
    createdAt: r.createdAt,
    entityType: r.entityType,
    action: r.action,
    summary: r.summary,
    authorName: r.authorName,
    organization,
    state,
    citations: raw.get(r.id)!.map((c) => ({
      quote: typeof c.quote === 'string' ? c.quote : null,
      locator: typeof c.locator === 'string' ? c.locator : null,
      source: typeof c.sourceId === 'number' ? (sources.get(c.sourceId) ?? null) : null,
    })),
  }));
}
