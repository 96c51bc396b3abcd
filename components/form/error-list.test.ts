import { describe, expect, it } from 'vitest';
import { displayErrors, fieldLabels, NEEDS_SOURCE, summaryEntries } from './error-list';
import type { AnyField } from '@/lib/forms/spec';

const fields: AnyField[] = [
  { kind: 'text', name: 'date', label: 'Date' },
  { kind: 'group', name: 'citations', legend: 'Citation', addLabel: 'Add', fields: [
    { kind: 'select', name: 'sourceId', label: 'Source on record', options: [] },
    { kind: 'url', name: 'url', label: 'New source: address' },
    { kind: 'text', name: 'title', label: 'New source: title' },
    { kind: 'textarea', name: 'quote', label: 'Quote' },
  ] },
];

describe('a refused form', () => {
  it('keeps one message per field', () => {
    expect(displayErrors({ date: ['The date is required.', 'Use YYYY.'] }, {})).toEqual({ date: ['The date is required.'] });
  });

  it('tells a citation without a source at its address and title, not its select', () => {
    const errors = displayErrors({ 'citations.0.sourceId': ['Pick a source.'], 'citations.0.quote': ['The quote is required.'] }, { 'citations.0.sourceId': '' });
    expect(errors).toEqual({ 'citations.0.url': [NEEDS_SOURCE], 'citations.0.title': [NEEDS_SOURCE], 'citations.0.quote': ['The quote is required.'] });
  });

  it('leaves a wrong source id at the select', () => {
    expect(displayErrors({ 'citations.0.sourceId': ['No such source.'] }, { 'citations.0.sourceId': '99' })).toEqual({ 'citations.0.sourceId': ['No such source.'] });
  });

  it('lists the fields in error in the order of the form, each linked to its control', () => {
    const labels = fieldLabels(fields, (_g, declared) => declared);
    const entries = summaryEntries({ 'citations.0.title': ['T'], date: ['D'], _form: ['F'], other: ['O'] }, labels);
    expect(entries).toEqual([
      { name: 'date', id: 'field-date', label: 'Date', message: 'D' },
      { name: 'citations.0.title', id: 'field-citations-0-title', label: 'Citation 1: New source: title', message: 'T' },
      { name: 'other', id: 'field-other', label: 'other', message: 'O' },
    ]);
  });
});
