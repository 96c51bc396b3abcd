import { relations, sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  DATE_KINDS,
  HELD_STATUSES,
  INVITATION_DATE_KINDS,
  INVITATION_OUTCOMES,
  REVISION_ACTIONS,
  REVISION_ENTITY_TYPES,
  SOURCE_KINDS,
  SOURCE_STANDINGS,
  STATE_KINDS,
  STATUSES,
} from '../lib/domain/statuses';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const organizations = sqliteTable(
  'organization',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    acronym: text('acronym').notNull(),
    name: text('name').notNull(),
    kind: text('kind'),
    founded: text('founded'),
    dissolved: text('dissolved'),
    headquarters: text('headquarters'),
    website: text('website'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => organizations.id, { onDelete: 'set null' }),
    description: text('description'),
    cowId: text('cow_id'),
    cowNumber: integer('cow_number'),
    wikidataId: text('wikidata_id'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('organization_slug_idx').on(t.slug),
    uniqueIndex('organization_cow_id_idx').on(t.cowId),
    index('organization_parent_idx').on(t.parentId),
    index('organization_acronym_idx').on(t.acronym),
  ],
);

export const organizationNames = sqliteTable(
  'organization_name',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    acronym: text('acronym'),
    /** The date this name stopped being used (ISESCO → ICESCO on 2020-01-30). */
    ended: text('ended'),
  },
  (t) => [index('organization_name_org_idx').on(t.organizationId)],
);

export const states = sqliteTable(
  'state',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Used in URLs: lowercase ISO alpha-3 where one exists, else a stable slug. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    iso2: text('iso2'),
    iso3: text('iso3'),
    cowCode: integer('cow_code'),
    cowKey: text('cow_key'),
    kind: text('kind', { enum: STATE_KINDS }).notNull(),
    started: text('started'),
    ended: text('ended'),
    successorId: integer('successor_id').references((): AnySQLiteColumn => states.id, { onDelete: 'set null' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('state_code_idx').on(t.code),
    index('state_iso3_idx').on(t.iso3),
    index('state_cow_code_idx').on(t.cowCode),
    index('state_cow_key_idx').on(t.cowKey),
  ],
);

export const stateNames = sqliteTable(
  'state_name',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stateId: integer('state_id').notNull().references(() => states.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [index('state_name_state_idx').on(t.stateId), uniqueIndex('state_name_unique_idx').on(t.stateId, t.name)],
);

export const sources = sqliteTable(
  'source',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url'),
    title: text('title').notNull(),
    publisher: text('publisher'),
    author: text('author'),
    published: text('published'),
    retrieved: text('retrieved'),
    language: text('language'),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull().default('article'),
    /** Who is speaking (SOURCE_STANDINGS); null until assessed. */
    standing: text('standing', { enum: SOURCE_STANDINGS }),
    /** The text that was read, kept so a quote can be checked after the page changes. */
    archivedText: text('archived_text'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('source_url_idx').on(t.url), index('source_standing_idx').on(t.standing)],
);

export const statusChanges = sqliteTable(
  'status_change',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    stateId: integer('state_id').notNull().references(() => states.id, { onDelete: 'cascade' }),
    status: text('status', { enum: STATUSES }).notNull(),
    /** Partial date: YYYY, YYYY-MM or YYYY-MM-DD; the precision is its length. */
    date: text('date').notNull(),
    dateKind: text('date_kind', { enum: DATE_KINDS }).notNull().default('start'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    index('status_change_org_state_date_idx').on(t.organizationId, t.stateId, t.date),
    index('status_change_state_idx').on(t.stateId, t.organizationId),
    uniqueIndex('status_change_unique_idx').on(t.organizationId, t.stateId, t.status, t.date),
  ],
);

export const invitations = sqliteTable(
  'invitation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    stateId: integer('state_id').notNull().references(() => states.id, { onDelete: 'cascade' }),
    invitedStatus: text('invited_status', { enum: STATUSES }).notNull(),
    date: text('date').notNull(),
    /** "on": extended on that date; "by": known only to have been extended by then. */
    dateKind: text('date_kind', { enum: INVITATION_DATE_KINDS }).notNull().default('on'),
    outcome: text('outcome', { enum: INVITATION_OUTCOMES }).notNull().default('pending'),
    outcomeDate: text('outcome_date'),
    resultingChangeId: integer('resulting_change_id').references(() => statusChanges.id, { onDelete: 'set null' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    index('invitation_org_state_idx').on(t.organizationId, t.stateId),
    index('invitation_state_idx').on(t.stateId),
    index('invitation_outcome_idx').on(t.outcome),
  ],
);

export const countClaims = sqliteTable(
  'count_claim',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    status: text('status', { enum: HELD_STATUSES }).notNull(),
    count: integer('count').notNull(),
    date: text('date').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('count_claim_org_date_idx').on(t.organizationId, t.date)],
);

export const citations = sqliteTable(
  'citation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id').notNull().references(() => sources.id, { onDelete: 'restrict' }),
    statusChangeId: integer('status_change_id').references(() => statusChanges.id, { onDelete: 'cascade' }),
    invitationId: integer('invitation_id').references(() => invitations.id, { onDelete: 'cascade' }),
    countClaimId: integer('count_claim_id').references(() => countClaims.id, { onDelete: 'cascade' }),
    /** Verbatim words from the source. Dataset citations may give a locator instead. */
    quote: text('quote'),
    /** Where in the source: a dataset row, a page number. */
    locator: text('locator'),
    /** The date this source gives, where it differs from the accepted one. */
    givenDate: text('given_date'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('citation_source_idx').on(t.sourceId),
    index('citation_status_change_idx').on(t.statusChangeId),
    index('citation_invitation_idx').on(t.invitationId),
    index('citation_count_claim_idx').on(t.countClaimId),
    check(
      'citation_one_fact',
      sql`(${t.statusChangeId} is not null) + (${t.invitationId} is not null) + (${t.countClaimId} is not null) = 1`,
    ),
  ],
);

export const revisions = sqliteTable(
  'revision',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type', { enum: REVISION_ENTITY_TYPES }).notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action', { enum: REVISION_ACTIONS }).notNull(),
    /** JSON snapshot of the record (with its citations) before and after; null for create/delete. */
    before: text('before'),
    after: text('after'),
    organizationId: integer('organization_id'),
    stateId: integer('state_id'),
    authorId: text('author_id'),
    authorName: text('author_name').notNull(),
    summary: text('summary').notNull(),
    revertsId: integer('reverts_id'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('revision_entity_idx').on(t.entityType, t.entityId),
    index('revision_created_idx').on(t.createdAt),
    index('revision_org_idx').on(t.organizationId),
    index('revision_state_idx').on(t.stateId),
    index('revision_author_idx').on(t.authorId),
  ],
);

export const organizationsRelations = relations(organizations, ({ one, many }) => ({
  parent: one(organizations, { fields: [organizations.parentId], references: [organizations.id], relationName: 'parent' }),
  children: many(organizations, { relationName: 'parent' }),
  formerNames: many(organizationNames),
  statusChanges: many(statusChanges),
  invitations: many(invitations),
  countClaims: many(countClaims),
}));

export const organizationNamesRelations = relations(organizationNames, ({ one }) => ({
  organization: one(organizations, { fields: [organizationNames.organizationId], references: [organizations.id] }),
}));

export const statesRelations = relations(states, ({ one, many }) => ({
  otherNames: many(stateNames),
  successor: one(states, { fields: [states.successorId], references: [states.id] }),
  statusChanges: many(statusChanges),
  invitations: many(invitations),
}));

export const stateNamesRelations = relations(stateNames, ({ one }) => ({
  state: one(states, { fields: [stateNames.stateId], references: [states.id] }),
}));

export const statusChangesRelations = relations(statusChanges, ({ one, many }) => ({
  organization: one(organizations, { fields: [statusChanges.organizationId], references: [organizations.id] }),
  state: one(states, { fields: [statusChanges.stateId], references: [states.id] }),
  citations: many(citations),
}));

export const invitationsRelations = relations(invitations, ({ one, many }) => ({
  organization: one(organizations, { fields: [invitations.organizationId], references: [organizations.id] }),
  state: one(states, { fields: [invitations.stateId], references: [states.id] }),
  resultingChange: one(statusChanges, { fields: [invitations.resultingChangeId], references: [statusChanges.id] }),
  citations: many(citations),
}));

export const countClaimsRelations = relations(countClaims, ({ one, many }) => ({
  organization: one(organizations, { fields: [countClaims.organizationId], references: [organizations.id] }),
  citations: many(citations),
}));

export const citationsRelations = relations(citations, ({ one }) => ({
  source: one(sources, { fields: [citations.sourceId], references: [sources.id] }),
  statusChange: one(statusChanges, { fields: [citations.statusChangeId], references: [statusChanges.id] }),
  invitation: one(invitations, { fields: [citations.invitationId], references: [invitations.id] }),
  countClaim: one(countClaims, { fields: [citations.countClaimId], references: [countClaims.id] }),
}));

export const sourcesRelations = relations(sources, ({ many }) => ({ citations: many(citations) }));

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type OrganizationName = typeof organizationNames.$inferSelect;
export type State = typeof states.$inferSelect;
export type NewState = typeof states.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type StatusChange = typeof statusChanges.$inferSelect;
export type NewStatusChange = typeof statusChanges.$inferInsert;
export type Invitation = typeof invitations.$inferSelect;
export type CountClaim = typeof countClaims.$inferSelect;
export type Citation = typeof citations.$inferSelect;
export type NewCitation = typeof citations.$inferInsert;
export type Revision = typeof revisions.$inferSelect;
