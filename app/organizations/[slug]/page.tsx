import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Organization } from '@/db/schema';
import { getDb } from '@/db/client';
import { getOrganizationBySlug } from '@/db/queries/organizations';
import { loadOrganizationView } from '@/components/organization-view/data';
import { OrganizationView } from '@/components/organization-view/organization-view';
import { parseAsOf, today } from '@/lib/domain/partial-date';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

function dataUrls(slug: string, day: string) {
  return {
    json: `/api/v1/organizations/${slug}?asOf=${day}`,
    csv: `/api/v1/organizations/${slug}/members.csv?asOf=${day}`,
    atom: `/feeds/organizations/${slug}`,
  };
}

function dayFrom(searchParams: SearchParams) {
  const asOf = parseAsOf(searchParams.asOf);
  return { asOf, day: (asOf.ok && asOf.day) || today() };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const org = getOrganizationBySlug(getDb(), (await params).slug);
  if (!org) return { title: 'Not found' };
  const { day } = dayFrom(await searchParams);
  const urls = dataUrls(org.slug, day);
  return {
    title: `${org.acronym}: ${org.name}`,
    description: `Members, observers and other states of the ${org.name} on any date, with the source of every line.`,
    alternates: {
      types: {
        'application/json': [{ url: urls.json, title: `${org.acronym} on ${day} (JSON)` }],
        'text/csv': [{ url: urls.csv, title: `${org.acronym} members on ${day} (CSV)` }],
        'application/atom+xml': [{ url: urls.atom, title: `${org.acronym}: changes (Atom)` }],
      },
    },
  };
}

// No streamed loading state: it would send 200 before a 404 is known, and readers without JavaScript would never see the page.
export default async function OrganizationPage({ params, searchParams }: Props) {
  const org = getOrganizationBySlug(getDb(), (await params).slug);
  if (!org) notFound();
  const query = await searchParams;
  return <OrganizationContent org={org} searchParams={query} />;
}

function OrganizationContent({ org, searchParams }: { org: Organization; searchParams: SearchParams }) {
  const { asOf, day } = dayFrom(searchParams);
  const data = loadOrganizationView(getDb(), org, day);
  return <OrganizationView org={org} data={data} day={day} now={today()} asOfError={asOf.ok ? null : asOf.error} query={searchParams} urls={dataUrls(org.slug, day)} />;
}
