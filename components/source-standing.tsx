import { SOURCE_STANDING_LABELS, standingOf } from '@/lib/domain/statuses';

/** Who is speaking, beside a citation: "The organization", "News", "Secondary list". */
export function SourceStandingLabel({ source }: { source: { standing?: string | null; kind: string } }) {
  const standing = standingOf(source);
  if (!standing) return null;
  const weak = standing === 'secondary';
  return (
    <span className={`ml-1 inline-block rounded px-1 text-[0.7rem] font-medium uppercase tracking-wide ring-1 ring-inset ${weak ? 'bg-amber-50 text-amber-900 ring-amber-300' : 'bg-slate-50 text-slate-700 ring-slate-300'}`}>
      <span className="sr-only">Source standing: </span>
      {SOURCE_STANDING_LABELS[standing]}
    </span>
  );
}
