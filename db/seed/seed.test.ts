import { describe, expect, it } from 'vitest';
import { getOrganizationBySlug, listCountClaims, listMembersAsOf, listPendingInvitations } from '../queries/organizations';
import { countRows, createTestDb } from '../test-utils';
import { listFactsFiles, seedDatabase } from './index';

describe('the shipped curated facts', () => {
  const db = createTestDb();
  seedDatabase(db, { withCow: false });

  it('loads every ISO 3166-1 state with the names people search by', () => {
    const row = db.$client.prepare("select s.name, group_concat(n.name, '|') as other from state s left join state_name n on n.state_id = s.id where s.code = 'tur' group by s.id").get() as { name: string; other: string };
    expect(row.name).toBe('Türkiye');
    expect(row.other.split('|')).toContain('Turkey');
    const iso = db.$client.prepare("select count(*) as n from state where kind = 'iso'").get() as { n: number };
    expect(iso.n).toBe(249);
  });

  it('gives the OIC 57 members and 5 observers today, Syria a member again and Russia an observer since 30 June 2005', () => {
    const oic = getOrganizationBySlug(db, 'oic')!;
    const today = listMembersAsOf(db, oic.id, '2026-01-01')!;
    expect(today.counts.member).toBe(57);
    expect(today.counts.observer).toBe(5);
    const syria = today.lines.find((l) => l.since.state.code === 'syr');
    expect(syria?.status).toBe('member');
    const russia = today.lines.find((l) => l.since.state.code === 'rus');
    expect(russia?.status).toBe('observer');
    expect(russia?.since.date).toBe('2005-06-30');
    expect(today.lines.every((l) => l.citations.length > 0)).toBe(true);
  });

  it('shows the suspensions: Syria in 2013, Egypt in 1980 but not in 1985', () => {
    const oic = getOrganizationBySlug(db, 'oic')!;
    const statusIn = (day: string, code: string) => listMembersAsOf(db, oic.id, day)!.lines.find((l) => l.since.state.code === code)?.status;
    expect(statusIn('2013-01-01', 'syr')).toBe('suspended');
    expect(statusIn('1980-01-01', 'egy')).toBe('suspended');
    expect(statusIn('1985-01-01', 'egy')).toBe('member');
  });

  it('records the founding article: Russia an ICESCO observer as of 8 April 2022, invited, and the 54-member claim', () => {
    const icesco = getOrganizationBySlug(db, 'icesco')!;
    const russia = listMembersAsOf(db, icesco.id, '2022-04-08')!.lines.find((l) => l.since.state.code === 'rus');
    expect(russia?.status).toBe('observer');
    expect(russia?.since.dateKind).toBe('asOf');
    expect(russia?.citations.map((c) => c.quote)).toContain("they're just an observer nation");
    const invitation = listPendingInvitations(db, icesco.id).find((i) => i.state.code === 'rus');
    expect(invitation?.invitedStatus).toBe('member');
    expect(invitation?.citations.map((c) => c.quote)).toContain('we have asked them to become a member nation of ICESCO');
    const claim = listCountClaims(db, icesco.id).find((c) => c.date === '2022-04-08' && c.status === 'member');
    expect(claim?.count).toBe(54);
    expect(claim?.recorded).toBeLessThan(54);
    expect(getOrganizationBySlug(db, 'icesco')?.parentId).toBe(getOrganizationBySlug(db, 'oic')?.id);
  });

  it('cites every fact: no status change, invitation or count claim without a citation', () => {
    for (const [table, column] of [['status_change', 'status_change_id'], ['invitation', 'invitation_id'], ['count_claim', 'count_claim_id']]) {
      const uncited = db.$client.prepare(`select count(*) as n from ${table} f where not exists (select 1 from citation c where c.${column} = f.id)`).get() as { n: number };
      expect(uncited.n, table).toBe(0);
    }
    const badUrls = db.$client.prepare("select count(*) as n from source where url is not null and url not like 'http://%' and url not like 'https://%'").get() as { n: number };
    expect(badUrls.n).toBe(0);
  });

  it('changes nothing when run a second time', () => {
    const before = countRows(db);
    const report = seedDatabase(db, { withCow: false });
    expect(countRows(db)).toEqual(before);
    expect(report.isoStates).toBe(0);
    for (const summary of Object.values(report.files)) expect(Object.values(summary).every((n) => n === 0)).toBe(true);
    expect(listFactsFiles()[0]).toBe('icesco-oic.json');
  });
});
