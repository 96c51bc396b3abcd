/** What a reader sees while a page's data is read: a status message, then placeholder lines. */
export function PageLoading({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-6">
      <p className="text-slate-700">Loading {what}…</p>
      <div aria-hidden="true" className="h-7 w-2/3 animate-pulse rounded bg-slate-100" />
      <div aria-hidden="true" className="h-4 w-full animate-pulse rounded bg-slate-100" />
      <div aria-hidden="true" className="h-4 w-5/6 animate-pulse rounded bg-slate-100" />
      <div aria-hidden="true" className="h-4 w-3/4 animate-pulse rounded bg-slate-100" />
    </div>
  );
}
