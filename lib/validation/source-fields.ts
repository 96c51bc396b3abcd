// What the source forms (add and edit) share: the fields.
import { SOURCE_KINDS } from '@/lib/domain/statuses';
import { optionalDate, optionalLanguage, optionalText, optionalUrl, requiredEnum, requiredText } from './fields';
import { LIMITS } from './limits';

export const sourceFields = {
  url: optionalUrl,
  title: requiredText('The title', LIMITS.title),
  publisher: optionalText('The publisher', LIMITS.publisher),
  author: optionalText('The author', LIMITS.author),
  published: optionalDate(),
  retrieved: optionalDate(),
  language: optionalLanguage,
  kind: requiredEnum(SOURCE_KINDS, 'Choose the kind of source.'),
};
