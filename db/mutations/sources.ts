import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { findSourceByUrl } from './citations';
import { MutationError } from '../errors';
import type { SourceFormInput } from '@/lib/validation/source';
import type { Optional } from './inputs';
import { type Actor, mutate, requireVersion, takeSnapshot, writeRevision } from '../revisions';

export type SourceInput = Optional<SourceFormInput, 'publisher' | 'author' | 'published' | 'retrieved' | 'language'>;

function columns(input: SourceInput) {
  return {
    url: input.url, title: input.title, publisher: input.publisher ?? null, author: input.author ?? null, published: input.published ?? null,
    retrieved: input.retrieved ?? null, language: input.language ?? null, kind: input.kind,
  };
}

/** Adds a source; a URL already on record reuses that source instead of adding a second one. */
export function createSource(db: Db, actor: Actor, input: SourceInput): { id: number; reused: boolean } {
  return mutate(db, (tx) => {
    if (input.url) {
      const existing = findSourceByUrl(tx, input.url);
      if (existing) return { id: existing.id, reused: true };
    }
    const id = tx.insert(t.sources).values(columns(input)).returning({ id: t.sources.id }).get().id;
    writeRevision(tx, { entityType: 'source', entityId: id, action: 'create', before: null, after: takeSnapshot(tx, 'source', id), actor, summary: `Added source: ${input.title}` });
    return { id, reused: false };
  });
}

export function updateSource(db: Db, actor: Actor, id: number, input: SourceInput & { version: number; summary?: string | null }): void {
  mutate(db, (tx) => {
    const before = requireVersion(tx, 'source', id, input.version);
    if (input.url) {
      const other = tx.select({ id: t.sources.id }).from(t.sources).where(and(eq(t.sources.url, input.url), ne(t.sources.id, id))).get();
      if (other) throw new MutationError('Another source has this address.', { url: ['Another source already has this address.'] }, 'duplicate', { existingId: other.id });
    }
    tx.update(t.sources).set({ ...columns(input), version: before.version + 1, updatedAt: new Date().toISOString() }).where(eq(t.sources.id, id)).run();
    writeRevision(tx, { entityType: 'source', entityId: id, action: 'update', before, after: takeSnapshot(tx, 'source', id), actor, summary: input.summary || `Edited source: ${input.title}` });
  });
}
