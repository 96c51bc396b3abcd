// The UN as the UN reads it: 193 Member States with their days of admission, two observer States.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../client';
import { listMembersAsOf } from '../../queries/organizations';
import * as t from '../../schema';
import type { Comparison } from './compare';
import type { OfficialFile } from './schema';
import { citationsOf, seededWithOfficialList } from './test-helpers';

let db: Db;
let file: OfficialFile;
let comparison: Comparison;

beforeAll(() => {
  ({ db, file, comparison } = seededWithOfficialList('un.json'));
});

describe('UN: the record against the UN’s own list', () => {
  it('holds 193 members and 2 observers today', () => {
    expect(comparison.official).toEqual({ member: 193, observer: 2 });
    expect(comparison.record).toEqual(comparison.official);
  });

  it('gives every listed state the start the list gives, or a note saying why not', () => {
    expect(comparison.differences).toEqual([]);
  });

  it('reads the twelve cases of the issue as the UN reads them', () => {
    const expected = {
      blr: '1945-10-24', ukr: '1945-10-24', ind: '1945-10-30', lbn: '1945-10-24', phl: '1945-10-24', syr: '1945-10-24',
      chn: '1945-10-24', deu: '1973-09-18', yem: '1947-09-30', tls: '2002-09-27', uzb: '1992-03-02', rus: '1945-10-24',
    };
    for (const [code, day] of Object.entries(expected)) expect(comparison.since.get(code), code).toBe(day);
  });

  it('keeps the COW year as a citation that disagrees, never as a second start', () => {
    const blr = citationsOf(db, 'un', 'blr', '1945-10-24');
    expect(blr.map((c) => c.givenDate)).toContain('1991');
    expect(citationsOf(db, 'un', 'blr', '1991')).toEqual([]);
    expect(citationsOf(db, 'un', 'deu', '1973-09-18').map((c) => c.givenDate)).toContain('1965');
  });

  it('tells continuity and returns right', () => {
    expect(comparison.since.get('idn')).toBe('1966-09-28');
    expect(citationsOf(db, 'un', 'idn', '1965-03-01').map((c) => c.givenDate)).toContain('1965-01-07');
    expect(citationsOf(db, 'un', 'gdr', '1990-10-03').length).toBeGreaterThan(0);
    expect(citationsOf(db, 'un', 'zanzibar', '1964-04-26').length).toBeGreaterThan(0);
    expect(file.members.find((m) => m.state === 'rus')?.note).toMatch(/USSR/);
  });

  it('shows the page’s 193 members and 2 observers, each with a quote from a source other than the dataset', () => {
    const un = db.select().from(t.organizations).where(eq(t.organizations.slug, 'un')).get()!;
    const view = listMembersAsOf(db, un.id, file.asOf)!;
    expect([view.counts.member, view.counts.observer]).toEqual([193, 2]);
    const withoutQuote = view.lines.filter((l) => !l.citations.some((c) => c.quote && c.source.kind !== 'dataset')).map((l) => l.since.state.code);
    // No stored source dates Mozambique: it keeps the COW year, and the list's note says so.
    expect(withoutQuote).toEqual(['moz']);
  });

  it('dates at least 191 members to the day from a stored copy of a source', () => {
    const days = file.members.filter((m) => m.status === 'member' && m.date?.length === 10);
    expect(days.length).toBeGreaterThanOrEqual(191);
  });
});
