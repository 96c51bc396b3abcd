// The shapes of the open-data answers, as programs can rely on them (checked by the tests).
import { z } from 'zod';
import { DATE_KINDS, HELD_STATUSES, INVITATION_DATE_KINDS, INVITATION_OUTCOMES, REVISION_ACTIONS, SOURCE_STANDINGS, STATUSES } from '@/lib/domain/statuses';

export const apiDateSchema = z.strictObject({ date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), precision: z.enum(['year', 'month', 'day']) });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const citationSchema = z.strictObject({
  source: z.strictObject({ id: z.number().int(), title: z.string(), url: z.string().nullable(), publisher: z.string().nullable(), published: apiDateSchema.nullable(), kind: z.string(), standing: z.enum(SOURCE_STANDINGS).nullable() }),
  quote: z.string().nullable(),
  locator: z.string().nullable(),
  givenDate: apiDateSchema.nullable(),
});

export const stateRefSchema = z.strictObject({ code: z.string(), iso3: z.string().length(3).nullable(), name: z.string() });
const orgRefSchema = z.strictObject({ slug: z.string(), acronym: z.string(), name: z.string() });
const heldStatus = z.enum(HELD_STATUSES);

export const countsSchema = z.strictObject({
  member: z.number().int(), associate: z.number().int(), observer: z.number().int(),
  partner: z.number().int(), applicant: z.number().int(), candidate: z.number().int(), suspended: z.number().int(),
});

const countRange = z.strictObject({ min: z.number().int(), max: z.number().int() });
export const countRangesSchema = z.strictObject(Object.fromEntries(HELD_STATUSES.map((s) => [s, countRange])) as Record<(typeof HELD_STATUSES)[number], typeof countRange>);

export const organizationsSchema = z.strictObject({
  asOf: day,
  organizations: z.array(z.strictObject({ slug: z.string(), acronym: z.string(), name: z.string(), counts: countsSchema })),
});

const invitationFields = {
  invitedStatus: z.enum(STATUSES),
  date: apiDateSchema,
  dateKind: z.enum(INVITATION_DATE_KINDS),
  outcome: z.enum(INVITATION_OUTCOMES),
  outcomeDate: apiDateSchema.nullable(),
  note: z.string().nullable(),
  citations: z.array(citationSchema),
};

export const organizationSchema = z.strictObject({
  slug: z.string(),
  acronym: z.string(),
  name: z.string(),
  founded: apiDateSchema.nullable(),
  dissolved: apiDateSchema.nullable(),
  asOf: day,
  counts: countsSchema,
  countRanges: countRangesSchema,
  members: z.array(z.strictObject({
    state: stateRefSchema,
    status: heldStatus,
    /** False inside the period of a change known only to its year or month. */
    certain: z.boolean(),
    /** Every status the state may hold on the day ("none": may hold none yet). */
    possibleStatuses: z.array(z.union([heldStatus, z.literal('none')])).min(1),
    since: apiDateSchema,
    sinceKind: z.enum(DATE_KINDS),
    citations: z.array(citationSchema),
  })),
  invitations: z.array(z.strictObject({ state: stateRefSchema, ...invitationFields })),
  countClaims: z.array(z.strictObject({ status: heldStatus, count: z.number().int(), date: apiDateSchema, recorded: z.number().int(), agrees: z.boolean(), note: z.string().nullable(), citations: z.array(citationSchema) })),
});

export const countrySchema = z.strictObject({
  code: z.string(),
  iso3: z.string().nullable(),
  name: z.string(),
  asOf: day,
  memberships: z.array(z.strictObject({ organization: orgRefSchema, status: heldStatus, since: apiDateSchema, sinceKind: z.enum(DATE_KINDS), citations: z.array(citationSchema) })),
  timeline: z.array(z.strictObject({
    organization: orgRefSchema,
    spells: z.array(z.strictObject({ status: heldStatus, from: apiDateSchema, to: apiDateSchema.nullable(), endedBy: z.enum(['change', 'dissolution']).nullable(), citations: z.array(citationSchema) })),
  })),
  invitations: z.array(z.strictObject({ organization: orgRefSchema, ...invitationFields })),
});

export const changesSchema = z.strictObject({
  since: z.iso.datetime(),
  revisions: z.array(z.strictObject({
    id: z.number().int(),
    recordedAt: z.string(),
    entityType: z.string(),
    entityId: z.number().int(),
    action: z.enum(REVISION_ACTIONS),
    summary: z.string(),
    author: z.string(),
    revertsId: z.number().int().nullable(),
    organization: z.string().nullable(),
    state: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })),
  nextCursor: z.string().nullable(),
  next: z.url().nullable(),
});

export const errorSchema = z.strictObject({ error: z.strictObject({ status: z.number().int(), message: z.string().min(1) }) });
