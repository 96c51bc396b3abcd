import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Memberline', template: '%s · Memberline' },
  description: 'Who belongs to which international organization, in what capacity, since when, and according to which source.',
};

// `account` is the header's account corner (app/@account): from the session on pages rendered per
// request, from the browser on the cached reader pages.
export default function RootLayout({ children, account }: { children: React.ReactNode; account: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
        <header className="border-b border-slate-200 bg-slate-50">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-3">
            <Link href="/" className="font-semibold tracking-tight text-slate-900">Memberline</Link>
            <Link href="/organizations" className="text-slate-700 hover:underline">Organizations</Link>
            <Link href="/countries" className="text-slate-700 hover:underline">Countries</Link>
            <Link href="/sources" className="text-slate-700 hover:underline">Sources</Link>
            <Link href="/history" className="text-slate-700 hover:underline">History</Link>
            {account}
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
        <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-4 text-xs text-slate-600">
          Every line is dated, typed and cited. Data includes the Correlates of War IGO dataset v3.
        </footer>
      </body>
    </html>
  );
}
