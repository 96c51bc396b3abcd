// The shape of a curated facts file in db/seed/data/*.json: every fact carries its citations.
import { z } from 'zod';
import { HELD_STATUSES, INVITATION_DATE_KINDS, INVITATION_OUTCOMES, SOURCE_KINDS, SOURCE_STANDINGS, STATUSES } from '@/lib/domain/statuses';
import { partialDate, statusChangeSchema } from './fact-schemas';

const optionalDate = partialDate.nullish();

const citation = z.object({
  source: z.string(),
  quote: z.string().min(1).nullish(),
  locator: z.string().nullish(),
  date: optionalDate,
});

export const factsFileSchema = z.object({
  sources: z
    .array(
      z.object({
        key: z.string(),
        url: z.url({ protocol: /^https?$/ }).nullish(),
        title: z.string().min(1),
        publisher: z.string().nullish(),
        author: z.string().nullish(),
        published: optionalDate,
        retrieved: optionalDate,
        language: z.string().nullish(),
        kind: z.enum(SOURCE_KINDS).default('article'),
        /** Who is speaking; the text read is kept in archive/<key>.txt beside the file. */
        standing: z.enum(SOURCE_STANDINGS),
      }),
    )
    .default([]),
  organizations: z
    .array(
      z.object({
        slug: z.string().regex(/^[a-z0-9-]+$/),
        acronym: z.string(),
        name: z.string(),
        kind: z.string().nullish(),
        founded: optionalDate,
        dissolved: optionalDate,
        headquarters: z.string().nullish(),
        website: z.url({ protocol: /^https?$/ }).nullish(),
        description: z.string().nullish(),
        cowId: z.string().nullish(),
        wikidata: z.string().nullish(),
        parent: z.string().nullish(),
        formerNames: z
          .array(z.object({ name: z.string(), acronym: z.string().nullish(), ended: optionalDate }))
          .default([]),
      }),
    )
    .default([]),
  entities: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string(),
        otherNames: z.array(z.string()).default([]),
        started: optionalDate,
        ended: optionalDate,
        note: z.string().nullish(),
      }),
    )
    .default([]),
  statusChanges: z.array(statusChangeSchema(citation).extend({ org: z.string() })).default([]),
  invitations: z
    .array(
      z.object({
        org: z.string(),
        state: z.string(),
        status: z.enum(STATUSES),
        date: partialDate,
        dateKind: z.enum(INVITATION_DATE_KINDS).default('on'),
        outcome: z.enum(INVITATION_OUTCOMES).default('pending'),
        outcomeDate: optionalDate,
        note: z.string().nullish(),
        citations: z.array(citation).min(1),
      }),
    )
    .default([]),
  countClaims: z
    .array(
      z.object({
        org: z.string(),
        status: z.enum(HELD_STATUSES),
        count: z.number().int().nonnegative(),
        date: partialDate,
        note: z.string().nullish(),
        citations: z.array(citation).min(1),
      }),
    )
    .default([]),
});

export type FactsFile = z.infer<typeof factsFileSchema>;
export type FactCitation = z.infer<typeof citation>;
