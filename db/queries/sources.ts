import { and, asc, count, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { SourceKind, SourceStanding } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';

export const SOURCES_PER_PAGE = 50;
export const FACTS_PER_PAGE = 100;

function escapeLike(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Sources with how many facts each backs; searchable by title, publisher or address. */
export function listSourcesPage(db: Db, query: { q: string; kind: SourceKind | null; standing?: SourceStanding | null; page: number }) {
  const q = query.q.trim();
  const where = and(
    q ? or(sql`${t.sources.title} like ${escapeLike(q)} escape '\\'`, sql`${t.sources.publisher} like ${escapeLike(q)} escape '\\'`, sql`${t.sources.url} like ${escapeLike(q)} escape '\\'`) : undefined,
    query.kind ? eq(t.sources.kind, query.kind) : undefined,
    // A dataset never assessed speaks as a dataset (standingOf).
    query.standing ? (query.standing === 'dataset' ? or(eq(t.sources.standing, 'dataset'), and(isNull(t.sources.standing), eq(t.sources.kind, 'dataset'))) : eq(t.sources.standing, query.standing)) : undefined,
  );
  const total = db.select({ n: count() }).from(t.sources).where(where).get()!.n;
  const pageCount = Math.max(1, Math.ceil(total / SOURCES_PER_PAGE));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const facts = db.select({ sourceId: t.citations.sourceId, n: count().as('n') }).from(t.citations).groupBy(t.citations.sourceId).as('facts');
  const rows = db
    .select({
      id: t.sources.id, title: t.sources.title, publisher: t.sources.publisher, author: t.sources.author, published: t.sources.published,
      url: t.sources.url, kind: t.sources.kind, standing: t.sources.standing, language: t.sources.language, facts: sql<number>`coalesce(${facts.n}, 0)`,
    })
    .from(t.sources)
    .leftJoin(facts, eq(facts.sourceId, t.sources.id))
    .where(where)
    .orderBy(desc(sql`coalesce(${facts.n}, 0)`), asc(t.sources.title), asc(t.sources.id))
    .limit(SOURCES_PER_PAGE)
    .offset((page - 1) * SOURCES_PER_PAGE)
    .all();
  return { rows, total, page, pageCount };
}

export function getSource(db: Db, id: number) {
  return db.select().from(t.sources).where(eq(t.sources.id, id)).get() ?? null;
}

/**
 * Every fact a source backs, with the quote: status changes a page at a time (a dataset backs
 * tens of thousands), invitations and count claims in full.
 */
export function listFactsBackedBy(db: Db, sourceId: number, requestedPage: number) {
  const changeCount = db.select({ n: count() }).from(t.citations).where(and(eq(t.citations.sourceId, sourceId), isNotNull(t.citations.statusChangeId))).get()!.n;
  const pageCount = Math.max(1, Math.ceil(changeCount / FACTS_PER_PAGE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const changes = db
    .select({
      citationId: t.citations.id, quote: t.citations.quote, locator: t.citations.locator, givenDate: t.citations.givenDate,
      id: t.statusChanges.id, status: t.statusChanges.status, date: t.statusChanges.date, dateKind: t.statusChanges.dateKind,
      organization: { slug: t.organizations.slug, acronym: t.organizations.acronym },
      state: { code: t.states.code, name: t.states.name },
    })
    .from(t.citations)
    .innerJoin(t.statusChanges, eq(t.statusChanges.id, t.citations.statusChangeId))
    .innerJoin(t.organizations, eq(t.organizations.id, t.statusChanges.organizationId))
    .innerJoin(t.states, eq(t.states.id, t.statusChanges.stateId))
    .where(eq(t.citations.sourceId, sourceId))
    .orderBy(asc(t.organizations.acronym), asc(t.states.name), asc(t.statusChanges.date), asc(t.statusChanges.id))
    .limit(FACTS_PER_PAGE)
    .offset((page - 1) * FACTS_PER_PAGE)
    .all();
  const invitations = db
    .select({
      citationId: t.citations.id, quote: t.citations.quote, locator: t.citations.locator,
      id: t.invitations.id, invitedStatus: t.invitations.invitedStatus, date: t.invitations.date, dateKind: t.invitations.dateKind, outcome: t.invitations.outcome,
      organization: { slug: t.organizations.slug, acronym: t.organizations.acronym },
      state: { code: t.states.code, name: t.states.name },
    })
    .from(t.citations)
    .innerJoin(t.invitations, eq(t.invitations.id, t.citations.invitationId))
    .innerJoin(t.organizations, eq(t.organizations.id, t.invitations.organizationId))
    .innerJoin(t.states, eq(t.states.id, t.invitations.stateId))
    .where(eq(t.citations.sourceId, sourceId))
    .orderBy(asc(t.invitations.date))
    .all();
  const countClaims = db
    .select({
      citationId: t.citations.id, quote: t.citations.quote, locator: t.citations.locator,
      id: t.countClaims.id, status: t.countClaims.status, count: t.countClaims.count, date: t.countClaims.date,
      organization: { slug: t.organizations.slug, acronym: t.organizations.acronym },
    })
    .from(t.citations)
    .innerJoin(t.countClaims, eq(t.countClaims.id, t.citations.countClaimId))
    .innerJoin(t.organizations, eq(t.organizations.id, t.countClaims.organizationId))
    .where(eq(t.citations.sourceId, sourceId))
    .orderBy(asc(t.countClaims.date))
    .all();
  return { changes, changeCount, page, pageCount, invitations, countClaims };
}
