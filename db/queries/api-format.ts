// How the API writes dates, states and citations: dates keep their precision. The HTTP layer
// (lib/open-data) only serializes what these shapes hold.
import type { CitationView } from './citations';
import { parsePartialDate, type PartialDate, type Precision } from '@/lib/domain/partial-date';
import { standingOf, type SourceStanding } from '@/lib/domain/statuses';

export type ApiDate = { date: string; precision: Precision };

export function apiDate(date: PartialDate): ApiDate;
export function apiDate(date: PartialDate | null | undefined): ApiDate | null;
export function apiDate(date: PartialDate | null | undefined): ApiDate | null {
  if (!date) return null;
  const parsed = parsePartialDate(date);
  return parsed.ok ? { date: parsed.date, precision: parsed.precision } : null;
}

export type ApiCitation = {
  source: { id: number; title: string; url: string | null; publisher: string | null; published: ApiDate | null; kind: string; standing: SourceStanding | null };
  quote: string | null;
  locator: string | null;
  givenDate: ApiDate | null;
};

export function apiCitation(c: CitationView): ApiCitation {
  return {
    source: { id: c.source.id, title: c.source.title, url: c.source.url, publisher: c.source.publisher, published: apiDate(c.source.published), kind: c.source.kind, standing: standingOf(c.source) },
    quote: c.quote,
    locator: c.locator,
    givenDate: apiDate(c.givenDate),
  };
}

export type ApiState = { code: string; iso3: string | null; name: string };

export function apiState(s: { code: string; iso3: string | null; name: string }): ApiState {
  return { code: s.code, iso3: s.iso3, name: s.name };
}

/** Citations of several facts, each source quote once. */
export function mergeCitations(lists: (CitationView[] | undefined)[]): CitationView[] {
  return [...new Map(lists.flatMap((l) => l ?? []).map((c) => [c.id, c])).values()];
}
