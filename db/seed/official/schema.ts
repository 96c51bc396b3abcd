// The shape of an organization's official list in db/seed/official/*.json: its members today, each
// with the start the record should show and the organization's own words, plus the history around them.
import { z } from 'zod';
import { DATE_KINDS, HELD_STATUSES, SOURCE_KINDS, SOURCE_STANDINGS } from '@/lib/domain/statuses';
import { partialDate, statusChangeSchema } from '../fact-schemas';

const citation = z.object({
  source: z.string(),
  quote: z.string().min(1),
  /** The date this source gives, where it differs from the change's date. */
  date: partialDate.nullish(),
});

const member = z
  .object({
    state: z.string(),
    status: z.enum(HELD_STATUSES),
    /** The start the record shows for the current spell; null where no official date could be sourced. */
    date: partialDate.nullable(),
    /** The organization's own date, where the record's start differs from it (a return, a merger). */
    officialDate: partialDate.nullish(),
    dateKind: z.enum(DATE_KINDS).default('start'),
    /** False where the start of the current spell is not comparable (the note says why). */
    compareStart: z.boolean().default(true),
    note: z.string().nullish(),
    citations: z.array(citation).default([]),
  })
  .refine((m) => m.date === null || m.citations.length > 0, 'a dated member needs a citation')
  .refine((m) => (m.date !== null && m.compareStart && !m.officialDate) || !!m.note, 'a difference from the official list needs a note');

const change = statusChangeSchema(citation);

export const officialFileSchema = z.object({
  about: z.string(),
  organization: z.object({ slug: z.string(), founded: partialDate.nullish() }),
  /** The day the list describes: the record is compared with it on this day. */
  asOf: partialDate,
  sources: z.array(
    z.object({
      key: z.string(),
      url: z.url({ protocol: /^https?$/ }),
      title: z.string().min(1),
      publisher: z.string().nullish(),
      author: z.string().nullish(),
      published: partialDate.nullish(),
      retrieved: partialDate.nullish(),
      language: z.string().nullish(),
      kind: z.enum(SOURCE_KINDS),
      /** Who is speaking: the weight a reader should give the source. */
      standing: z.enum(SOURCE_STANDINGS),
      note: z.string().nullish(),
    }),
  ),
  members: z.array(member),
  changes: z.array(change).default([]),
});

export type OfficialFile = z.infer<typeof officialFileSchema>;
export type OfficialMember = OfficialFile['members'][number];
export type OfficialCitation = z.infer<typeof citation>;
