import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import HomePage, { metadata as homeMetadata } from '@/app/page';
import OrganizationsPage, { metadata as organizationsMetadata } from '@/app/organizations/page';
import OrganizationPage, { generateMetadata as organizationMetadata } from '@/app/organizations/[slug]/page';
import OrganizationOnDatePage, { generateMetadata as organizationOnDateMetadata } from '@/app/organizations/[slug]/on/[date]/page';
import CountriesPage, { metadata as countriesMetadata } from '@/app/countries/page';
import CountryPage, { generateMetadata as countryMetadata } from '@/app/countries/[code]/page';
import SourcesPage, { metadata as sourcesMetadata } from '@/app/sources/page';
import SourcePage, { generateMetadata as sourceMetadata } from '@/app/sources/[id]/page';
import { HistoryView, historyMetadata } from '@/app/history/history-view';

// The default view of every reader page, served from Next's cache. next.config.js rewrites the
// public paths here when no query parameter changes the view (lib/http/reader-routes.js). Rendered
// on first request from the database the server has open, never at build; kept until a save
// expires it (lib/cache/expire.ts) or the hour is up ("today" moves on at midnight).
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ path: string[] }> };
type View = { metadata: () => Promise<Metadata> | Metadata; page: () => React.ReactNode };

const none = Promise.resolve({});
const of = <T,>(value: T) => Promise.resolve(value);

function viewOf(path: string[]): View | null {
  const [section, key, on, date, ...rest] = path.map(decodeURIComponent);
  if (rest.length) return null;
  if (section === 'home' && !key) return { metadata: () => homeMetadata, page: () => <HomePage searchParams={none} /> };
  if (section === 'history' && !key) return { metadata: () => historyMetadata, page: () => <HistoryView query={{}} signedIn={false} /> };
  if (!key) {
    if (section === 'organizations') return { metadata: () => organizationsMetadata, page: () => <OrganizationsPage searchParams={none} /> };
    if (section === 'countries') return { metadata: () => countriesMetadata, page: () => <CountriesPage searchParams={none} /> };
    if (section === 'sources') return { metadata: () => sourcesMetadata, page: () => <SourcesPage searchParams={none} /> };
    return null;
  }
  if (section === 'organizations' && on === undefined) {
    const props = { params: of({ slug: key }), searchParams: none };
    return { metadata: () => organizationMetadata(props), page: () => <OrganizationPage {...props} /> };
  }
  if (section === 'organizations' && on === 'on' && date) {
    const props = { params: of({ slug: key, date }), searchParams: none };
    return { metadata: () => organizationOnDateMetadata(props), page: () => <OrganizationOnDatePage {...props} /> };
  }
  if (on !== undefined) return null;
  if (section === 'countries') {
    const props = { params: of({ code: key }) };
    return { metadata: () => countryMetadata(props), page: () => <CountryPage {...props} /> };
  }
  if (section === 'sources') {
    const props = { params: of({ id: key }), searchParams: none };
    return { metadata: () => sourceMetadata(props), page: () => <SourcePage {...props} /> };
  }
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = viewOf((await params).path);
  return view ? view.metadata() : { title: 'Not found' };
}

export default async function CachedReaderPage({ params }: Props) {
  const view = viewOf((await params).path);
  if (!view) notFound();
  return view.page();
}
