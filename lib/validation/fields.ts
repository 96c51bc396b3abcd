// Field schemas shared by every form: FormData values arrive as strings, trimmed here once.
import { z } from 'zod';
import { parsePartialDate } from '@/lib/domain/partial-date';
import { LIMITS } from './limits';

// C0 control characters but tab, newline and carriage return, and DEL: invisible, often pasted in
// by accident, and not allowed in XML, so one of them would break every feed that shows the text.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The field message for text holding a control character, or null. */
export function controlCharacterProblem(value: string): string | null {
  const found = CONTROL_CHARACTER.exec(value);
  if (!found) return null;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `Remove the invisible control character (U+${code}) from this text; it often comes with a copy and paste.`;
}

/** Text without control characters: every text field of every form goes through this. */
export const plainText = z.string({ error: 'Enter text.' }).superRefine((v, ctx) => {
  const problem = controlCharacterProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
});

const trimmed = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : v), plainText);

export function requiredText(label: string, max: number) {
  return trimmed.pipe(
    z.string().min(1, `${label} is required.`).max(max, `${label} must be at most ${max.toLocaleString('en')} characters.`),
  );
}

/** Empty means "none": stored as null. */
export function optionalText(label: string, max: number) {
  return trimmed.pipe(
    z.string().max(max, `${label} must be at most ${max.toLocaleString('en')} characters.`).transform((v) => (v === '' ? null : v)),
  );
}

/** Only http: and https: URLs with a host; z.url() alone also accepts javascript: and data:. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && /^https?:\/\/[^/\\\s?#]/i.test(value);
  } catch {
    return false;
  }
}

const URL_MESSAGE = 'Enter a web address starting with http:// or https://, with a host (for example https://example.org/page).';

export const optionalUrl = trimmed.pipe(
  z
    .string()
    .max(LIMITS.url, `The address must be at most ${LIMITS.url.toLocaleString('en')} characters.`)
    .refine((v) => v === '' || isHttpUrl(v), URL_MESSAGE)
    .transform((v) => (v === '' ? null : v)),
);

export const requiredUrl = trimmed.pipe(
  z.string().min(1, 'The address is required.').max(LIMITS.url, `The address must be at most ${LIMITS.url.toLocaleString('en')} characters.`).refine(isHttpUrl, URL_MESSAGE),
);

function dateMessage(value: string): string | null {
  const parsed = parsePartialDate(value);
  return parsed.ok ? null : parsed.error;
}

export function requiredDate(label = 'The date') {
  return trimmed.pipe(
    z
      .string()
      .min(1, `${label} is required: YYYY, YYYY-MM or YYYY-MM-DD.`)
      .max(10, 'Use YYYY, YYYY-MM or YYYY-MM-DD, for example 1972, 1979-05 or 2005-06-30.')
      .superRefine((v, ctx) => {
        const message = dateMessage(v);
        if (message) ctx.addIssue({ code: 'custom', message });
      }),
  );
}

export function optionalDate() {
  return trimmed.pipe(
    z
      .string()
      .max(10, 'Use YYYY, YYYY-MM or YYYY-MM-DD, for example 1972, 1979-05 or 2005-06-30.')
      .superRefine((v, ctx) => {
        const message = v === '' ? null : dateMessage(v);
        if (message) ctx.addIssue({ code: 'custom', message });
      })
      .transform((v) => (v === '' ? null : v)),
  );
}

export function requiredId(label: string) {
  return trimmed.pipe(
    z.string().min(1, `Choose ${label}.`).regex(/^[1-9]\d{0,11}$/, `Choose ${label} from the list.`).transform(Number),
  );
}

export function optionalId(label: string) {
  return trimmed.pipe(
    z
      .string()
      .regex(/^([1-9]\d{0,11})?$/, `Choose ${label} from the list.`)
      .transform((v) => (v === '' ? null : Number(v))),
  );
}

export function requiredEnum<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return trimmed.pipe(z.enum(values, { error: message }));
}

export const version = trimmed.pipe(z.string().regex(/^[1-9]\d{0,8}$/, 'Reload the page: the form lost the version it started from.').transform(Number));

/** Lowercase letters, digits and single hyphens: the slugs and codes in addresses. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A language code: en, fr, pt-BR. */
export const optionalLanguage = optionalText('The language', LIMITS.language).refine((v) => v === null || LANGUAGE_PATTERN.test(v), 'Use a language code such as en, fr or pt-BR.');

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const summary = optionalText('The summary', LIMITS.summary);
