'use client';

import Link from 'next/link';

// Shown when a page fails on the server; the reader sees no detail of the failure, only a way on.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3 py-12">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-700">This page could not be shown. Nothing was changed. Try again, or go back to the start.</p>
      {error.digest ? <p className="text-sm text-slate-600">Reference: <code>{error.digest}</code></p> : null}
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-700">Try again</button>
        <Link href="/" className="py-1.5 text-sm underline">Home</Link>
      </div>
    </div>
  );
}
