// Recent revisions for the Atom feeds, with the sources their citations point to.
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';

export type FeedCitation = { quote: string | null; locator: string | null; source: { id: number; title: string; url: string | null; publisher: string | null } | null };

export type FeedRevision = {
  id: number;
  createdAt: string;
  entityType: t.Revision['entityType'];
  action: t.Revision['action'];
  summary: string;
  authorName: string;
  organization: { slug: string; acronym: string } | null;
  state: { code: string; name: string } | null;
  citations: FeedCitation[];
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
export function listRecentRevisions(db: Db, filter: { organizationId?: number; stateId?: number } = {}, limit = 50): FeedRevision[] {
  const where = filter.organizationId !== undefined ? eq(t.revisions.organizationId, filter.organizationId) : filter.stateId !== undefined ? eq(t.revisions.stateId, filter.stateId) : undefined;
  const rows = db
    .select({
      id: t.revisions.id,
      createdAt: t.revisions.createdAt,
      entityType: t.revisions.entityType,
      action: t.revisions.action,
      summary: t.revisions.summary,
      authorName: t.revisions.authorName,
      before: t.revisions.before,
      after: t.revisions.after,
      orgSlug: t.organizations.slug,
      orgAcronym: t.organizations.acronym,
      stateCode: t.states.code,
      stateName: t.states.name,
    })
    .from(t.revisions)
    .leftJoin(t.organizations, eq(t.organizations.id, t.revisions.organizationId))
    .leftJoin(t.states, eq(t.states.id, t.revisions.stateId))
    .where(where)
    .orderBy(desc(t.revisions.id))
    .limit(limit)
    .all();
  const raw = new Map(rows.map((r) => [r.id, citationsIn(r.after ?? r.before)]));
  const sourceIds = [...new Set([...raw.values()].flat().map((c) => c.sourceId).filter((id): id is number => typeof id === 'number'))];
  const sources = new Map(
    (sourceIds.length ? db.select({ id: t.sources.id, title: t.sources.title, url: t.sources.url, publisher: t.sources.publisher }).from(t.sources).where(inArray(t.sources.id, sourceIds)).all() : []).map((s) => [s.id, s]),
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    entityType: r.entityType,
    action: r.action,
    summary: r.summary,
    authorName: r.authorName,
    organization: r.orgSlug && r.orgAcronym ? { slug: r.orgSlug, acronym: r.orgAcronym } : null,
    state: r.stateCode && r.stateName ? { code: r.stateCode, name: r.stateName } : null,
    citations: raw.get(r.id)!.map((c) => ({
      quote: typeof c.quote === 'string' ? c.quote : null,
      locator: typeof c.locator === 'string' ? c.locator : null,
      source: typeof c.sourceId === 'number' ? (sources.get(c.sourceId) ?? null) : null,
    })),
  }));
}
