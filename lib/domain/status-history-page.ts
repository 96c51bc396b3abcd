// One page of a long status history, narrowed by the filters a reader put in the URL.
import type { Status } from './statuses';

export type StatusHistoryFilter = { subject: string | null; status: Status | null };

export const STATUS_HISTORY_PAGE_SIZE = 20;

/** The lines matching the filter, then the page asked for (clamped to the pages there are). */
export function statusHistoryPage<L extends { status: Status }>(lines: readonly L[], subjectOf: (line: L) => string, filter: StatusHistoryFilter, page: number, size = STATUS_HISTORY_PAGE_SIZE) {
  const matching = lines.filter((l) => (!filter.subject || subjectOf(l) === filter.subject) && (!filter.status || l.status === filter.status));
  const pageCount = Math.max(1, Math.ceil(matching.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { lines: matching.slice((current - 1) * size, current * size), total: matching.length, page: current, pageCount };
}
