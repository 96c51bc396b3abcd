// What the organization forms (add and edit) share: the fields, former names, and the rule on dates.
import { z } from 'zod';
import { endOfPeriod, startOfPeriod } from '@/lib/domain/partial-date';
import { optionalDate, optionalId, optionalText, optionalUrl, requiredText, SLUG_PATTERN } from './fields';
import { LIMITS } from './limits';

const slug = requiredText('The slug', LIMITS.slug).refine((v) => SLUG_PATTERN.test(v), 'Use lowercase letters, digits and single hyphens, for example icesco.');

const formerName = z.object({
  name: requiredText('The former name', LIMITS.name),
  acronym: optionalText('The former acronym', LIMITS.acronym),
  ended: optionalDate(),
});

const blank = (r: unknown) => !r || typeof r !== 'object' || Object.values(r).every((v) => typeof v !== 'string' || v.trim() === '');

export const formerNamesSchema = z.preprocess(
  (rows) => (Array.isArray(rows) ? rows.filter((r) => !blank(r)) : []),
  z.array(formerName).max(LIMITS.formerNames, `At most ${LIMITS.formerNames} former names.`),
);

export const organizationFields = {
  slug,
  acronym: requiredText('The acronym', LIMITS.acronym),
  name: requiredText('The name', LIMITS.name),
  kind: optionalText('The kind', LIMITS.kind),
  founded: optionalDate(),
  dissolved: optionalDate(),
  headquarters: optionalText('The headquarters', LIMITS.headquarters),
  website: optionalUrl,
  parentId: optionalId('a parent organization'),
  description: optionalText('The description', LIMITS.description),
  cowId: optionalText('The COW id', LIMITS.externalId),
  wikidataId: optionalText('The Wikidata id', LIMITS.externalId).refine((v) => v === null || /^Q[1-9]\d{0,11}$/.test(v), 'A Wikidata id looks like Q123.'),
  formerNames: formerNamesSchema,
};

export function refineDates(v: { founded: string | null; dissolved: string | null }, ctx: z.RefinementCtx) {
  if (v.founded && v.dissolved && endOfPeriod(v.dissolved) < startOfPeriod(v.founded)) ctx.addIssue({ code: 'custom', path: ['dissolved'], message: 'The dissolution cannot come before the founding.' });
}
