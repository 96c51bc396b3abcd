'use client';
// The account corner of a cached public page: drawn in the browser from /api/me, so the cached page
// is the same for everyone (components/viewer.ts). Pages rendered per request draw it on the server.
import { AccountCorner } from './account-corner';
import { useViewer } from './viewer';

export function UserMenu() {
  return <AccountCorner viewer={useViewer()} />;
}
