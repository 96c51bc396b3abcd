'use client';
// The signed-in editor, if any, as the browser learns it from /api/me: asked once per page load
// and shared by the account corner and every editor link on the page.
import { useEffect, useState } from 'react';

export type Viewer = { name: string; role: string } | null;

let asked: Promise<Viewer> | null = null;

function askOnce(): Promise<Viewer> {
  asked ??= fetch('/api/me', { credentials: 'same-origin', cache: 'no-store' })
    .then((r) => (r.ok ? (r.json() as Promise<{ user: Viewer }>) : { user: null }))
    .then((body) => body.user)
    .catch(() => null);
  return asked;
}

/** undefined while unknown, then the viewer or null. */
export function useViewer(): Viewer | undefined {
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void askOnce().then((v) => live && setViewer(v));
    return () => {
      live = false;
    };
  }, []);
  return viewer;
}
