// ICESCO as far as sources go: at least 44 members and 3 observers, each cited; count claims that disagree.
import { describe, expect, it } from 'vitest';
import { getOrganizationBySlug, listCountClaims, listMembersAsOf } from '../queries/organizations';
import { createTestDb } from '../test-utils';
import { seedDatabase } from './index';

describe('ICESCO in the shipped data', () => {
  const db = createTestDb();
  seedDatabase(db, { withCow: false });
  const icesco = getOrganizationBySlug(db, 'icesco')!;
  const today = listMembersAsOf(db, icesco.id, '2026-01-01')!;

  it('lists at least 44 members and 3 observers, each with a citation', () => {
    expect(today.counts.member).toBeGreaterThanOrEqual(44);
    expect(today.counts.observer).toBe(3);
    const observers = today.lines.filter((l) => l.status === 'observer').map((l) => l.since.state.code).sort();
    expect(observers).toEqual(['bra', 'rus', 'tha']);
    expect(today.lines.every((l) => l.citations.length > 0 && l.citations.every((c) => c.quote))).toBe(true);
  });

  it('records Türkiye as having signed, not as a member, and Brazil as an observer only once reported as one', () => {
    expect(today.lines.find((l) => l.since.state.code === 'tur')?.status).toBe('applicant');
    const march = listMembersAsOf(db, icesco.id, '2024-03-20')!;
    expect(march.lines.find((l) => l.since.state.code === 'bra')).toBeUndefined();
  });

  it('shows count claims that disagree with each other and with the record', () => {
    const claims = listCountClaims(db, icesco.id).filter((c) => c.status === 'member');
    expect(new Set(claims.map((c) => c.count)).size).toBeGreaterThanOrEqual(4);
    expect(claims.some((c) => !c.agrees)).toBe(true);
    expect(claims.every((c) => c.citations.length > 0)).toBe(true);
  });

  it('tells an accession known only to its year as uncertain inside that year', () => {
    const inYear = listMembersAsOf(db, icesco.id, '2003-06-01')!;
    const afghanistan = inYear.lines.find((l) => l.since.state.code === 'afg');
    expect(afghanistan).toMatchObject({ status: 'member', certain: false, possible: ['none', 'member'] });
    expect(inYear.countRanges.member.min).toBeLessThan(inYear.countRanges.member.max);
  });
});
