// Citations written with a fact: each picks a source on record or adds one inline.
import { eq } from 'drizzle-orm';
import * as t from '../schema';
import { MutationError } from '../errors';
import type { Tx } from '../revisions';

export type NewSourceInput = {
  url: string | null;
  title: string | null;
  publisher?: string | null;
  author?: string | null;
  published?: string | null;
  language?: string | null;
  kind?: t.Source['kind'];
};

export type CitationInput = {
  sourceId?: number | null;
  newSource?: NewSourceInput | null;
  quote: string;
  givenDate?: string | null;
  locator?: string | null;
};

export type FactRef = { statusChangeId: number } | { invitationId: number } | { countClaimId: number };

/** A source on record with this URL, if any. */
export function findSourceByUrl(tx: Tx, url: string) {
  return tx.select().from(t.sources).where(eq(t.sources.url, url)).get() ?? null;
}

/** The source a citation points to: the one picked, the one whose URL is on record, or a new one. */
export function resolveSource(tx: Tx, c: CitationInput, field: string): number {
  if (c.sourceId !== undefined && c.sourceId !== null) {
    const found = tx.select({ id: t.sources.id }).from(t.sources).where(eq(t.sources.id, c.sourceId)).get();
    if (!found) throw new MutationError('Choose a source that exists.', { [`${field}.sourceId`]: ['There is no such source: choose one from the list.'] });
    return found.id;
  }
  const s = c.newSource;
  if (!s || (!s.url && !s.title)) {
    throw new MutationError('Each citation needs a source.', { [`${field}.sourceId`]: ['Pick a source, or add a new one with its address and title.'] });
  }
  if (s.url) {
    const existing = findSourceByUrl(tx, s.url);
    if (existing) return existing.id;
  }
  if (!s.title) throw new MutationError('A new source needs a title.', { [`${field}.title`]: ['This address is not on record yet: give the title of the source.'] });
  return tx
    .insert(t.sources)
    .values({ url: s.url, title: s.title, publisher: s.publisher ?? null, author: s.author ?? null, published: s.published ?? null, language: s.language ?? null, kind: s.kind ?? 'article' })
    .returning({ id: t.sources.id })
    .get().id;
}

export function insertCitations(tx: Tx, fact: FactRef, inputs: CitationInput[], field = 'citations'): void {
  inputs.forEach((c, i) => {
    if (!c.quote || !c.quote.trim()) throw new MutationError('Each citation needs its quote.', { [`${field}.${i}.quote`]: ['The quote is required: copy the words from the source.'] });
    const sourceId = resolveSource(tx, c, `${field}.${i}`);
    tx.insert(t.citations).values({ sourceId, ...fact, quote: c.quote, givenDate: c.givenDate ?? null, locator: c.locator ?? null }).run();
  });
}
