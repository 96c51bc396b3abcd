import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Source } from '@/db/schema';
import { getDb } from '@/db/client';
import { getSource, listFactsBackedBy } from '@/db/queries/sources';
import { SourceEditorLinks } from '@/components/editor-links';
import { Pagination, parsePage } from '@/components/pagination';
import { PartialDateText } from '@/components/partial-date';
import { SOURCE_KIND_LABELS } from '@/components/source-kind';
import { SourceStandingLabel } from '@/components/source-standing';
import { StatusBadge } from '@/components/status-badge';
import { partialDatesAgree } from '@/lib/domain/partial-date';
import { INVITATION_OUTCOME_LABELS, STATUS_LABELS } from '@/lib/domain/statuses';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function sourceFrom(id: string) {
  return /^\d{1,9}$/.test(id) ? getSource(getDb(), Number(id)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = sourceFrom((await params).id);
  return { title: source ? source.title : 'Not found' };
}

function Quote({ quote, locator, lang }: { quote: string | null; locator: string | null; lang: string | null }) {
  return (
    <>
      {quote ? <blockquote lang={lang ?? undefined} className="border-l-2 border-slate-300 pl-2 italic text-slate-800">“{quote}”</blockquote> : null}
      {locator ? <span className="text-xs text-slate-600">{locator}</span> : null}
    </>
  );
}

// No streamed loading state: it would send 200 before a 404 is known, and readers without JavaScript would never see the page.
export default async function SourcePage({ params, searchParams }: Props) {
  const source = sourceFrom((await params).id);
  if (!source) notFound();
  const page = parsePage((await searchParams).page);
  return <SourceContent source={source} page={page} />;
}

function SourceContent({ source, page }: { source: Source; page: number }) {
  const facts = listFactsBackedBy(getDb(), source.id, page);
  const total = facts.changeCount + facts.invitations.length + facts.countClaims.length;
  const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{SOURCE_KIND_LABELS[source.kind]}<SourceStandingLabel source={source} /></p>
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 lang={source.language ?? undefined} className="text-2xl font-semibold">{source.title}</h1>
          <SourceEditorLinks id={source.id} />
        </div>
        <dl className="grid gap-x-4 gap-y-1 text-sm text-slate-700 sm:grid-cols-[10rem_1fr]">
          {source.publisher ? <><dt className="font-medium">Publisher</dt><dd>{source.publisher}</dd></> : null}
          {source.author ? <><dt className="font-medium">Author</dt><dd>{source.author}</dd></> : null}
          {source.published ? <><dt className="font-medium">Published</dt><dd><PartialDateText date={source.published} /></dd></> : null}
          {source.retrieved ? <><dt className="font-medium">Retrieved</dt><dd><PartialDateText date={source.retrieved} /></dd></> : null}
          {source.language ? <><dt className="font-medium">Language</dt><dd>{source.language}</dd></> : null}
          {safeUrl ? <><dt className="font-medium">Address</dt><dd className="break-all"><a href={safeUrl} className="underline" rel="noopener noreferrer nofollow">{safeUrl}</a></dd></> : null}
        </dl>
        <p className="text-sm text-slate-700">Backs {total} fact{total === 1 ? '' : 's'}.</p>
        {source.archivedText ? (
          <details className="rounded border border-slate-200 p-2">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">Archived text</summary>
            <p className="mt-1 text-xs text-slate-600">The text that was read when the quotes were taken, kept so they can be checked after the page changes.</p>
            <pre lang={source.language ?? undefined} className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap text-sm text-slate-800">{source.archivedText}</pre>
          </details>
        ) : null}
      </header>

      {facts.changeCount ? (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading" className="text-lg font-semibold">Status changes ({facts.changeCount})</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {facts.changes.map((c) => (
              <li key={c.citationId} className="grid gap-1 py-2 text-sm sm:grid-cols-[18rem_1fr]">
                <div>
                  <Link href={`/countries/${c.state.code}`} className="font-medium hover:underline">{c.state.name}</Link>{' '}
                  <StatusBadge status={c.status} />{' '}
                  <span className="whitespace-nowrap">of <Link href={`/organizations/${c.organization.slug}`} className="font-medium hover:underline">{c.organization.acronym}</Link></span>
                  <div className="text-slate-600"><PartialDateText date={c.date} asOf={c.dateKind === 'asOf'} /></div>
                  {c.givenDate && c.givenDate !== c.date ? (
                    partialDatesAgree(c.givenDate, c.date)
                      ? <div className="text-xs text-slate-600">This source gives <PartialDateText date={c.givenDate} /></div>
                      : <div className="text-xs text-amber-900"><span className="rounded bg-amber-50 px-1 ring-1 ring-amber-300">This source gives <PartialDateText date={c.givenDate} /></span></div>
                  ) : null}
                </div>
                <div><Quote quote={c.quote} locator={c.locator} lang={source.language} /></div>
              </li>
            ))}
          </ul>
          <Pagination basePath={`/sources/${source.id}`} params={{}} page={facts.page} pageCount={facts.pageCount} label="Pages of status changes" />
        </section>
      ) : null}

      {facts.invitations.length ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg font-semibold">Invitations ({facts.invitations.length})</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {facts.invitations.map((i) => (
              <li key={i.citationId} className="grid gap-1 py-2 text-sm sm:grid-cols-[18rem_1fr]">
                <div>
                  <Link href={`/organizations/${i.organization.slug}`} className="font-medium hover:underline">{i.organization.acronym}</Link> invited{' '}
                  <Link href={`/countries/${i.state.code}`} className="font-medium hover:underline">{i.state.name}</Link> to become {STATUS_LABELS[i.invitedStatus].toLowerCase()}{' '}
                  <PartialDateText date={i.date} by={i.dateKind === 'by'} />
                  <div className="text-slate-600">{INVITATION_OUTCOME_LABELS[i.outcome]}</div>
                </div>
                <div><Quote quote={i.quote} locator={i.locator} lang={source.language} /></div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {facts.countClaims.length ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" className="text-lg font-semibold">Count claims ({facts.countClaims.length})</h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {facts.countClaims.map((c) => (
              <li key={c.citationId} className="grid gap-1 py-2 text-sm sm:grid-cols-[18rem_1fr]">
                <div>
                  <Link href={`/organizations/${c.organization.slug}`} className="font-medium hover:underline">{c.organization.acronym}</Link>: {c.count} {STATUS_LABELS[c.status].toLowerCase()}s on <PartialDateText date={c.date} />
                </div>
                <div><Quote quote={c.quote} locator={c.locator} lang={source.language} /></div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {total === 0 ? <p className="text-sm text-slate-700">No fact cites this source yet.</p> : null}
    </article>
  );
}
