import Link from 'next/link';
import type { MemberLine } from '@/db/queries/organizations';
import { HELD_STATUSES, STATUS_LABELS, type HeldStatus } from '@/lib/domain/statuses';
import { DISCLOSURE_STYLES, SourcesDisclosure } from '../sources-disclosure';
import { STATUS_COLORS } from '../status-style';

/** One compact table per status: the state, the story of its tie, and its sources on demand. */
export function MembersTables({ byStatus, slug, storyOf }: { byStatus: Map<HeldStatus, MemberLine[]>; slug: string; storyOf: (stateId: number, fallback: string) => string }) {
  return (
    <>
      {HELD_STATUSES.map((status) => {
        const lines = byStatus.get(status);
        if (!lines?.length) return null;
        const heading = `${STATUS_LABELS[status]} (${lines.length})`;
        return (
          <section key={status} id={`status-${status}`} aria-labelledby={`status-${status}-h`} className="mt-5 scroll-mt-4">
            <h3 id={`status-${status}-h`} className="flex items-center gap-2 font-medium">
              <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" fill={STATUS_COLORS[status].fill} /></svg>
              {heading}
            </h3>
            <table className={`mt-1 w-full text-left text-sm [&_td]:py-1 [&_td]:pr-2 [&_th]:py-1 [&_th]:pr-2 [&_td]:align-top [&_th]:align-top [&_tbody_th_a:hover]:underline [&_tbody_th]:font-medium [&_tbody_td]:text-slate-700 ${DISCLOSURE_STYLES}`}>
              <thead className="text-xs text-slate-600 [&_th]:font-normal"><tr><th scope="col">State</th><th scope="col">Since</th><th scope="col">Sources</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {lines.map((l) => (
                  <tr key={l.stateId}>
                    <th scope="row"><Link href={`/countries/${l.since.state.code}`}>{l.since.state.name}</Link></th>
                    <td>{storyOf(l.stateId, '')}</td>
                    <td><SourcesDisclosure citations={l.citations} acceptedDate={l.since.date} quotesHref={`/organizations/${slug}/history?state=${l.since.state.code}`} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
