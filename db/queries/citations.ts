import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';

export type CitationView = {
  id: number;
  quote: string | null;
  locator: string | null;
  givenDate: string | null;
  source: { id: number; title: string; url: string | null; publisher: string | null; published: string | null; kind: string; standing: string | null };
};

type FactColumn = 'statusChangeId' | 'invitationId' | 'countClaimId';

/** Citations of many facts of one kind, grouped by fact id. */
export function listCitationsFor(db: Db, column: FactColumn, ids: number[]): Map<number, CitationView[]> {
  const grouped = new Map<number, CitationView[]>();
  if (ids.length === 0) return grouped;
  const col = t.citations[column];
  const rows: (CitationView & { factId: number | null })[] = [];
  // SQLite limits bound parameters per statement; read in chunks.
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...db
        .select({
          factId: col,
          id: t.citations.id,
          quote: t.citations.quote,
          locator: t.citations.locator,
          givenDate: t.citations.givenDate,
          source: {
            id: t.sources.id,
            title: t.sources.title,
            url: t.sources.url,
            publisher: t.sources.publisher,
            published: t.sources.published,
            kind: t.sources.kind,
            standing: t.sources.standing,
          },
        })
        .from(t.citations)
        .innerJoin(t.sources, eq(t.sources.id, t.citations.sourceId))
        .where(inArray(col, ids.slice(i, i + 500)))
        .orderBy(t.citations.id)
        .all(),
    );
  }
  for (const { factId, ...citation } of rows) {
    if (factId === null) continue;
    const list = grouped.get(factId);
    if (list) list.push(citation);
    else grouped.set(factId, [citation]);
  }
  return grouped;
}
