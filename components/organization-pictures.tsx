import { getDb } from '@/db/client';
import { getOrganizationPictures } from '@/db/queries/chart';
import { formatPartialDate, today as todayOf, yearOf } from '@/lib/domain/partial-date';
import { MapDateControl } from './map-date-control';
import { MemberChart } from './member-chart';
import { WorldMap } from './world-map';

// The map and the member-count chart of an organization page.
type Query = Record<string, string | string[] | undefined>;

/** `query`: the page's search parameters, kept by the year form when it sets asOf. */
export async function OrganizationPictures({ organizationId, slug, day, query = {}, coverage = null }: { organizationId: number; slug: string; day: string; query?: Query; coverage?: string | null }) {
  const today = todayOf();
  const data = getOrganizationPictures(getDb(), organizationId, day, today);
  if (!data) return null;
  const { org, holdings, series, claims, dissolvedBy } = data;
  const minYear = yearOf(series[0]?.day ?? today);
  const maxYear = org.dissolved ? Math.min(yearOf(org.dissolved), yearOf(today)) : yearOf(today);
  const year = Math.min(Math.max(yearOf(day), minYear), maxYear);
  const caption = dissolvedBy
    ? `${org.acronym} had been dissolved by ${formatPartialDate(day)}: no state holds a status.`
    : `${org.acronym} on ${formatPartialDate(day)}: ${holdings.length} states with a status, coloured by status.${coverage ? ` ${coverage}; the map shows only what the record holds.` : ''}`;

  return (
    <>
      <section id="map" aria-labelledby="map-heading" className="space-y-3">
        <h3 id="map-heading" className="font-medium">Map</h3>
        {minYear < maxYear ? (
          <MapDateControl slug={slug} minYear={minYear} maxYear={maxYear} year={year} today={today} kept={keptParams(query)} />
        ) : null}
        <WorldMap holdings={holdings.map((h) => ({ code: h.code, name: h.name, iso3: null, status: h.status }))} caption={caption} />
      </section>
      {series.length > 1 ? (
        <section aria-labelledby="chart-heading" className="space-y-3">
          <h3 id="chart-heading" className="font-medium">Member count over time</h3>
          <MemberChart points={series} claims={claims} name={org.acronym} day={day} />
        </section>
      ) : null}
    </>
  );
}

function keptParams(query: Query): [string, string][] {
  return Object.entries(query)
    .filter(([key]) => key !== 'asOf' && key !== 'year')
    .flatMap(([key, value]) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v): [string, string] => [key, v]));
}
