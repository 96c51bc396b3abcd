import { z } from 'zod';
import { SOURCE_KINDS } from '@/lib/domain/statuses';
import { optionalDate, optionalText, optionalUrl, requiredEnum, requiredText, summary, version } from './fields';
import { LIMITS } from './limits';

export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export const sourceFields = {
  url: optionalUrl,
  title: requiredText('The title', LIMITS.title),
  publisher: optionalText('The publisher', LIMITS.publisher),
  author: optionalText('The author', LIMITS.author),
  published: optionalDate(),
  retrieved: optionalDate(),
  language: optionalText('The language', LIMITS.language).refine((v) => v === null || LANGUAGE_PATTERN.test(v), 'Use a language code such as en, fr or pt-BR.'),
  kind: requiredEnum(SOURCE_KINDS, 'Choose the kind of source.'),
};

export const sourceSchema = z.object(sourceFields);
export const sourceEditSchema = z.object({ ...sourceFields, version, summary });

export type SourceFormInput = z.output<typeof sourceSchema>;
