import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-12">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">There is no page at this address. It may have been mistyped, or the record does not exist.</p>
      <form method="get" action="/" role="search" aria-label="Search Memberline" className="mt-4 flex max-w-md gap-2">
        <label className="sr-only" htmlFor="not-found-q">Find an organization or a country</label>
        <input id="not-found-q" type="search" name="q" placeholder="Organization or country" className="min-w-0 flex-1 rounded border border-slate-400 px-2 py-1.5" />
        <button className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">Search</button>
      </form>
      <p className="mt-4"><Link className="underline" href="/organizations">Browse organizations</Link> or <Link className="underline" href="/countries">countries</Link>.</p>
    </div>
  );
}
