// Reads for the editing forms: what to pick from, and records as the forms start from them.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { listCitationsFor } from './citations';

export type Option = { value: string; label: string };

/** Rows as options: the id as the value, a label made from the row. */
function asOptions<R extends { id: number }>(rows: R[], label: (row: R) => string): Option[] {
  return rows.map((row) => ({ value: String(row.id), label: label(row) }));
}

export function listOrganizationOptions(db: Db): Option[] {
  const rows = db.select({ id: t.organizations.id, acronym: t.organizations.acronym, name: t.organizations.name }).from(t.organizations).orderBy(asc(t.organizations.acronym), asc(t.organizations.name)).all();
  return asOptions(rows, (o) => (o.acronym === o.name ? o.name : `${o.acronym}: ${o.name}`));
}

export function listStateOptions(db: Db): Option[] {
  const rows = db.select({ id: t.states.id, name: t.states.name, iso3: t.states.iso3, code: t.states.code }).from(t.states).orderBy(asc(t.states.name)).all();
  return asOptions(rows, (s) => `${s.name} (${s.iso3 ?? s.code})`);
}

export function listSourceOptions(db: Db): Option[] {
  const rows = db.select({ id: t.sources.id, title: t.sources.title, publisher: t.sources.publisher, published: t.sources.published }).from(t.sources).orderBy(asc(t.sources.title)).all();
  return asOptions(rows, (s) => `${s.title}${s.publisher ? ` (${s.publisher}${s.published ? `, ${s.published}` : ''})` : ''}`.slice(0, 160));
}

export function organizationIdBySlug(db: Db, slug: string | undefined): number | null {
  if (!slug) return null;
  return db.select({ id: t.organizations.id }).from(t.organizations).where(eq(t.organizations.slug, slug)).get()?.id ?? null;
}

export function stateIdByCode(db: Db, code: string | undefined): number | null {
  if (!code) return null;
  return db.select({ id: t.states.id }).from(t.states).where(eq(t.states.code, code.toLowerCase())).get()?.id ?? null;
}

export function organizationPath(db: Db, id: number): string {
  const org = db.select({ slug: t.organizations.slug }).from(t.organizations).where(eq(t.organizations.id, id)).get();
  return org ? `/organizations/${org.slug}` : '/organizations';
}

export function statusChangeOrganizationId(db: Db, id: number): number | null {
  return db.select({ o: t.statusChanges.organizationId }).from(t.statusChanges).where(eq(t.statusChanges.id, id)).get()?.o ?? null;
}

export function invitationOrganizationId(db: Db, id: number): number | null {
  return db.select({ o: t.invitations.organizationId }).from(t.invitations).where(eq(t.invitations.id, id)).get()?.o ?? null;
}

export function countClaimOrganizationId(db: Db, id: number): number | null {
  return db.select({ o: t.countClaims.organizationId }).from(t.countClaims).where(eq(t.countClaims.id, id)).get()?.o ?? null;
}

export function getOrganizationForEdit(db: Db, slug: string) {
  const org = db.select().from(t.organizations).where(eq(t.organizations.slug, slug)).get();
  if (!org) return null;
  const formerNames = db.select().from(t.organizationNames).where(eq(t.organizationNames.organizationId, org.id)).orderBy(t.organizationNames.id).all();
  return { ...org, formerNames };
}

export function getStateForEdit(db: Db, code: string) {
  const state = db.select().from(t.states).where(eq(t.states.code, code.toLowerCase())).get();
  if (!state) return null;
  const otherNames = db.select().from(t.stateNames).where(eq(t.stateNames.stateId, state.id)).orderBy(t.stateNames.id).all();
  return { ...state, otherNames: otherNames.map((n) => n.name) };
}

export function getSourceForEdit(db: Db, id: number) {
  return db.select().from(t.sources).where(eq(t.sources.id, id)).get() ?? null;
}

function withNames<R extends { organizationId: number; stateId?: number }>(db: Db, row: R) {
  const org = db.select({ slug: t.organizations.slug, acronym: t.organizations.acronym, name: t.organizations.name }).from(t.organizations).where(eq(t.organizations.id, row.organizationId)).get()!;
  const state = row.stateId === undefined ? null : db.select({ code: t.states.code, name: t.states.name }).from(t.states).where(eq(t.states.id, row.stateId)).get() ?? null;
  return { ...row, organization: org, state };
}

export function getStatusChangeForEdit(db: Db, id: number) {
  const row = db.select().from(t.statusChanges).where(eq(t.statusChanges.id, id)).get();
  if (!row) return null;
  return { ...withNames(db, row), citations: listCitationsFor(db, 'statusChangeId', [id]).get(id) ?? [] };
}

export function getInvitationForEdit(db: Db, id: number) {
  const row = db.select().from(t.invitations).where(eq(t.invitations.id, id)).get();
  if (!row) return null;
  return { ...withNames(db, row), citations: listCitationsFor(db, 'invitationId', [id]).get(id) ?? [] };
}

export function getCountClaimForEdit(db: Db, id: number) {
  const row = db.select().from(t.countClaims).where(eq(t.countClaims.id, id)).get();
  if (!row) return null;
  return { ...withNames(db, row), citations: listCitationsFor(db, 'countClaimId', [id]).get(id) ?? [] };
}
