// The open-data answers as plain functions of a database and a URL, so tests can call them directly.
import type { Db } from '@/db/client';
import { getCountryOn, getOrganizationOn, listOrganizationsWithCounts, listRevisionsSince, listStatusChangeCitationRows } from '@/db/queries/api';
import { getStateByCode } from '@/db/queries/countries';
import { getOrganizationBySlug } from '@/db/queries/organizations';
import { precisionOf, today } from '@/lib/domain/partial-date';
import type { ApiCitation, ApiDate } from '@/db/queries/api-format';
import { ApiError, answer, csvResponse, jsonOk } from './http';
import { encodeCursor, readAsOf, readCursor, readLimit, readSince } from './params';

export function organizationsAnswer(db: Db, url: URL): Response {
  return answer(() => {
    const day = readAsOf(url.searchParams);
    return jsonOk({ asOf: day, organizations: listOrganizationsWithCounts(db, day) });
  });
}

function organizationOrThrow(db: Db, slug: string, day: string) {
  const org = getOrganizationOn(db, slug, day);
  if (!org) throw new ApiError(404, `No organization has the slug "${slug.slice(0, 80)}".`);
  return org;
}

export function organizationAnswer(db: Db, slug: string, url: URL): Response {
  return answer(() => jsonOk(organizationOrThrow(db, slug, readAsOf(url.searchParams))));
}

const text = (d: ApiDate | null) => d?.date ?? '';
const precision = (d: ApiDate | null) => d?.precision ?? '';
const sourcesOf = (cs: ApiCitation[]) => cs.map((c) => c.source.title).join('\n');
const urlsOf = (cs: ApiCitation[]) => cs.map((c) => c.source.url ?? '').join('\n');
const quotesOf = (cs: ApiCitation[]) => cs.map((c) => c.quote ?? c.locator ?? '').join('\n');

export const MEMBER_COLUMNS = ['organization', 'as_of', 'state_code', 'iso3', 'state_name', 'status', 'since', 'since_precision', 'since_kind', 'sources', 'source_urls', 'quotes'] as const;

export function membersCsvAnswer(db: Db, slug: string, url: URL): Response {
  return answer(() => {
    const org = organizationOrThrow(db, slug, readAsOf(url.searchParams));
    const rows = org.members.map((m) => [org.slug, org.asOf, m.state.code, m.state.iso3 ?? '', m.state.name, m.status, text(m.since), precision(m.since), m.sinceKind, sourcesOf(m.citations), urlsOf(m.citations), quotesOf(m.citations)]);
    return csvResponse(`${org.slug}-members-${org.asOf}.csv`, MEMBER_COLUMNS, rows);
  });
}

function countryOrThrow(db: Db, code: string, day: string) {
  const country = getCountryOn(db, code, day);
  if (!country) throw new ApiError(404, `No state or entity has the code "${code.slice(0, 80)}".`);
  return country;
}

export function countryAnswer(db: Db, code: string, url: URL): Response {
  return answer(() => jsonOk(countryOrThrow(db, code, readAsOf(url.searchParams))));
}

export const SPELL_COLUMNS = ['state_code', 'iso3', 'state_name', 'organization', 'organization_acronym', 'organization_name', 'status', 'from', 'from_precision', 'to', 'to_precision', 'ended_by', 'sources', 'source_urls', 'quotes'] as const;

export function spellsCsvAnswer(db: Db, code: string): Response {
  return answer(() => {
    const c = countryOrThrow(db, code, today());
    const rows = c.timeline.flatMap((lane) =>
      lane.spells.map((s) => [c.code, c.iso3 ?? '', c.name, lane.organization.slug, lane.organization.acronym, lane.organization.name, s.status, text(s.from), precision(s.from), text(s.to), precision(s.to), s.endedBy ?? '', sourcesOf(s.citations), urlsOf(s.citations), quotesOf(s.citations)]),
    );
    return csvResponse(`${c.code}-spells.csv`, SPELL_COLUMNS, rows);
  });
}

export const STATUS_CHANGE_COLUMNS = ['change_id', 'organization', 'organization_name', 'state_code', 'iso3', 'state_name', 'status', 'date', 'date_precision', 'date_kind', 'note', 'source_id', 'source_title', 'source_publisher', 'source_url', 'quote', 'locator', 'source_gives_date'] as const;

export function statusChangesCsvAnswer(db: Db, url: URL): Response {
  return answer(() => {
    const orgSlug = url.searchParams.get('organization');
    const stateCode = url.searchParams.get('country');
    const filter: { organizationId?: number; stateId?: number } = {};
    if (orgSlug) {
      const org = getOrganizationBySlug(db, orgSlug);
      if (!org) throw new ApiError(404, `No organization has the slug "${orgSlug.slice(0, 80)}".`);
      filter.organizationId = org.id;
    }
    if (stateCode) {
      const state = getStateByCode(db, stateCode);
      if (!state) throw new ApiError(404, `No state or entity has the code "${stateCode.slice(0, 80)}".`);
      filter.stateId = state.id;
    }
    const rows = listStatusChangeCitationRows(db, filter)
      .map((r) => [r.id, r.organization, r.organizationName, r.stateCode, r.iso3 ?? '', r.stateName, r.status, r.date, precisionOf(r.date), r.dateKind, r.note ?? '', r.sourceId ?? '', r.sourceTitle ?? '', r.sourcePublisher ?? '', r.sourceUrl ?? '', r.quote ?? '', r.locator ?? '', r.givenDate ?? '']);
    return csvResponse('status-changes.csv', STATUS_CHANGE_COLUMNS, rows);
  });
}

export function changesAnswer(db: Db, url: URL): Response {
  return answer(() => {
    const since = readSince(url.searchParams);
    const afterId = readCursor(url.searchParams);
    const limit = readLimit(url.searchParams);
    const { revisions, hasMore } = listRevisionsSince(db, since, afterId, limit);
    const last = revisions.at(-1);
    const nextCursor = hasMore && last ? encodeCursor(last.id) : null;
    let next: string | null = null;
    if (nextCursor) {
      const nextUrl = new URL(url.pathname, url.origin);
      nextUrl.searchParams.set('since', url.searchParams.get('since')!);
      nextUrl.searchParams.set('cursor', nextCursor);
      if (url.searchParams.has('limit')) nextUrl.searchParams.set('limit', String(limit));
      next = nextUrl.toString();
    }
    return jsonOk({ since, revisions, nextCursor, next });
  });
}
