import Link from 'next/link';
import type { CitationView } from '@/db/queries/citations';
import { CitationList } from '@/components/citation-list';

/** What an edit form is about, with the citations already recorded and its history. */
export function FactHeader({ children, citations, history }: { children: React.ReactNode; citations: CitationView[]; history: string }) {
  return (
    <section aria-label="Recorded now" className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <p>{children}</p>
      <CitationList citations={citations} />
      <p><Link href={history} className="underline">History of this record</Link></p>
    </section>
  );
}

export function parseId(id: string): number | null {
  return /^[1-9]\d{0,11}$/.test(id) ? Number(id) : null;
}
