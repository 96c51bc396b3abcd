import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-12">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">There is no page at this address. It may have been mistyped, or the record does not exist.</p>
      <p className="mt-4"><Link className="underline" href="/organizations">Browse organizations</Link> or <Link className="underline" href="/countries">countries</Link>.</p>
    </div>
  );
}
