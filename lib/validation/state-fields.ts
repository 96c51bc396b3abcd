// What the state forms (add and edit) share: the fields.
import { z } from 'zod';
import { controlCharacterProblem, optionalDate, optionalId, optionalText, requiredEnum, requiredText, SLUG_PATTERN } from './fields';
import { LIMITS } from './limits';

const STATE_KINDS = ['iso', 'historic', 'entity'] as const;

const upper = (label: string, pattern: RegExp, hint: string) =>
  optionalText(label, 3)
    .transform((v) => (v === null ? null : v.toUpperCase()))
    .refine((v) => v === null || pattern.test(v), hint);

const otherNames = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : []),
  z
    .array(z.string().max(LIMITS.name, `Each other name must be at most ${LIMITS.name} characters.`))
    .max(LIMITS.otherNames, `At most ${LIMITS.otherNames} other names, one a line.`)
    .superRefine((names, ctx) => {
      const problem = names.map(controlCharacterProblem).find(Boolean);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
);

export const stateFields = {
  code: requiredText('The code', LIMITS.slug).refine((v) => SLUG_PATTERN.test(v), 'Use the lowercase ISO alpha-3 code (rus) or a lowercase slug (northern-cyprus).'),
  name: requiredText('The name', LIMITS.name),
  iso2: upper('The ISO alpha-2 code', /^[A-Z]{2}$/, 'Two letters, for example RU.'),
  iso3: upper('The ISO alpha-3 code', /^[A-Z]{3}$/, 'Three letters, for example RUS.'),
  cowCode: optionalText('The COW code', 4).refine((v) => v === null || /^[1-9]\d{0,3}$/.test(v), 'A COW code is a number from 1 to 9999.').transform((v) => (v === null ? null : Number(v))),
  kind: requiredEnum(STATE_KINDS, 'Choose the kind of entity.'),
  started: optionalDate(),
  ended: optionalDate(),
  successorId: optionalId('a successor state'),
  note: optionalText('The note', LIMITS.note),
  otherNames,
};
