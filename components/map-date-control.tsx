'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';

/**
 * A year slider in a GET form: without JavaScript the form goes through the year redirect, which
 * opens the page on that date (/organizations/{slug}/on/{day}) and keeps the page's other
 * parameters; with it the page follows the slider directly.
 */
export function MapDateControl({ slug, minYear, maxYear, year, today, kept }: { slug: string; minYear: number; maxYear: number; year: number; today: string; kept: [string, string][] }) {
  const router = useRouter();
  const [value, setValue] = useState(year);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  function go(next: number) {
    const query = new URLSearchParams(window.location.search);
    query.delete('year');
    query.delete('asOf');
    const day = next >= Number(today.slice(0, 4)) ? today : `${next}-12-31`;
    const search = query.toString();
    startTransition(() => router.replace(`/organizations/${slug}/on/${day}${search ? `?${search}` : ''}`, { scroll: false }));
  }

  return (
    <form method="get" action={`/organizations/${slug}/year`} className="flex flex-wrap items-center gap-3" onSubmit={(e) => { e.preventDefault(); go(value); }}>
      {kept.map(([key, v], i) => <input key={`${key}-${i}`} type="hidden" name={key} value={v} />)}
      <label htmlFor="map-year" className="text-sm text-slate-700">Year shown on the map</label>
      <input
        id="map-year" type="range" name="year" min={minYear} max={maxYear} step={1} value={value}
        className="w-48 accent-slate-800 sm:w-72"
        onChange={(e) => {
          const next = Number(e.target.value);
          setValue(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => go(next), 350);
        }}
      />
      <output htmlFor="map-year" className="w-12 font-medium tabular-nums" aria-live="polite">{value}</output>
      <button className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">Show {value}</button>
      {pending ? <span className="text-sm text-slate-600">Loading…</span> : null}
    </form>
  );
}
