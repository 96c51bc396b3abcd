import { describe, expect, it } from 'vitest';
import { countRows, createTestDb, seedMinimal } from '../test-utils';
import { MutationError } from '../errors';
import { recordFromArticle, type ArticleFacts } from './record-from-article';

const actor = { id: null, name: 'Test' };
const source = { url: 'https://example.org/news/1', title: 'A news item', publisher: 'Example', published: '2022-04-08', language: 'en' };

function facts(state = 'rus'): ArticleFacts['facts'] {
  return [
    { index: 0, fact: { kind: 'status_change', organization: 'test-org', state, status: 'observer', date: '2022-04-08', dateKind: 'asOf', quote: "they're just an observer nation" } },
    { index: 1, fact: { kind: 'invitation', organization: 'test-org', state, status: 'member', date: '2022-04-08', dateKind: 'by', quote: 'we have asked them to become a member nation' } },
    { index: 2, fact: { kind: 'count_claim', organization: 'test-org', status: 'member', count: 54, date: '2022-04-08', quote: 'brings together 54 member states' } },
  ];
}

function refusal(run: () => unknown): MutationError {
  try {
    run();
  } catch (e) {
    if (e instanceof MutationError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('recordFromArticle', () => {
  it('writes one source, one citation and one revision per fact', () => {
    const db = createTestDb();
    seedMinimal(db);
    const before = countRows(db);
    recordFromArticle(db, actor, { source, facts: facts() });
    const after = countRows(db);
    const added = (table: string) => (after[table] ?? 0) - (before[table] ?? 0);
    expect(['source', 'citation', 'revision', 'status_change', 'invitation', 'count_claim'].map(added)).toEqual([1, 3, 3, 1, 1, 1]);
  });

  it('writes nothing when one fact is refused, and says which', () => {
    const db = createTestDb();
    seedMinimal(db);
    recordFromArticle(db, actor, { source, facts: facts().slice(0, 1) });
    const before = countRows(db);
    // The status change is already recorded; the invitation names a state that does not exist.
    const kept = [facts()[0]!, { ...facts('zzz')[1]!, index: 1 }, facts()[2]!];
    const e = refusal(() => recordFromArticle(db, actor, { source: { ...source, url: 'https://example.org/news/2' }, facts: kept }));
    expect(Object.keys(e.fieldErrors).sort()).toEqual(['facts.0.date', 'facts.1.state']);
    expect(countRows(db)).toEqual(before);
  });

  it('refuses an empty selection', () => {
    const db = createTestDb();
    seedMinimal(db);
    expect(() => recordFromArticle(db, actor, { source, facts: [] })).toThrow(MutationError);
  });
});

describe('recordFromArticle, facts already recorded', () => {
  it('refuses a pending invitation or a count claim that is already on record', () => {
    const db = createTestDb();
    seedMinimal(db);
    recordFromArticle(db, actor, { source, facts: facts().slice(1) });
    const before = countRows(db);
    const e = refusal(() => recordFromArticle(db, actor, { source, facts: facts().slice(1) }));
    expect(Object.keys(e.fieldErrors).sort()).toEqual(['facts.1.state', 'facts.2.count']);
    expect(countRows(db)).toEqual(before);
  });
});
