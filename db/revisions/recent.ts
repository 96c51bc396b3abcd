// The latest revisions with the citations they recorded: the home page and the Atom feeds.
import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import type { SnapshotCitation } from './children';
import { readRevisions } from './read';
import { isRecordKind } from './registry';
import { readSnapshot } from './snapshots';

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

/** The citations of the fact as the revision left it (or as it was, for a delete); none for other records. */
function citationsIn(revision: t.Revision): SnapshotCitation[] {
  const kind = revision.entityType;
  if (!isRecordKind(kind)) return [];
  try {
    const snapshot = readSnapshot(kind, revision.after ?? revision.before);
    return snapshot && 'citations' in snapshot ? (snapshot.citations ?? []) : [];
  } catch {
    return [];
  }
}

/** The latest revisions, site-wide or of one organization or one state; each with the citations it recorded. */
export function listRecentRevisions(db: Db, options: { organizationId?: number; stateId?: number; limit?: number } = {}): RecentRevision[] {
  const rows = readRevisions(db, options, options.limit ?? 50);
  const cited = new Map(rows.map(({ revision: r }) => [r.id, citationsIn(r)]));
  const sourceIds = [...new Set([...cited.values()].flat().map((c) => c.sourceId))];
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
    citations: cited.get(r.id)!.map((c) => ({ quote: c.quote, locator: c.locator, source: sources.get(c.sourceId) ?? null })),
  }));
}
