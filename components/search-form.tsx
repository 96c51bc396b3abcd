/** A GET search box: the query lands in the URL, so results can be shared and work without JavaScript. */
export function SearchForm({ action, defaultValue, label, placeholder, children }: { action: string; defaultValue: string; label: string; placeholder?: string; children?: React.ReactNode }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="flex flex-wrap items-end gap-2">
      <label className="min-w-0 flex-1 basis-56 text-sm">
        <span className="block font-medium text-slate-800">{label}</span>
        <input
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={placeholder}
          maxLength={200}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5 text-base"
        />
      </label>
      {children}
      <button className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">Search</button>
    </form>
  );
}
