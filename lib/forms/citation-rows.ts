// A form's citation rows (flat: a source on record, or a new one's fields) as mutation inputs.
import type { CitationInput } from '@/db/mutations/citations';
import type { CitationFormInput } from '@/lib/validation/citation';

export function citationInputsFromForm(rows: CitationFormInput[]): CitationInput[] {
  return rows.map((r) => ({
    sourceId: r.sourceId,
    newSource: r.sourceId === null ? { url: r.url, title: r.title, publisher: r.publisher, published: r.published, language: r.language } : null,
    quote: r.quote,
    givenDate: r.givenDate,
    locator: r.locator,
  }));
}
