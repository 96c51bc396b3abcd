// Everything the organization page shows, read once and derived with the pure rules.
import type { Db } from '@/db/client';
import type { Organization } from '@/db/schema';
import { getOrganizationRelations, listCountClaims, listMembersAsOf, listPendingInvitations, listStatusHistory, type HistoryLine } from '@/db/queries/organizations';
import { coverageGap } from '@/lib/domain/coverage';
import { spellStory, spellStoryText } from '@/lib/domain/spell-story';

export function loadOrganizationView(db: Db, org: Organization, day: string) {
  const view = listMembersAsOf(db, org.id, day)!;
  const history = listStatusHistory(db, org.id);
  const byState = new Map<number, HistoryLine[]>();
  for (const line of history) byState.set(line.stateId, [...(byState.get(line.stateId) ?? []), line]);
  const storyOf = (stateId: number, fallback: string) => {
    const story = spellStory(byState.get(stateId) ?? [], day);
    return story ? spellStoryText(story) : fallback;
  };
  const claims = listCountClaims(db, org.id);
  return {
    view,
    relations: getOrganizationRelations(db, org),
    invitations: listPendingInvitations(db, org.id),
    claims,
    gap: coverageGap(claims),
    history,
    storyOf,
  };
}

export type OrganizationViewData = ReturnType<typeof loadOrganizationView>;
