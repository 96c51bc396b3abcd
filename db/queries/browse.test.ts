import { describe, expect, it } from 'vitest';
import * as t from '../schema';
import { createTestDb, seedMinimal } from '../test-utils';
import { getCountryTimeline, listCountriesPage } from './countries';
import { getTotals, listLatestChanges, searchSite } from './home';
import { listOrganizationsPage } from './organizations';
import { listFactsBackedBy, listSourcesPage } from './sources';

function world() {
  const db = createTestDb();
  const base = seedMinimal(db);
  const { org, rus, egy, source } = base;
  const add = (stateId: number, status: t.StatusChange['status'], date: string, organizationId = org.id, givenDate: string | null = null) => {
    const id = db.insert(t.statusChanges).values({ organizationId, stateId, status, date }).returning().get().id;
    db.insert(t.citations).values({ sourceId: source.id, statusChangeId: id, quote: `${status} ${date}`, givenDate }).run();
    return id;
  };
  add(egy.id, 'member', '1969');
  add(egy.id, 'suspended', '1979-05');
  add(egy.id, 'member', '1984-03');
  add(rus.id, 'observer', '2005-06-30', org.id, '2005');
  const gone = db.insert(t.organizations).values({ slug: 'gone', acronym: 'GO', name: 'Gone Organization', founded: '1950', dissolved: '1991' }).returning().get();
  add(rus.id, 'member', '1960', gone.id);
  db.insert(t.invitations).values({ organizationId: org.id, stateId: rus.id, invitedStatus: 'member', date: '2022-04-08', dateKind: 'by' }).run();
  return { db, ...base, gone };
}

describe('organization index', () => {
  it('counts each organization on the day, filters and pages', () => {
    const { db, org, gone } = world();
    const on1980 = listOrganizationsPage(db, { q: '', status: null, state: 'all', sort: 'acronym', page: 1, day: '1980-01-01' });
    expect(on1980.rows.map((r) => [r.slug, r.counts.member, r.counts.suspended])).toEqual([['gone', 1, 0], ['test-org', 1, 1]]);
    const today = listOrganizationsPage(db, { q: '', status: 'observer', state: 'all', sort: 'acronym', page: 1, day: '2026-01-01' });
    expect(today.rows.map((r) => r.id)).toEqual([org.id]);
    expect(today.rows[0]!.pendingInvitations).toBe(1);
    expect(listOrganizationsPage(db, { q: '', status: null, state: 'dissolved', sort: 'acronym', page: 1, day: '2026-01-01' }).rows.map((r) => r.id)).toEqual([gone.id]);
    expect(listOrganizationsPage(db, { q: 'gone', status: null, state: 'all', sort: 'acronym', page: 9, day: '2026-01-01' })).toMatchObject({ total: 1, page: 1, pageCount: 1 });
  });

  it('tells when sources report more members than the record holds', () => {
    const { db, org, gone } = world();
    db.insert(t.countClaims).values({ organizationId: org.id, status: 'member', count: 5, date: '2022-04-08' }).run();
    db.insert(t.countClaims).values({ organizationId: gone.id, status: 'member', count: 1, date: '1980' }).run();
    const rows = listOrganizationsPage(db, { q: '', status: null, state: 'all', sort: 'acronym', page: 1, day: '2026-01-01' }).rows;
    const recorded = rows.find((r) => r.id === org.id)!.counts.member;
    expect(rows.find((r) => r.id === org.id)!.coverageGap).toEqual({ status: 'member', reported: 5, recorded, date: '2022-04-08' });
    expect(rows.find((r) => r.id === gone.id)!.coverageGap).toBeNull();
  });
});

describe('country index and timeline', () => {
  it('counts the organizations a state belongs to on the day, dissolution included', () => {
    const { db } = world();
    const rows = listCountriesPage(db, { q: 'rus', kind: 'all', page: 1, day: '1980-01-01' }).rows;
    expect(rows.map((r) => [r.code, r.ties])).toEqual([['rus', { member: 1, other: 0 }]]);
    expect(listCountriesPage(db, { q: 'rus', kind: 'all', page: 1, day: '2026-01-01' }).rows[0]!.ties).toEqual({ member: 0, other: 1 });
  });

  it('puts current lanes first with their invitation, and ends a spell at dissolution', () => {
    const { db, rus } = world();
    const timeline = getCountryTimeline(db, rus.id, '2026-01-01');
    expect(timeline.current.map((l) => l.organization.slug)).toEqual(['test-org']);
    expect(timeline.current[0]!.holding?.status).toBe('observer');
    expect(timeline.current[0]!.invitations.map((i) => i.outcome)).toEqual(['pending']);
    expect(timeline.past[0]!.spells.map((s) => [s.status, s.from, s.to, s.endedBy])).toEqual([['member', '1960', '1991', 'dissolution']]);
    expect(timeline.changes[0]!.citations[0]!.givenDate).toBe('2005');
  });

  it('links each spell to the change that closed it', () => {
    const { db, egy } = world();
    const [first, second, third] = getCountryTimeline(db, egy.id, '2026-01-01').current[0]!.spells;
    expect(first!.closedBy?.id).toBe(second!.changes[0]!.id);
    expect(second!.closedBy?.status).toBe('member');
    expect(third!.closedBy).toBeNull();
  });
});

describe('sources and home', () => {
  it('lists sources with how many facts they back, and every fact with its quote', () => {
    const { db, source } = world();
    const list = listSourcesPage(db, { q: 'a sou', kind: null, page: 1 });
    expect(list.rows.map((r) => [r.id, r.facts])).toEqual([[source.id, 5]]);
    expect(listSourcesPage(db, { q: '100%_', kind: null, page: 1 }).total).toBe(0);
    const facts = listFactsBackedBy(db, source.id, 1);
    expect(facts.changeCount).toBe(5);
    expect(facts.changes.map((c) => c.quote)).toContain('suspended 1979-05');
  });

  it('shows the latest dated changes up to the day and searches both kinds of record', () => {
    const { db } = world();
    expect(listLatestChanges(db, '1985-01-01', 2).map((c) => c.date)).toEqual(['1984-03', '1979-05']);
    expect(getTotals(db)).toMatchObject({ organizations: 2, statusChanges: 5, pendingInvitations: 1 });
    const results = searchSite(db, 'egy');
    expect(results.states.map((s) => s.code)).toEqual(['egy']);
  });
});
