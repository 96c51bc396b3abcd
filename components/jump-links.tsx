import type { ReactNode } from 'react';

/** "On this page": the sections with their counts, so a long page is a few taps deep. */
export function JumpLinks({ links }: { links: { href: string; label: ReactNode }[] }) {
  return (
    <nav aria-label="On this page" className="text-sm">
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {links.map((l) => <li key={l.href}><a href={l.href} className="underline decoration-slate-400">{l.label}</a></li>)}
      </ul>
    </nav>
  );
}
