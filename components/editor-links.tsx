'use client';
// Editor-only links shown beside the records they act on; readers see nothing. Drawn in the
// browser once it knows who is signed in, so the cached public pages are the same for everyone.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useViewer } from './viewer';

function Links({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {children}
    </nav>
  );
}

const linkClass = 'rounded border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-100';

export function OrganizationEditorLinks({ slug }: { slug: string }) {
  if (!useViewer()) return null;
  const org = encodeURIComponent(slug);
  return (
    <Links label="Edit this organization">
      <Link href={`/record/status-change?org=${org}`} className={linkClass}>Record a change</Link>
      <Link href={`/record/invitation?org=${org}`} className={linkClass}>Record an invitation</Link>
      <Link href={`/record/count-claim?org=${org}`} className={linkClass}>Record a count claim</Link>
      <Link href="/record/from-article" className={linkClass}>Record from an article</Link>
      <Link href={`/organizations/${org}/edit`} className={linkClass}>Edit organization</Link>
      <Link href={`/history?org=${org}`} className={linkClass}>History</Link>
    </Links>
  );
}

export function CountryEditorLinks({ code }: { code: string }) {
  if (!useViewer()) return null;
  const state = encodeURIComponent(code);
  return (
    <Links label="Edit this country">
      <Link href={`/record/status-change?state=${state}`} className={linkClass}>Record a change</Link>
      <Link href={`/record/invitation?state=${state}`} className={linkClass}>Record an invitation</Link>
      <Link href={`/countries/${state}/edit`} className={linkClass}>Edit country</Link>
      <Link href={`/history?state=${state}`} className={linkClass}>History</Link>
    </Links>
  );
}

export function SourceEditorLinks({ id }: { id: number }) {
  if (!useViewer()) return null;
  return (
    <Links label="Edit this source">
      <Link href={`/sources/${id}/edit`} className={linkClass}>Edit source</Link>
      <Link href={`/history?entity=source&id=${id}`} className={linkClass}>History</Link>
    </Links>
  );
}

export function StatusChangeEditorLinks({ id }: { id: number }) {
  if (!useViewer()) return null;
  return (
    <Links label={`Edit status change ${id}`}>
      <Link href={`/status-changes/${id}/edit`} className={linkClass}>Correct</Link>
      <Link href={`/status-changes/${id}/cite`} className={linkClass}>Add a citation</Link>
      <Link href={`/status-changes/${id}/delete`} className={linkClass}>Delete</Link>
      <Link href={`/history?entity=statusChange&id=${id}`} className={linkClass}>History</Link>
    </Links>
  );
}

export function InvitationEditorLinks({ id }: { id: number }) {
  if (!useViewer()) return null;
  return (
    <Links label={`Edit invitation ${id}`}>
      <Link href={`/invitations/${id}/resolve`} className={linkClass}>Resolve</Link>
      <Link href={`/invitations/${id}/edit`} className={linkClass}>Correct</Link>
      <Link href={`/invitations/${id}/delete`} className={linkClass}>Delete</Link>
      <Link href={`/history?entity=invitation&id=${id}`} className={linkClass}>History</Link>
    </Links>
  );
}

export function CountClaimEditorLinks({ id }: { id: number }) {
  if (!useViewer()) return null;
  return (
    <Links label={`Edit count claim ${id}`}>
      <Link href={`/count-claims/${id}/edit`} className={linkClass}>Correct</Link>
      <Link href={`/count-claims/${id}/delete`} className={linkClass}>Delete</Link>
      <Link href={`/history?entity=countClaim&id=${id}`} className={linkClass}>History</Link>
    </Links>
  );
}
