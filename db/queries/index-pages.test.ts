// The index pages read the figures of the page's rows only (or of every row when the view needs
// them); here every page of every view is checked against the figures computed for every row, then
// sorted and sliced, as the indexes once did.
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageGap } from '@/lib/domain/coverage';
import { seededRandom } from '@/lib/seeded-random';
import { hasStartedBy } from '@/lib/domain/partial-date';
import { checkCountClaim, countsOn, holdingsOn } from '@/lib/domain/status-history';
import { countsAsMember, HELD_STATUSES, STATUSES, type HeldStatus } from '@/lib/domain/statuses';
import type { Db } from '../client';
import * as t from '../schema';
import { createTestDb } from '../test-utils';
import { COUNTRIES_PER_PAGE, countTiesByState, listCountriesPage, STATE_KIND_FILTERS } from './countries';
import { listOrganizationsPage, ORGANIZATION_SORTS, ORGANIZATIONS_PER_PAGE, type OrganizationListQuery, type OrganizationListRow } from './organizations';

// Names that sort alike but for case or accents, so ties fall to the next key.
const WORDS = ['alpha', 'Alpha', 'ÁLPHA', 'beta', 'Bêta', 'Zeta', 'zeta', 'Ébène', 'ebene', 'Omega', 'Öl', 'ol'];

function buildWorld() {
  const db = createTestDb();
  const next = seededRandom(7);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const year = () => 1945 + Math.floor(next() * 85);
  const date = () => {
    const y = year();
    const r = next();
    if (r < 0.3) return String(y);
    const m = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    return r < 0.6 ? `${y}-${m}` : `${y}-${m}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  };
  const orgIds: number[] = [];
  // Enough for three pages and a bit, so the last page is short.
  for (let i = 0; i < ORGANIZATIONS_PER_PAGE * 2 + 37; i++) {
    const dissolved = next() < 0.15 ? String(1970 + Math.floor(next() * 60)) : null;
    const founded = next() < 0.2 ? null : date();
    orgIds.push(db.insert(t.organizations).values({ slug: `org-${i}`, acronym: `${pick(WORDS)}${i % 7 === 0 ? '' : String(i % 5)}`, name: `${pick(WORDS)} ${pick(WORDS)}`, founded, dissolved }).returning().get().id);
  }
  const stateIds: number[] = [];
  for (let i = 0; i < COUNTRIES_PER_PAGE * 2 + 29; i++) {
    stateIds.push(db.insert(t.states).values({ code: `s-${i}`, name: `${pick(WORDS)} ${i % 3 === 0 ? pick(WORDS) : ''}`.trim(), kind: pick(['iso', 'historic', 'entity'] as const) }).returning().get().id);
  }
  for (let i = 0; i < 2500; i++) {
    db.insert(t.statusChanges).values({ organizationId: pick(orgIds), stateId: pick(stateIds), status: pick(STATUSES), date: date() }).onConflictDoNothing().run();
  }
  for (let i = 0; i < 150; i++) {
    db.insert(t.invitations).values({ organizationId: pick(orgIds), stateId: pick(stateIds), invitedStatus: 'member', date: date(), outcome: pick(['pending', 'pending', 'accepted', 'declined'] as const) }).run();
  }
  for (let i = 0; i < 200; i++) {
    db.insert(t.countClaims).values({ organizationId: pick(orgIds), status: pick(HELD_STATUSES), count: Math.floor(next() * 12), date: next() < 0.5 ? date() : '2001' }).run();
  }
  return db;
}

/** Every organization's figures computed from every status change, then filtered, sorted and sliced. */
function organizationsOracle(db: Db, query: OrganizationListQuery) {
  const changes = new Map<number, t.StatusChange[]>();
  for (const c of db.select().from(t.statusChanges).all()) changes.set(c.organizationId, [...(changes.get(c.organizationId) ?? []), c]);
  const claims = db.select().from(t.countClaims).all();
  const pending = db.select().from(t.invitations).all().filter((i) => i.outcome === 'pending');
  let rows: OrganizationListRow[] = db
    .select()
    .from(t.organizations)
    .all()
    .filter((o) => query.state === 'all' || (query.state === 'dissolved') === (!!o.dissolved && hasStartedBy(o.dissolved, query.day)))
    .map((o) => ({
      id: o.id, slug: o.slug, acronym: o.acronym, name: o.name, founded: o.founded, dissolved: o.dissolved, matchedName: null,
      counts: countsOn(changes.get(o.id) ?? [], query.day, o.dissolved),
      pendingInvitations: pending.filter((i) => i.organizationId === o.id).length,
      coverageGap: coverageGap(claims.filter((c) => c.organizationId === o.id).map((c) => ({ ...c, recorded: checkCountClaim(changes.get(o.id) ?? [], c, o).recorded }))),
    }));
  if (query.status) rows = rows.filter((r) => r.counts[query.status!] > 0);
  const byAcronym = (a: OrganizationListRow, b: OrganizationListRow) => a.acronym.localeCompare(b.acronym, 'en', { sensitivity: 'base' }) || a.id - b.id;
  const sorts = {
    acronym: byAcronym,
    name: (a: OrganizationListRow, b: OrganizationListRow) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || byAcronym(a, b),
    members: (a: OrganizationListRow, b: OrganizationListRow) => b.counts.member - a.counts.member || byAcronym(a, b),
    founded: (a: OrganizationListRow, b: OrganizationListRow) => (a.founded ?? '9999').localeCompare(b.founded ?? '9999') || byAcronym(a, b),
  };
  rows.sort(sorts[query.sort]);
  const pageCount = Math.max(1, Math.ceil(rows.length / ORGANIZATIONS_PER_PAGE));
  const page = Math.min(Math.max(1, query.page), pageCount);
  return { rows: rows.slice((page - 1) * ORGANIZATIONS_PER_PAGE, page * ORGANIZATIONS_PER_PAGE), total: rows.length, page, pageCount };
}

describe('organization index pages', () => {
  let db: Db;
  beforeAll(() => {
    db = buildWorld();
  });

  it('has a world with several pages, ties in the order, counts, invitations and gaps to show', () => {
    const all = organizationsOracle(db, { q: '', status: null, state: 'all', sort: 'acronym', page: 1, day: '2026-01-01' });
    expect(all.pageCount).toBe(3);
    const everyRow = [1, 2, 3].flatMap((page) => organizationsOracle(db, { q: '', status: null, state: 'all', sort: 'acronym', page, day: '2026-01-01' }).rows);
    expect(everyRow.filter((r) => r.counts.member > 0).length).toBeGreaterThan(50);
    expect(everyRow.some((r) => r.pendingInvitations > 1)).toBe(true);
    expect(everyRow.some((r) => r.coverageGap)).toBe(true);
    expect(new Set(everyRow.map((r) => r.acronym.toLowerCase())).size).toBeLessThan(everyRow.length);
  });

  const days = ['1975-06-15', '2026-01-01'];
  for (const day of days) {
    for (const sort of ORGANIZATION_SORTS) {
      it(`gives every page ordered by ${sort} on ${day} as the figures of every row, sorted and sliced`, () => {
        for (const state of ['all', 'active', 'dissolved'] as const) {
          for (const page of [1, 2, 3, 4]) {
            const query = { q: '', status: null, state, sort, page, day };
            expect(listOrganizationsPage(db, query)).toEqual(organizationsOracle(db, query));
          }
        }
      });
    }
    it(`filters by each status across pages on ${day}, whatever the order`, () => {
      for (const status of HELD_STATUSES) {
        for (const sort of ['acronym', 'members'] as const) {
          for (const page of [1, 2, 3]) {
            const query = { q: '', status: status as HeldStatus, state: 'all' as const, sort, page, day };
            const got = listOrganizationsPage(db, query);
            expect(got.rows.every((r) => r.counts[status] > 0)).toBe(true);
            expect(got).toEqual(organizationsOracle(db, query));
          }
        }
      }
    });
  }

  it('counts on the second page of the default view what the organization has', () => {
    const second = listOrganizationsPage(db, { q: '', status: null, state: 'all', sort: 'acronym', page: 2, day: '2026-01-01' });
    expect(second.page).toBe(2);
    expect(second.rows).toHaveLength(ORGANIZATIONS_PER_PAGE);
    for (const row of second.rows) {
      const own = db.select().from(t.statusChanges).all().filter((c) => c.organizationId === row.id);
      expect(row.counts).toEqual(countsOn(own, '2026-01-01', row.dissolved));
    }
  });

  it('searches, then orders the matches by closeness and pages them', () => {
    const got = listOrganizationsPage(db, { q: 'alpha', status: null, state: 'all', sort: 'name', page: 1, day: '2026-01-01' });
    expect(got.total).toBeGreaterThan(0);
    const everyMatch = listOrganizationsPage(db, { q: 'alpha', status: 'member', state: 'all', sort: 'name', page: 1, day: '2026-01-01' });
    const byId = new Map(got.rows.map((r) => [r.id, r]));
    // The same rows, whichever path computed their figures.
    for (const row of everyMatch.rows) if (byId.has(row.id)) expect(byId.get(row.id)).toEqual(row);
  });
});

describe('country index pages', () => {
  let db: Db;
  beforeAll(() => {
    db = buildWorld();
  });

  /** Every state's ties from every organization's holdings. */
  function tiesOracle(day: string) {
    const dissolved = new Map(db.select().from(t.organizations).all().map((o) => [o.id, o.dissolved]));
    const byOrg = new Map<number, t.StatusChange[]>();
    for (const c of db.select().from(t.statusChanges).all()) byOrg.set(c.organizationId, [...(byOrg.get(c.organizationId) ?? []), c]);
    const ties = new Map<number, { member: number; other: number }>();
    for (const [organizationId, changes] of byOrg) {
      for (const h of holdingsOn(changes, day, dissolved.get(organizationId))) {
        const entry = ties.get(h.stateId) ?? { member: 0, other: 0 };
        if (countsAsMember(h.status)) entry.member++;
        else entry.other++;
        ties.set(h.stateId, entry);
      }
    }
    return ties;
  }

  for (const day of ['1975-06-15', '2026-01-01']) {
    it(`gives every page of every kind on ${day} the ties counted over every state`, () => {
      const ties = tiesOracle(day);
      expect([...ties.values()].some((v) => v.member > 1 && v.other > 0)).toBe(true);
      expect(countTiesByState(db, day)).toEqual(ties);
      for (const kind of STATE_KIND_FILTERS) {
        const states = db
          .select()
          .from(t.states)
          .all()
          .filter((s) => kind === 'all' || s.kind === kind)
          .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
        const pageCount = Math.max(1, Math.ceil(states.length / COUNTRIES_PER_PAGE));
        for (const page of [1, 2, 3, 4]) {
          const got = listCountriesPage(db, { q: '', kind, page, day });
          const shown = Math.min(page, pageCount);
          expect(got).toMatchObject({ total: states.length, page: shown, pageCount });
          const want = states.slice((shown - 1) * COUNTRIES_PER_PAGE, shown * COUNTRIES_PER_PAGE);
          expect(got.rows.map((r) => [r.id, r.ties])).toEqual(want.map((s) => [s.id, ties.get(s.id) ?? { member: 0, other: 0 }]));
        }
      }
    });
  }

  it('counts ties for the states asked about only, the same as over every state', () => {
    const day = '2026-01-01';
    const every = countTiesByState(db, day);
    const some = [...every.keys()].slice(0, 5);
    expect(countTiesByState(db, day, some)).toEqual(new Map(some.map((id) => [id, every.get(id)!])));
    expect(countTiesByState(db, day, [])).toEqual(new Map());
  });
});
