// Everything the country page shows, read once and derived with the pure rules.
import type { Db } from '@/db/client';
import { getCountryTimeline, type CountryChange } from '@/db/queries/countries';
import { spellStory, spellStoryText } from '@/lib/domain/spell-story';
import { HELD_STATUSES } from '@/lib/domain/statuses';
import { fullNameWithAcronym } from '@/lib/domain/names';

export function loadCountryView(db: Db, stateId: number, day: string) {
  const timeline = getCountryTimeline(db, stateId, day);
  const byOrganization = new Map<number, CountryChange[]>();
  for (const c of timeline.changes) byOrganization.set(c.organizationId, [...(byOrganization.get(c.organizationId) ?? []), c]);
  const order = new Map(HELD_STATUSES.map((s, i) => [s, i]));
  const holdings = timeline.current
    .filter((l) => l.holding)
    .map((l) => ({
      organization: l.organization,
      label: fullNameWithAcronym(l.organization.name, l.organization.acronym),
      status: l.holding!.status,
      story: ((story) => (story ? spellStoryText(story) : ''))(spellStory(byOrganization.get(l.organization.id) ?? [], day)),
    }))
    .sort((a, b) => order.get(a.status)! - order.get(b.status)! || a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
  return { timeline, holdings, lanes: [...timeline.current, ...timeline.past] };
}

export type CountryViewData = ReturnType<typeof loadCountryView>;
