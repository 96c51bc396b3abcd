import Link from 'next/link';
import { STATUS_LABELS, STATUSES, type Status } from '@/lib/domain/statuses';

/** The filters of a long history, as a GET form: every filtered view is a link. */
export function HistoryFilters({ basePath, subject, status }: { basePath: string; subject: { name: string; label: string; value: string | null; options: { value: string; label: string }[] }; status: Status | null }) {
  const control = 'mt-0.5 block w-full max-w-xs rounded border border-slate-400 px-2 py-1 text-base sm:text-sm';
  return (
    <form method="get" action={basePath} className="flex flex-wrap items-end gap-3" aria-label="Filter the history">
      <label className="text-sm">
        {subject.label}
        <select name={subject.name} defaultValue={subject.value ?? ''} className={control}>
          <option value="">All</option>
          {subject.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label className="text-sm">
        New status
        <select name="status" defaultValue={status ?? ''} className={control}>
          <option value="">Any</option>
          {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      <button className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">Filter</button>
      {subject.value || status ? <Link href={basePath} className="py-1.5 text-sm underline">Clear filters</Link> : null}
    </form>
  );
}
