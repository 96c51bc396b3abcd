import Link from 'next/link';

/** A URL with the same query, on another page (page 1 drops the parameter). */
export function hrefWith(basePath: string, params: Record<string, string | null | undefined>, changes: Record<string, string | null>): string {
  const merged = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...changes })) if (value) merged.set(key, value);
  const query = merged.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** Previous / next links and the pages around the current one; plain links, so it works without JavaScript. */
export function Pagination({ basePath, params, page, pageCount, label = 'Pages' }: { basePath: string; params: Record<string, string | null | undefined>; page: number; pageCount: number; label?: string }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => hrefWith(basePath, params, { page: p === 1 ? null : String(p) });
  const around = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const link = 'rounded px-2.5 py-1 ring-1 ring-slate-300 hover:bg-slate-100';
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-1.5 text-sm">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className={link}>Previous</Link> : null}
      {around.map((p, i) => (
        <span key={p} className="contents">
          {i > 0 && p - around[i - 1]! > 1 ? <span aria-hidden="true" className="px-1 text-slate-500">…</span> : null}
          {p === page ? (
            <span aria-current="page" className="rounded bg-slate-900 px-2.5 py-1 font-medium text-white">{p}</span>
          ) : (
            <Link href={href(p)} className={link} aria-label={`Page ${p}`}>{p}</Link>
          )}
        </span>
      ))}
      {page < pageCount ? <Link href={href(page + 1)} rel="next" className={link}>Next</Link> : null}
      <span className="ml-2 text-slate-600">Page {page} of {pageCount}</span>
    </nav>
  );
}

/** Reads a page number from the URL: a positive integer, else 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return n >= 1 ? n : 1;
}

/** One string from a query parameter, trimmed and bounded. */
export function paramText(value: string | string[] | undefined, max = 200): string {
  return (typeof value === 'string' ? value : '').trim().slice(0, max);
}
