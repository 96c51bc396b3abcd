import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getOrganizationBySlug, listCountClaims, listMembersAsOf, listPendingInvitations } from '@/db/queries/organizations';
import { CitationList } from '@/components/citation-list';
import { PartialDateText } from '@/components/partial-date';
import { StatusBadge } from '@/components/status-badge';
import { formatPartialDate, parseAsOf, today } from '@/lib/domain/partial-date';
import { HELD_STATUSES, STATUS_LABELS } from '@/lib/domain/statuses';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const org = getOrganizationBySlug(getDb(), (await params).slug);
  return { title: org ? `${org.acronym}: ${org.name}` : 'Not found' };
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const db = getDb();
  const org = getOrganizationBySlug(db, slug);
  if (!org) notFound();
  const asOf = parseAsOf((await searchParams).asOf);
  const day = (asOf.ok && asOf.day) || today();
  const view = listMembersAsOf(db, org.id, day)!;
  const invitations = listPendingInvitations(db, org.id);
  const claims = listCountClaims(db, org.id);

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-slate-600">{org.acronym}</p>
        <h1 className="text-2xl font-semibold">{org.name}</h1>
        {org.founded ? <p className="text-sm text-slate-700">Founded <PartialDateText date={org.founded} />{org.dissolved ? <>; dissolved <PartialDateText date={org.dissolved} /></> : null}</p> : null}
        <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block text-slate-700">Show members on</span>
            <input type="date" name="asOf" defaultValue={day} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <button className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">Show</button>
        </form>
        {!asOf.ok ? <p role="alert" className="mt-2 text-sm text-red-800">{asOf.error} Showing today instead.</p> : null}
      </header>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">States on {formatPartialDate(day)}</h2>
        <p className="text-sm text-slate-700">
          {view.counts.member} members{view.counts.suspended ? ` (${view.counts.suspended} suspended)` : ''}, {view.counts.associate} associates, {view.counts.observer} observers, {view.counts.partner} partners, {view.counts.applicant} applicants
        </p>
        {view.dissolved ? <p className="mt-2 text-sm">The organization was dissolved on {formatPartialDate(org.dissolved!)}; it had {view.atDissolution.length} states then.</p> : null}
        {HELD_STATUSES.map((status) => {
          const lines = view.byStatus.get(status);
          if (!lines?.length) return null;
          return (
            <section key={status} aria-labelledby={`status-${status}`} className="mt-4">
              <h3 id={`status-${status}`} className="font-medium">{STATUS_LABELS[status]} ({lines.length})</h3>
              <ul className="mt-2 divide-y divide-slate-100">
                {lines.map((line) => (
                  <li key={line.stateId} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
                    <div>
                      <Link href={`/countries/${line.since.state.code}`} className="font-medium hover:underline">{line.since.state.name}</Link>{' '}
                      <StatusBadge status={line.status} />
                      <div className="text-sm text-slate-600">since <PartialDateText date={line.since.date} asOf={line.since.dateKind === 'asOf'} /></div>
                    </div>
                    <CitationList citations={line.citations} acceptedDate={line.since.date} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </section>

      {invitations.length ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-semibold">Pending invitations</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {invitations.map((i) => (
              <li key={i.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
                <div>
                  <Link href={`/countries/${i.state.code}`} className="font-medium hover:underline">{i.state.name}</Link>
                  <div className="text-sm text-slate-600">invited to become {STATUS_LABELS[i.invitedStatus].toLowerCase()} <PartialDateText date={i.date} by={i.dateKind === 'by'} /></div>
                </div>
                <CitationList citations={i.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claims.length ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" className="text-lg font-semibold">Count claims</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {claims.map((c) => (
              <li key={c.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
                <div className="text-sm">
                  Source says <strong>{c.count} {STATUS_LABELS[c.status].toLowerCase()}s</strong> on <PartialDateText date={c.date} />; the record holds <strong>{c.recorded}</strong>
                  {c.agrees ? ' — agrees.' : c.missing ? ` — ${c.missing} not yet recorded.` : ` — ${c.extra} more than the source.`}
                </div>
                <CitationList citations={c.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
