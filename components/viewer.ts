'use client';
// The signed-in editor, if any, as the browser learns it from /api/me: asked once per page shown
// and shared by the account corner and every editor link on it. The public pages are cached and
// the same for everyone, so nothing about the viewer is ever in their HTML.
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

export type Viewer = { name: string; role: string } | null;

let asked: { path: string; answer: Promise<Viewer> } | null = null;
const listeners = new Set<(v: Viewer) => void>();

function ask(path: string): Promise<Viewer> {
  if (asked?.path !== path) {
    const answer = fetch('/api/me', { credentials: 'same-origin', cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ user: Viewer }>) : { user: null }))
      .then((body) => body.user)
      .catch(() => null);
    asked = { path, answer };
  }
  return asked.answer;
}

/** After signing out: everything on the page forgets the viewer at once. */
export function forgetViewer(): void {
  asked = asked && { path: asked.path, answer: Promise.resolve(null) };
  for (const listener of listeners) listener(null);
}

/** undefined while unknown, then the viewer or null; asked again on each navigation. */
export function useViewer(): Viewer | undefined {
  const path = usePathname();
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const listener = (v: Viewer) => live && setViewer(v);
    listeners.add(listener);
    void ask(path).then(listener);
    return () => {
      live = false;
      listeners.delete(listener);
    };
  }, [path]);
  return viewer;
}
