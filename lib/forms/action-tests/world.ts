// A small recorded world for action tests: organizations, states, sources and one fact of each kind.
import { createTestDb, seedMinimal } from '@/db/test-utils';
import * as t from '@/db/schema';
import { recordCountClaim } from '@/db/mutations/count-claims';
import { extendInvitation } from '@/db/mutations/invitations';
import { recordStatusChange } from '@/db/mutations/status-changes';

export function createWorld() {
  const db = createTestDb();
  const { org, rus, egy, source } = seedMinimal(db);
  const otherOrg = db.insert(t.organizations).values({ slug: 'other-org', acronym: 'OO', name: 'Other Organization', cowId: 'OO' }).returning().get();
  const otherSource = db.insert(t.sources).values({ url: 'https://example.org/b', title: 'B source', kind: 'article' }).returning().get();
  const actor = { id: 'seed', name: 'Seed' };
  const changeId = recordStatusChange(db, actor, { organizationId: org.id, stateId: egy.id, status: 'member', date: '1970', dateKind: 'start', citations: [{ sourceId: source.id, quote: 'member since 1970' }] });
  const invitationId = extendInvitation(db, actor, { organizationId: org.id, stateId: rus.id, invitedStatus: 'member', date: '2022-04-08', dateKind: 'on', citations: [{ sourceId: source.id, quote: 'we have asked them' }] });
  const claimId = recordCountClaim(db, actor, { organizationId: org.id, status: 'member', count: 54, date: '2022-04-08', citations: [{ sourceId: source.id, quote: 'brings together 54 member states' }] });
  const revisionId = (db.$client.prepare('select max(id) as id from revision').get() as { id: number }).id;
  return { db, org, rus, egy, source, otherOrg, otherSource, changeId, invitationId, claimId, revisionId };
}

export type World = ReturnType<typeof createWorld>;
