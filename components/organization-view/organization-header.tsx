import Link from 'next/link';
import type { Organization } from '@/db/schema';
import { OrganizationEditorLinks } from '../editor-links';
import { PartialDateText } from '../partial-date';
import type { OrganizationViewData } from './data';

/** Name, former names and the facts of an organization, in a few lines. */
export function OrganizationHeader({ org, relations }: { org: Organization; relations: OrganizationViewData['relations'] }) {
  const { parent, children, formerNames } = relations;
  return (
    <>
      <p className="text-sm text-slate-600">{org.acronym}{org.kind ? ` · ${org.kind}` : ''}</p>
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="text-2xl font-semibold">{org.name}</h1>
        <OrganizationEditorLinks slug={org.slug} />
      </div>
      {formerNames.length ? (
        <p className="text-sm text-slate-700">
          Formerly{' '}
          {formerNames.map((n, i) => (
            <span key={n.id}>{i > 0 ? '; ' : ''}{n.name}{n.acronym ? ` (${n.acronym})` : ''}{n.ended ? <>, until <PartialDateText date={n.ended} /></> : null}</span>
          ))}
        </p>
      ) : null}
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {org.founded ? <div><dt className="inline">Founded </dt><dd className="inline"><PartialDateText date={org.founded} /></dd></div> : null}
        {org.dissolved ? <div><dt className="inline">Dissolved </dt><dd className="inline"><PartialDateText date={org.dissolved} /></dd></div> : null}
        {org.headquarters ? <div><dt className="inline">Headquarters: </dt><dd className="inline">{org.headquarters}</dd></div> : null}
        {parent ? <div><dt className="inline">Part of </dt><dd className="inline"><Link href={`/organizations/${parent.slug}`} className="underline">{parent.acronym}</Link></dd></div> : null}
        {children.length ? (
          <div><dt className="inline">Bodies: </dt><dd className="inline">{children.map((c, i) => <span key={c.slug}>{i > 0 ? ', ' : ''}<Link href={`/organizations/${c.slug}`} className="underline">{c.acronym}</Link></span>)}</dd></div>
        ) : null}
        {org.website && /^https?:\/\//.test(org.website) ? <div><dt className="sr-only">Website</dt><dd className="inline"><a href={org.website} className="underline" rel="noopener noreferrer">Official website</a></dd></div> : null}
      </dl>
      {org.wikidataId || org.cowId ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer">Identifiers</summary>
          <dl className="mt-1 flex flex-wrap gap-x-4">
            {org.wikidataId ? <div><dt className="inline">Wikidata: </dt><dd className="inline"><a href={`https://www.wikidata.org/wiki/${org.wikidataId}`} className="underline">{org.wikidataId}</a></dd></div> : null}
            {org.cowId ? <div><dt className="inline">Correlates of War name: </dt><dd className="inline font-mono">{org.cowId}</dd></div> : null}
          </dl>
        </details>
      ) : null}
      {org.description ? <p className="max-w-prose text-sm text-slate-700">{org.description}</p> : null}
    </>
  );
}
