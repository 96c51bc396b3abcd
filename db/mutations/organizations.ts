import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { MutationError } from '../errors';
import type { OrganizationFormInput } from '@/lib/validation/organization';
import type { Optional } from './inputs';
import { type Actor, mutate, requireVersion, takeSnapshot, type Tx, writeRevision } from '../revisions';

type Described = 'kind' | 'founded' | 'dissolved' | 'headquarters' | 'website' | 'parentId' | 'description' | 'cowId' | 'wikidataId';
export type OrganizationInput = Optional<Omit<OrganizationFormInput, 'formerNames'>, Described> & { formerNames: Optional<OrganizationFormInput['formerNames'][number], 'acronym' | 'ended'>[] };

function checkUnique(tx: Tx, input: OrganizationInput, exceptId?: number) {
  const slugTaken = tx.select({ id: t.organizations.id }).from(t.organizations)
    .where(exceptId ? and(eq(t.organizations.slug, input.slug), ne(t.organizations.id, exceptId)) : eq(t.organizations.slug, input.slug)).get();
  if (slugTaken) throw new MutationError('This slug is taken.', { slug: ['Another organization already uses this slug.'] }, 'duplicate', { existingId: slugTaken.id });
  if (input.cowId) {
    const cowTaken = tx.select({ id: t.organizations.id }).from(t.organizations)
      .where(exceptId ? and(eq(t.organizations.cowId, input.cowId), ne(t.organizations.id, exceptId)) : eq(t.organizations.cowId, input.cowId)).get();
    if (cowTaken) throw new MutationError('This COW id is taken.', { cowId: ['Another organization already has this COW id.'] }, 'duplicate', { existingId: cowTaken.id });
  }
  if (input.parentId !== undefined && input.parentId !== null) {
    if (input.parentId === exceptId) throw new MutationError('An organization cannot be its own parent.', { parentId: ['An organization cannot be its own parent.'] });
    const parent = tx.select().from(t.organizations).where(eq(t.organizations.id, input.parentId)).get();
    if (!parent) throw new MutationError('Choose a parent that exists.', { parentId: ['There is no such organization: choose one from the list.'] });
    // Walk up the parents: a cycle would make the organization its own ancestor.
    let cursor: t.Organization | undefined = parent;
    for (let depth = 0; cursor && depth < 50; depth++) {
      if (cursor.parentId === exceptId && exceptId !== undefined) throw new MutationError('That would make the organization its own ancestor.', { parentId: ['That would make the organization its own ancestor.'] });
      cursor = cursor.parentId ? tx.select().from(t.organizations).where(eq(t.organizations.id, cursor.parentId)).get() : undefined;
    }
  }
}

function columns(input: OrganizationInput) {
  return {
    slug: input.slug, acronym: input.acronym, name: input.name, kind: input.kind ?? null, founded: input.founded ?? null, dissolved: input.dissolved ?? null,
    headquarters: input.headquarters ?? null, website: input.website ?? null, parentId: input.parentId ?? null, description: input.description ?? null,
    cowId: input.cowId ?? null, wikidataId: input.wikidataId ?? null,
  };
}

function writeFormerNames(tx: Tx, id: number, names: OrganizationInput['formerNames']) {
  tx.delete(t.organizationNames).where(eq(t.organizationNames.organizationId, id)).run();
  for (const n of names) tx.insert(t.organizationNames).values({ organizationId: id, name: n.name, acronym: n.acronym ?? null, ended: n.ended ?? null }).run();
}

export function createOrganization(db: Db, actor: Actor, input: OrganizationInput): number {
  return mutate(db, (tx) => {
    checkUnique(tx, input);
    const id = tx.insert(t.organizations).values(columns(input)).returning({ id: t.organizations.id }).get().id;
    writeFormerNames(tx, id, input.formerNames);
    writeRevision(tx, { entityType: 'organization', entityId: id, action: 'create', before: null, after: takeSnapshot(tx, 'organization', id), organizationId: id, actor, summary: `Added ${input.acronym}: ${input.name}` });
    return id;
  });
}

export function updateOrganization(db: Db, actor: Actor, id: number, input: OrganizationInput & { version: number; summary?: string | null }): void {
  mutate(db, (tx) => {
    const before = requireVersion(tx, 'organization', id, input.version);
    checkUnique(tx, input, id);
    tx.update(t.organizations).set({ ...columns(input), version: before.version + 1, updatedAt: new Date().toISOString() }).where(eq(t.organizations.id, id)).run();
    writeFormerNames(tx, id, input.formerNames);
    writeRevision(tx, { entityType: 'organization', entityId: id, action: 'update', before, after: takeSnapshot(tx, 'organization', id), organizationId: id, actor, summary: input.summary || `Edited ${input.acronym}` });
  });
}
