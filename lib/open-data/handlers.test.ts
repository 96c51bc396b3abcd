import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataFixture } from '@/db/test-world';
import {
  changesAnswer, countryAnswer, membersCsvAnswer, MEMBER_COLUMNS, organizationAnswer, organizationsAnswer,
  SPELL_COLUMNS, spellsCsvAnswer, STATUS_CHANGE_COLUMNS, statusChangesCsvAnswer,
} from './handlers';
import { changesSchema, countrySchema, errorSchema, organizationSchema, organizationsSchema } from './schemas';

const url = (path: string) => new URL(`http://localhost${path}`);
let world: ReturnType<typeof openDataFixture>;
beforeAll(() => {
  process.env.MEMBERLINE_TODAY = '2024-06-01';
  world = openDataFixture();
});

async function json(response: Response, status = 200) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return response.json();
}

async function csv(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+\.csv"$/);
  return parse(await response.text(), { columns: true }) as Record<string, string>[];
}

describe('GET /api/v1/organizations', () => {
  it('lists organizations with their counts today', async () => {
    const body = organizationsSchema.parse(await json(organizationsAnswer(world.db, url('/api/v1/organizations'))));
    expect(body.organizations).toEqual([
      { slug: 'tco', acronym: 'TCO', name: 'Test, "Cooperation" Organization', counts: { member: 2, associate: 0, observer: 2, partner: 0, applicant: 0, candidate: 0, suspended: 0 } },
    ]);
  });
});

describe('GET /api/v1/organizations/{slug}', () => {
  it('gives the members on the asOf date, with dates at their precision and citations', async () => {
    const body = organizationSchema.parse(await json(organizationAnswer(world.db, 'tco', url('/api/v1/organizations/tco?asOf=1980-01-01'))));
    expect(body.asOf).toBe('1980-01-01');
    expect(body.members.map((m) => [m.state.name, m.status, m.since])).toEqual([['Egypt', 'suspended', { date: '1979-05', precision: 'month' }]]);
    expect(body.members[0]!.citations[0]!.quote).toContain('suspended in May 1979');
    expect(body.members[0]!.citations[0]!.source.published).toEqual({ date: '2022-04', precision: 'month' });
    expect(body.founded).toEqual({ date: '1969-09-25', precision: 'day' });
  });

  it('lists every held status today, pending invitations and checked count claims', async () => {
    const body = organizationSchema.parse(await json(organizationAnswer(world.db, 'tco', url('/api/v1/organizations/tco'))));
    expect(body.asOf).toBe('2024-06-01');
    expect(body.members.map((m) => `${m.state.code}:${m.status}:${m.since.date}`)).toEqual(['civ:member:2001', 'egy:member:1984-03', 'odd-entity:observer:1990-06-01', 'rus:observer:2005-06-30']);
    expect(body.invitations).toMatchObject([{ state: { code: 'rus' }, invitedStatus: 'member', dateKind: 'by', outcome: 'pending', date: { date: '2022-04-08', precision: 'day' } }]);
    expect(body.countClaims).toMatchObject([{ count: 3, recorded: 2, agrees: false, date: { date: '2022-04-08', precision: 'day' } }]);
  });

  it('says a status is uncertain inside the year of a change known only to its year, and counts a range', async () => {
    const body = organizationSchema.parse(await json(organizationAnswer(world.db, 'tco', url('/api/v1/organizations/tco?asOf=2001-06-01'))));
    const civ = body.members.find((m) => m.state.code === 'civ');
    expect(civ).toMatchObject({ status: 'member', certain: false, possibleStatuses: ['none', 'member'], since: { date: '2001', precision: 'year' } });
    expect(body.members.find((m) => m.state.code === 'egy')?.certain).toBe(true);
    expect(body.countRanges.member).toEqual({ min: 1, max: 2 });
    expect(body.counts.member).toBe(2);
    const later = organizationSchema.parse(await json(organizationAnswer(world.db, 'tco', url('/api/v1/organizations/tco?asOf=2002-01-01'))));
    expect(later.members.every((m) => m.certain)).toBe(true);
    expect(later.countRanges.member).toEqual({ min: 2, max: 2 });
  });

  it('holds nothing before the organization was founded', async () => {
    const body = organizationSchema.parse(await json(organizationAnswer(world.db, 'tco', url('/api/v1/organizations/tco?asOf=1969-06-01'))));
    expect(body.members).toEqual([]);
    expect(body.counts.member).toBe(0);
  });

  it('lists no invitation before it was extended', async () => {
    const body = organizationSchema.parse(await json(organizationAnswer(world.db, 'tco', url('/api/v1/organizations/tco?asOf=2020-01-01'))));
    expect(body.invitations).toEqual([]);
  });

  it.each(['1980', '1980-02-30', 'yesterday', '1980-13-01'])('answers a bad asOf (%s) with 400 in JSON', async (asOf) => {
    const body = errorSchema.parse(await json(organizationAnswer(world.db, 'tco', url(`/api/v1/organizations/tco?asOf=${asOf}`)), 400));
    expect(body.error.status).toBe(400);
    expect(body.error.message).toMatch(/asOf/);
  });

  it('answers an unknown slug with 404 in JSON', async () => {
    const body = errorSchema.parse(await json(organizationAnswer(world.db, 'nope', url('/api/v1/organizations/nope')), 404));
    expect(body.error.message).toContain('nope');
  });
});

describe('GET /api/v1/organizations/{slug}/members.csv', () => {
  it('round-trips awkward names through a CSV parser, with the same rows as the JSON', async () => {
    const rows = await csv(membersCsvAnswer(world.db, 'tco', url('/api/v1/organizations/tco/members.csv?asOf=2024-06-01')));
    expect(Object.keys(rows[0]!)).toEqual([...MEMBER_COLUMNS]);
    expect(rows.map((r) => r.state_name)).toEqual(["Côte d'Ivoire", 'Egypt', 'Odd, "Quoted"\nEntity', 'Russia']);
    expect(rows[0]).toMatchObject({ organization: 'tco', as_of: '2024-06-01', iso3: 'CIV', status: 'member', since: '2001', since_precision: 'year', sources: 'Members, "official" list' });
    expect(rows[2]!.quotes).toBe('An observer, with "quotes", and commas');
    const json = organizationSchema.parse(await organizationAnswer(world.db, 'tco', url('/api/v1/organizations/tco?asOf=2024-06-01')).json());
    expect(rows.map((r) => r.state_code)).toEqual(json.members.map((m) => m.state.code));
  });

  it('answers a bad asOf and an unknown slug in JSON', async () => {
    expect(membersCsvAnswer(world.db, 'tco', url('/x?asOf=1979')).status).toBe(400);
    expect(membersCsvAnswer(world.db, 'zzz', url('/x')).status).toBe(404);
  });
});

describe('GET /api/v1/countries/{code}', () => {
  it('gives memberships, spells with their ends, and invitations', async () => {
    const body = countrySchema.parse(await json(countryAnswer(world.db, 'EGY', url('/api/v1/countries/EGY'))));
    expect(body).toMatchObject({ code: 'egy', iso3: 'EGY', name: 'Egypt' });
    expect(body.memberships).toMatchObject([{ organization: { slug: 'tco' }, status: 'member', since: { date: '1984-03', precision: 'month' } }]);
    expect(body.timeline[0]!.spells.map((s) => [s.status, s.from.date, s.to?.date ?? null, s.endedBy])).toEqual([
      ['member', '1969', '1979-05', 'change'],
      ['suspended', '1979-05', '1984-03', 'change'],
      ['member', '1984-03', null, null],
    ]);
    const rus = countrySchema.parse(await countryAnswer(world.db, 'rus', url('/api/v1/countries/rus')).json());
    expect(rus.invitations).toMatchObject([{ organization: { slug: 'tco' }, invitedStatus: 'member' }]);
  });

  it('answers an unknown code with 404 and a bad asOf with 400', async () => {
    errorSchema.parse(await json(countryAnswer(world.db, 'xyz', url('/api/v1/countries/xyz')), 404));
    errorSchema.parse(await json(countryAnswer(world.db, 'egy', url('/api/v1/countries/egy?asOf=nope')), 400));
  });

  it('gives the spells as CSV', async () => {
    const rows = await csv(spellsCsvAnswer(world.db, 'odd-entity'));
    expect(Object.keys(rows[0]!)).toEqual([...SPELL_COLUMNS]);
    expect(rows).toMatchObject([{ state_name: 'Odd, "Quoted"\nEntity', iso3: '', organization_name: 'Test, "Cooperation" Organization', status: 'observer', from: '1990-06-01', from_precision: 'day', to: '' }]);
    expect(spellsCsvAnswer(world.db, 'xyz').status).toBe(404);
  });
});

describe('GET /api/v1/status-changes.csv', () => {
  it('gives every status change with its citations', async () => {
    const rows = await csv(statusChangesCsvAnswer(world.db, url('/api/v1/status-changes.csv')));
    expect(Object.keys(rows[0]!)).toEqual([...STATUS_CHANGE_COLUMNS]);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.status === 'suspended')).toMatchObject({ state_name: 'Egypt', date: '1979-05', date_precision: 'month', quote: 'Egypt was suspended in May 1979,\n"after the treaty"', source_url: 'https://example.org/list' });
    const civ = await csv(statusChangesCsvAnswer(world.db, url('/api/v1/status-changes.csv?country=civ')));
    expect(civ.map((r) => r.state_name)).toEqual(["Côte d'Ivoire"]);
  });
});

describe('GET /api/v1/changes', () => {
  it('gives revisions since an instant, oldest first, page by page with a cursor', async () => {
    const first = changesSchema.parse(await json(changesAnswer(world.db, url('/api/v1/changes?since=2000-01-01&limit=4'))));
    expect(first.revisions.map((r) => r.summary)).toEqual([
      'Egypt: member of TCO from 1969',
      'Egypt: suspended of TCO from May 1979',
      'Egypt: member of TCO from March 1984',
      "Côte d'Ivoire: member of TCO from 2001",
    ]);
    expect(first.revisions[0]).toMatchObject({ entityType: 'statusChange', action: 'create', author: 'Test Editor', organization: 'tco', state: 'egy' });
    expect(first.next).toContain('cursor=');
    const second = changesSchema.parse(await json(changesAnswer(world.db, new URL(first.next!))));
    expect(second.revisions.map((r) => r.state)).toEqual(['odd-entity', 'rus']);
    expect(second.nextCursor).toBeNull();
  });

  it('gives nothing for an instant in the future', async () => {
    const body = changesSchema.parse(await json(changesAnswer(world.db, url('/api/v1/changes?since=2999-01-01T00:00:00%2B02:00'))));
    expect(body.since).toBe('2998-12-31T22:00:00.000Z');
    expect(body.revisions).toEqual([]);
  });

  it.each(['', 'since=yesterday', 'since=2024-02-30', 'since=2024-01-01T25:00Z', 'since=2024-01-01&cursor=bogus', 'since=2024-01-01&limit=0'])(
    'answers bad input (%s) with 400',
    async (query) => {
      errorSchema.parse(await json(changesAnswer(world.db, url(`/api/v1/changes?${query}`)), 400));
    },
  );
});
