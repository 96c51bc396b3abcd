// Each organization's shipped official list against the record: counts on the list's day, every listed
// start, a few starts named by hand, and what is particular to the organization.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdingsOn } from '@/lib/domain/status-history';
import type { Db } from '../../client';
import { listStatusChanges } from '../../queries/organizations';
import * as t from '../../schema';
import type { Comparison } from './compare';
import { citationsOf, expectListAgrees, seededWithOfficialList } from './test-helpers';

type World = { db: Db; comparison: Comparison };
type OfficialList = {
  file: string;
  title: string;
  /** What the first test is called: the counts and how the starts are dated. */
  holds: string;
  counts: Comparison['official'];
  /** Starts of current spells, by state code; null where the state holds nothing on the list's day. */
  since: Record<string, string | RegExp | null>;
  checks: [name: string, check: (world: World) => void][];
};

const LISTS: OfficialList[] = [
  {
    file: 'asean.json', title: 'ASEAN: the record against ASEAN’s list', holds: 'holds the 11 members, each from the day ASEAN gives',
    counts: { member: 11 }, since: { idn: '1967-08-08', khm: '1999-04-30' },
    checks: [
      ['has no member before 8 August 1967, and the founding day on the organization', ({ db }) => {
        const org = db.select().from(t.organizations).where(eq(t.organizations.slug, 'asean')).get()!;
        expect(org.founded).toBe('1967-08-08');
        const changes = listStatusChanges(db, org.id);
        expect(holdingsOn(changes, '1967-06-01', org.dissolved)).toEqual([]);
        expect(holdingsOn(changes, '1967-08-08', org.dissolved)).toHaveLength(5);
      }],
      ['keeps a source that gives another day for Brunei as a disagreeing citation', ({ db }) => {
        expect(citationsOf(db, 'asean', 'brn', '1984-01-07').map((c) => c.givenDate)).toContain('1984-01-08');
      }],
    ],
  },
  {
    file: 'au.json', title: 'AU: the record against the AU’s list', holds: 'holds 55 members, suspended ones among them, the founders from 9 July 2002',
    counts: { member: 55 }, since: { eth: '2002-07-09', gin: '2002-07-09' },
    checks: [['keeps the day the AU gives for Morocco’s deposit as a citation on its admission', ({ db }) => expect(citationsOf(db, 'au', 'mar', '2017-01-30').map((c) => c.givenDate)).toContain('2017-01-31')]],
  },
  { file: 'brics.json', title: 'BRICS: the record against the announced membership', holds: 'holds the 10 members, the 2024 entrants from 1 January 2024', counts: { member: 10 }, since: { eth: '2024-01-01', bra: '2009' }, checks: [] },
  {
    file: 'eu.json', title: 'EU: the record against the EU’s list', holds: 'holds the 27 Member States, each from the day of its accession',
    counts: { member: 27 }, since: { fra: '1993-11-01', hrv: '2013-07-01', gbr: null },
    checks: [
      ['ends the United Kingdom’s membership on 31 January 2020, with the COW year as a citation on its start', ({ db }) => {
        expect(citationsOf(db, 'eu', 'gbr', '2020-01-31').some((c) => c.quote?.includes('1st of February 2020'))).toBe(true);
        expect(citationsOf(db, 'eu', 'gbr', '1993').length).toBe(0);
      }],
    ],
  },
  {
    file: 'las.json', title: 'Arab League: the record against the League’s list', holds: 'holds the 22 members, each from the year the League gives',
    counts: { member: 22 }, since: { egy: '1945', pse: /^1976/ },
    checks: [
      ['records Egypt’s suspension and readmission as two changes', ({ db }) => {
        expect(citationsOf(db, 'las', 'egy', '1979').map((c) => c.quote)).toContain('Egypt was expelled from the League in 1979 (1399/1400 AH), following its bi-lateral peace agreement with Israel (the Camp David Accords).');
        expect(citationsOf(db, 'las', 'egy', '1989')).toHaveLength(2);
      }],
    ],
  },
  { file: 'nato.json', title: 'NATO: the record against NATO’s list', holds: 'holds the 32 Allies, each from the day of its accession; the founders from the signature and Germany from 6 May 1955', counts: { member: 32 }, since: { usa: '1949-04-04', deu: '1955-05-06', pol: '1999-03-12', esp: '1982' }, checks: [] },
  { file: 'oic.json', title: 'OIC: the record against the published table', holds: 'holds 57 members (the suspended among them) and 5 observers, each from the listed year, a suspension not restarting a membership', counts: { member: 57, observer: 5 }, since: { egy: '1969', syr: '1972' }, checks: [] },
  { file: 'sco.json', title: 'SCO: the record against the SCO’s list', holds: 'holds the 10 members, each from the day of its admission', counts: { member: 10 }, since: { rus: '2001-06-15', ind: '2017-06-09' }, checks: [] },
];

describe.each(LISTS)('$title', (list) => {
  let world: World;
  beforeAll(() => {
    world = seededWithOfficialList(list.file);
  });

  it(list.holds, () => {
    expectListAgrees(world.comparison, list.counts);
    for (const [code, start] of Object.entries(list.since)) {
      if (start === null) expect(world.comparison.since.has(code), code).toBe(false);
      else if (start instanceof RegExp) expect(world.comparison.since.get(code), code).toMatch(start);
      else expect(world.comparison.since.get(code), code).toBe(start);
    }
  });

  for (const [name, check] of list.checks) it(name, () => check(world));
});
