import type { Metadata } from 'next';
import OrganizationPage, { generateMetadata as organizationMetadata } from '../../page';

// An organization on another date, rendered per request: what a signed-in editor gets (their pages
// are never cached, lib/http/reader-routes.js). Readers get the same view from the cache. The day in
// the path wins over any ?asOf= in the query.
type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ slug: string; date: string }>; searchParams: Promise<SearchParams> };

async function onTheDay({ params, searchParams }: Props) {
  const { slug, date } = await params;
  return { params: Promise.resolve({ slug }), searchParams: Promise.resolve({ ...(await searchParams), asOf: date }) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return organizationMetadata(await onTheDay(props));
}

export default async function OrganizationOnDatePage(props: Props) {
  return <OrganizationPage {...await onTheDay(props)} />;
}
