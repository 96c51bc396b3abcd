import type { MemberLine } from '@/db/queries/organizations';
import { HELD_STATUSES, STATUS_LABELS, type HeldStatus } from '@/lib/domain/statuses';
import { compactSources, disagrees } from '../sources-disclosure';
import { STATUS_COLORS } from '../status-style';
import { UncertainStatus } from '../uncertain-status';
import { MembersTableRows, type MemberRow } from './members-table-rows';

/** One compact table per status: the state, the story of its tie, and its sources on demand. */
export function MembersTables({ byStatus, slug, storyOf, day }: { byStatus: Map<HeldStatus, MemberLine[]>; slug: string; storyOf: (stateId: number, fallback: string) => string; day: string }) {
  return (
    <>
      {HELD_STATUSES.map((status) => {
        const lines = byStatus.get(status);
        if (!lines?.length) return null;
        const rows: MemberRow[] = lines.map((l) => ({
          code: l.since.state.code,
          name: l.since.state.name,
          story: storyOf(l.stateId, ''),
          // A change known only to its year or month that may not have happened yet on the day.
          uncertain: l.certain ? null : <UncertainStatus change={l.latest} possible={l.possible} day={day} />,
          count: l.citations.length,
          sources: l.citations.some((c) => disagrees(c, l.since.date)) ? compactSources(l.citations, l.since.date, `/organizations/${slug}/history?state=${l.since.state.code}`) : null,
        }));
        return (
          <section key={status} id={`status-${status}`} aria-labelledby={`status-${status}-h`} className="mt-5 scroll-mt-4">
            <h3 id={`status-${status}-h`} className="flex items-center gap-2 font-medium">
              <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" fill={STATUS_COLORS[status].fill} /></svg>
              {`${STATUS_LABELS[status]} (${lines.length})`}
            </h3>
            <MembersTableRows rows={rows} slug={slug} />
          </section>
        );
      })}
    </>
  );
}
