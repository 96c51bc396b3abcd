import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getStateByCode } from '@/db/queries/countries';
import { loadCountryView } from '@/components/country-view/data';
import { CountryView } from '@/components/country-view/country-view';
import { today } from '@/lib/domain/partial-date';

type Props = { params: Promise<{ code: string }> };

function dataUrls(code: string) {
  return {
    json: `/api/v1/countries/${code}`,
    csv: `/api/v1/countries/${code}/spells.csv`,
    atom: `/feeds/countries/${code}`,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = getStateByCode(getDb(), (await params).code);
  if (!state) return { title: 'Not found' };
  const urls = dataUrls(state.code);
  return {
    title: `${state.name}: memberships`,
    description: `${state.name}'s memberships of international organizations over time, with the source of every line.`,
    alternates: {
      types: {
        'application/json': [{ url: urls.json, title: `${state.name} (JSON)` }],
        'text/csv': [{ url: urls.csv, title: `${state.name}: spells (CSV)` }],
        'application/atom+xml': [{ url: urls.atom, title: `${state.name}: changes (Atom)` }],
      },
    },
  };
}

// No streamed loading state: it would send 200 before a 404 is known, and readers without JavaScript would never see the page.
export default async function CountryPage({ params }: Props) {
  const state = getStateByCode(getDb(), (await params).code);
  if (!state) notFound();
  return <CountryContent state={state} />;
}

function CountryContent({ state }: { state: NonNullable<ReturnType<typeof getStateByCode>> }) {
  const day = today();
  return <CountryView state={state} data={loadCountryView(getDb(), state.id, day)} day={day} urls={dataUrls(state.code)} />;
}
