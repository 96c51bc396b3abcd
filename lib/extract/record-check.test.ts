import { describe, expect, it } from 'vitest';
import { recordFromArticle } from '@/db/mutations/record-from-article';
import { createTestDb, seedMinimal } from '@/db/test-utils';
import { checkAgainstRecord } from './record-check';
import type { Candidate } from './types';

const candidate = (c: Partial<Candidate>): Candidate => ({ kind: 'status_change', organization: 'test-org', state: 'rus', status: 'observer', count: null, date: '2022-04-08', dateKind: 'asOf', quote: 'q', highlights: [], dateFromText: false, ...c });

describe('checkAgainstRecord', () => {
  const db = createTestDb();
  seedMinimal(db);
  recordFromArticle(db, { id: null, name: 'Test' }, {
    source: { url: 'https://example.org/a1', title: 'A' },
    facts: [
      { index: 0, fact: { kind: 'status_change', organization: 'test-org', state: 'rus', status: 'observer', date: '2005-06-30', dateKind: 'start', quote: 'granted observer status' } },
      { index: 1, fact: { kind: 'count_claim', organization: 'test-org', status: 'member', count: 54, date: '2022-04-08', quote: '54 member states' } },
    ],
  });

  it('says a status the record holds on that day is on record', () => {
    expect(checkAgainstRecord(db, candidate({})).verdict).toBe('on-record');
    expect(checkAgainstRecord(db, candidate({ status: 'observer', date: '2005-06-30', dateKind: 'start' })).verdict).toBe('on-record');
  });

  it('says a different status on that day contradicts the record, and names it', () => {
    expect(checkAgainstRecord(db, candidate({ status: 'member' }))).toEqual({ verdict: 'contradicts', detail: 'observer on 8 April 2022' });
    expect(checkAgainstRecord(db, candidate({ status: 'observer', date: '2010', dateKind: 'start' }))).toEqual({ verdict: 'contradicts', detail: 'recorded from 30 June 2005' });
  });

  it('says a change of status the record lacks is new', () => {
    expect(checkAgainstRecord(db, candidate({ status: 'withdrawn', date: '2024-01-28', dateKind: 'start' })).verdict).toBe('new');
    expect(checkAgainstRecord(db, candidate({ state: 'egy' })).verdict).toBe('new');
  });

  it('checks count claims by number and date', () => {
    expect(checkAgainstRecord(db, candidate({ kind: 'count_claim', state: null, status: 'member', count: 54 })).verdict).toBe('on-record');
    expect(checkAgainstRecord(db, candidate({ kind: 'count_claim', state: null, status: 'member', count: 57 })).verdict).toBe('contradicts');
  });
});
