// Two facts files that state the same status change load as one change with the citations of both.
import { describe, expect, it } from 'vitest';
import { countRows, createTestDb } from '../test-utils';
import { factsFileSchema } from './facts-file';
import { seedIsoStates } from './index';
import { loadFacts } from './load-facts';

const org = { slug: 'dup-org', acronym: 'DUP', name: 'Duplicate Test Organization', founded: '1990' };
const source = (key: string, url: string) => ({ key, url, title: key, kind: 'article', standing: 'news' });
const change = (sourceKey: string, quote: string) => ({ org: 'dup-org', state: 'fra', status: 'member', date: '1995-03', citations: [{ source: sourceKey, quote }] });
const fileA = factsFileSchema.parse({ sources: [source('a', 'https://example.org/a')], organizations: [org], statusChanges: [change('a', 'France joined in March 1995.')] });
const fileB = factsFileSchema.parse({ sources: [source('b', 'https://example.org/b')], statusChanges: [change('b', 'France became a member in March 1995.')] });

describe('duplicate facts across files', () => {
  const db = createTestDb();
  seedIsoStates(db);
  const load = () => db.transaction((tx) => { loadFacts(tx, fileA, 'a.json'); loadFacts(tx, fileB, 'b.json'); }, { behavior: 'immediate' });
  load();

  it('keeps one status change and unites the citations', () => {
    const rows = db.$client.prepare("select sc.id, (select count(*) from citation c where c.status_change_id = sc.id) as n from status_change sc join organization o on o.id = sc.organization_id where o.slug = 'dup-org'").all() as { id: number; n: number }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.n).toBe(2);
  });

  it('changes nothing on a second run', () => {
    const before = countRows(db);
    load();
    expect(countRows(db)).toEqual(before);
  });

  it('stores the standing given in the file', () => {
    const row = db.$client.prepare("select standing from source where url = 'https://example.org/a'").get() as { standing: string };
    expect(row.standing).toBe('news');
  });
});
