// Finding organizations and states by any of their names or codes. A few hundred rows each: matched
// in memory so that accents and case never matter.
import { bestRank, foldText, rankCode, rankName } from '@/lib/domain/name-match';
import type { Db } from '../client';
import * as t from '../schema';

export type Match = { rank: number; matchedName: string | null };

/** id → its closest match: `add` keeps a rank only when it is better than the one already held. */
function closestMatches() {
  const result = new Map<number, Match>();
  const add = (id: number, rank: number | null, matchedName: string | null) => {
    if (rank === null) return;
    const current = result.get(id);
    if (!current || rank < current.rank) result.set(id, { rank, matchedName });
  };
  return { result, add };
}

/** Organizations matching the query: id → rank, and the former name it matched by, if any. */
export function matchOrganizations(db: Db, query: string): Map<number, Match> {
  const { result, add } = closestMatches();
  if (!foldText(query)) return result;
  for (const o of db.select({ id: t.organizations.id, slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name, cowId: t.organizations.cowId }).from(t.organizations).all()) {
    add(o.id, bestRank(rankName(query, o.acronym), rankName(query, o.name), rankCode(query, o.slug), rankCode(query, o.cowId)), null);
  }
  for (const n of db.select().from(t.organizationNames).all()) {
    const rank = bestRank(rankName(query, n.name), n.acronym ? rankName(query, n.acronym) : null);
    // A former name ranks just after the current names with the same closeness.
    add(n.organizationId, rank === null ? null : rank + 0.5, n.acronym ? `${n.acronym}: ${n.name}` : n.name);
  }
  return result;
}

/** States matching the query by name, other name, ISO alpha-2/alpha-3, URL code or COW key. */
export function matchStates(db: Db, query: string): Map<number, Match> {
  const { result, add } = closestMatches();
  if (!foldText(query)) return result;
  const codeOnly = /^\d+$/.test(query.trim());
  for (const s of db.select({ id: t.states.id, code: t.states.code, name: t.states.name, iso2: t.states.iso2, iso3: t.states.iso3, cowKey: t.states.cowKey, cowCode: t.states.cowCode }).from(t.states).all()) {
    const byCode = bestRank(rankCode(query, s.code), rankCode(query, s.iso2), rankCode(query, s.iso3), rankCode(query, s.cowKey), rankCode(query, s.cowCode === null ? null : String(s.cowCode)));
    add(s.id, codeOnly ? byCode : bestRank(byCode, rankName(query, s.name)), null);
  }
  if (!codeOnly) {
    for (const n of db.select().from(t.stateNames).all()) {
      const rank = rankName(query, n.name);
      add(n.stateId, rank === null ? null : rank + 0.5, n.name);
    }
  }
  return result;
}
