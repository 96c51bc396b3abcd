import type { GroupSpec, Option } from '@/lib/forms/spec';
import type { CitationFormInput } from '@/lib/validation/citation';
import { LIMITS } from '@/lib/validation/limits';

/** The rows of citations on a fact form: a source on record or a new one, and the quote. */
export function citationGroup(sources: Option[], opts: { required: boolean; legend?: string; defaultSourceId?: string } = { required: true }): GroupSpec<'citations', keyof CitationFormInput> {
  return {
    kind: 'group',
    name: 'citations',
    legend: opts.legend ?? 'Citation',
    addLabel: 'Add another citation',
    defaults: opts.defaultSourceId ? [{ sourceId: opts.defaultSourceId }] : undefined,
    fields: [
      { kind: 'select', name: 'sourceId', label: 'Source on record', searchable: true, options: sources, placeholder: '— a new source (fill in below) —', hint: 'Or leave this empty and give the new source’s address and title. An address already on record reuses that source.' },
      { kind: 'url', name: 'url', label: 'New source: address', hint: 'http:// or https:// only', maxLength: LIMITS.url },
      { kind: 'text', name: 'title', label: 'New source: title', maxLength: LIMITS.title, hint: `At most ${LIMITS.title} characters.` },
      { kind: 'text', name: 'publisher', label: 'New source: publisher', maxLength: LIMITS.publisher },
      { kind: 'date', name: 'published', label: 'New source: publication date' },
      { kind: 'text', name: 'language', label: 'New source: language', hint: 'A code such as en, fr or ru.' },
      { kind: 'textarea', name: 'quote', label: 'Quote', required: opts.required, hint: `The source’s own words, verbatim; at most ${LIMITS.quote.toLocaleString('en')} characters.`, maxLength: LIMITS.quote },
      { kind: 'date', name: 'givenDate', label: 'Date this source gives, if different' },
      { kind: 'text', name: 'locator', label: 'Where in the source (page, row)', maxLength: LIMITS.locator },
    ],
  };
}
