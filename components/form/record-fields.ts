// Field lists of the organization, state and source forms, shared by "add" and "edit".
import { SOURCE_KINDS } from '@/lib/domain/statuses';
import { LIMITS } from '@/lib/validation/limits';
import type { FieldOf, FieldSpec, Option } from '@/lib/forms/spec';
import type { organizationSchema } from '@/lib/validation/organization';
import type { sourceSchema } from '@/lib/validation/source';
import type { stateSchema } from '@/lib/validation/state';

type Values = Record<string, unknown>;
const v = (values: Values | undefined, key: string) => { const x = values?.[key]; return typeof x === 'string' || typeof x === 'number' ? String(x) : ''; };
const max = (n: number) => `At most ${n.toLocaleString('en')} characters.`;

export function organizationFields(parents: Option[], values?: Values, formerNames: Record<string, string>[] = []): FieldOf<typeof organizationSchema>[] {
  return [
    { kind: 'text', name: 'name', label: 'Name', required: true, defaultValue: v(values, 'name'), hint: max(LIMITS.name) },
    { kind: 'text', name: 'acronym', label: 'Acronym', required: true, defaultValue: v(values, 'acronym'), hint: max(LIMITS.acronym) },
    { kind: 'text', name: 'slug', label: 'Slug (in its address)', required: true, defaultValue: v(values, 'slug'), hint: 'Lowercase acronym: icesco, oic, nato.' },
    { kind: 'text', name: 'kind', label: 'Kind', defaultValue: v(values, 'kind'), hint: 'For example: intergovernmental organization.' },
    { kind: 'date', name: 'founded', label: 'Founded', defaultValue: v(values, 'founded') },
    { kind: 'date', name: 'dissolved', label: 'Dissolved', defaultValue: v(values, 'dissolved') },
    { kind: 'text', name: 'headquarters', label: 'Headquarters', defaultValue: v(values, 'headquarters') },
    { kind: 'url', name: 'website', label: 'Website', defaultValue: v(values, 'website'), hint: 'http:// or https:// only.' },
    { kind: 'select', name: 'parentId', label: 'Parent organization', options: parents, placeholder: '— none —', defaultValue: v(values, 'parentId') },
    { kind: 'textarea', name: 'description', label: 'Description', defaultValue: v(values, 'description'), hint: max(LIMITS.description) },
    {
      kind: 'fieldset', legend: 'External ids', fields: [
        { kind: 'text', name: 'cowId', label: 'Correlates of War ioname', defaultValue: v(values, 'cowId') },
        { kind: 'text', name: 'wikidataId', label: 'Wikidata id', defaultValue: v(values, 'wikidataId'), hint: 'Like Q123.' },
      ],
    },
    {
      kind: 'group', name: 'formerNames', legend: 'Former name', addLabel: 'Add another former name', defaults: formerNames,
      fields: [
        { kind: 'text', name: 'name', label: 'Former name' },
        { kind: 'text', name: 'acronym', label: 'Former acronym' },
        { kind: 'date', name: 'ended', label: 'Used until' },
      ],
    },
  ];
}

export function stateFields(successors: Option[], values?: Values, otherNames: string[] = []): FieldOf<typeof stateSchema>[] {
  return [
    { kind: 'text', name: 'name', label: 'Name', required: true, defaultValue: v(values, 'name'), hint: max(LIMITS.name) },
    { kind: 'text', name: 'code', label: 'Code (in its address)', required: true, defaultValue: v(values, 'code'), hint: 'Lowercase ISO alpha-3 (rus) where one exists, otherwise a slug (northern-cyprus).' },
    { kind: 'textarea', name: 'otherNames', label: 'Other names', defaultValue: otherNames.join('\n'), hint: `One a line, at most ${LIMITS.otherNames}.` },
    { kind: 'text', name: 'iso2', label: 'ISO 3166-1 alpha-2', defaultValue: v(values, 'iso2') },
    { kind: 'text', name: 'iso3', label: 'ISO 3166-1 alpha-3', defaultValue: v(values, 'iso3') },
    { kind: 'number', name: 'cowCode', label: 'COW country code', defaultValue: v(values, 'cowCode') },
    { kind: 'radio', name: 'kind', label: 'Kind', required: true, defaultValue: v(values, 'kind') || 'entity', options: [
      { value: 'iso', label: 'ISO state' }, { value: 'historic', label: 'Historic state' }, { value: 'entity', label: 'Other entity' },
    ] },
    { kind: 'date', name: 'started', label: 'Came into existence', defaultValue: v(values, 'started') },
    { kind: 'date', name: 'ended', label: 'Ceased to exist', defaultValue: v(values, 'ended') },
    { kind: 'select', name: 'successorId', label: 'Successor', options: successors, placeholder: '— none —', defaultValue: v(values, 'successorId') },
    { kind: 'textarea', name: 'note', label: 'Note', defaultValue: v(values, 'note'), hint: max(LIMITS.note) },
  ];
}

export function sourceFields(values?: Values): FieldOf<typeof sourceSchema>[] {
  return [
    { kind: 'url', name: 'url', label: 'Address', defaultValue: v(values, 'url'), hint: 'http:// or https:// only. An address already on record opens that source instead.' },
    { kind: 'text', name: 'title', label: 'Title', required: true, defaultValue: v(values, 'title'), hint: max(LIMITS.title) },
    { kind: 'text', name: 'publisher', label: 'Publisher', defaultValue: v(values, 'publisher') },
    { kind: 'text', name: 'author', label: 'Author', defaultValue: v(values, 'author') },
    { kind: 'date', name: 'published', label: 'Publication date', defaultValue: v(values, 'published') },
    { kind: 'date', name: 'retrieved', label: 'Date retrieved', defaultValue: v(values, 'retrieved') },
    { kind: 'text', name: 'language', label: 'Language', defaultValue: v(values, 'language'), hint: 'A code such as en, fr or ru.' },
    { kind: 'radio', name: 'kind', label: 'Kind', required: true, defaultValue: v(values, 'kind') || 'article', options: SOURCE_KINDS.map((k) => ({ value: k, label: k[0]!.toUpperCase() + k.slice(1) })) },
  ];
}

/** What every edit form adds: the version it started from, and a summary for the history. */
export function editFields(version: number): FieldSpec<'version' | 'summary'>[] {
  return [
    { kind: 'hidden', name: 'version', value: String(version) },
    { kind: 'text', name: 'summary', label: 'Summary of your edit', hint: `Shown in the history; at most ${LIMITS.summary} characters.` },
  ];
}
