// A small world for tests of reads, feeds and the API: awkward names, an Egypt-like suspension, a count claim, revisions.
import type { Db } from './client';
import { recordStatusChange } from './mutations/status-changes';
import * as t from './schema';
import { createTestDb } from './test-utils';

export const EDITOR = { id: 'user-1', name: 'Test Editor' };

export function openDataFixture(db: Db = createTestDb()) {
  const org = db.insert(t.organizations).values({ slug: 'tco', acronym: 'TCO', name: 'Test, "Cooperation" Organization', founded: '1969-09-25' }).returning().get();
  const civ = db.insert(t.states).values({ code: 'civ', name: "Côte d'Ivoire", iso2: 'CI', iso3: 'CIV', kind: 'iso' }).returning().get();
  const egy = db.insert(t.states).values({ code: 'egy', name: 'Egypt', iso2: 'EG', iso3: 'EGY', kind: 'iso' }).returning().get();
  const odd = db.insert(t.states).values({ code: 'odd-entity', name: 'Odd, "Quoted"\nEntity', kind: 'entity' }).returning().get();
  const rus = db.insert(t.states).values({ code: 'rus', name: 'Russia', iso2: 'RU', iso3: 'RUS', kind: 'iso' }).returning().get();
  const source = db.insert(t.sources).values({ url: 'https://example.org/list', title: 'Members, "official" list', publisher: 'Example Press', published: '2022-04', kind: 'article' }).returning().get();
  const cite = (quote: string) => [{ sourceId: source.id, quote }];
  const change = (stateId: number, status: t.StatusChange['status'], date: string, quote: string) =>
    recordStatusChange(db, EDITOR, { organizationId: org.id, stateId, status, date, dateKind: 'start', citations: cite(quote) });
  change(egy.id, 'member', '1969', 'Egypt, a founding member');
  change(egy.id, 'suspended', '1979-05', 'Egypt was suspended in May 1979,\n"after the treaty"');
  change(egy.id, 'member', '1984-03', 'Egypt returned in March 1984');
  change(civ.id, 'member', '2001', "Côte d'Ivoire joined in 2001");
  change(odd.id, 'observer', '1990-06-01', 'An observer, with "quotes", and commas');
  change(rus.id, 'observer', '2005-06-30', 'Russia is an observer');
  const claim = db.insert(t.countClaims).values({ organizationId: org.id, status: 'member', count: 3, date: '2022-04-08' }).returning().get();
  db.insert(t.citations).values({ sourceId: source.id, countClaimId: claim.id, quote: 'brings together 3 member states' }).run();
  const invitation = db.insert(t.invitations).values({ organizationId: org.id, stateId: rus.id, invitedStatus: 'member', date: '2022-04-08', dateKind: 'by' }).returning().get();
  db.insert(t.citations).values({ sourceId: source.id, invitationId: invitation.id, quote: 'asked them to become a member nation' }).run();
  return { db, org, civ, egy, odd, rus, source };
}
