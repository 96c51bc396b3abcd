import { describe, expect, it } from 'vitest';
import * as t from '../schema';
import { createTestDb, seedMinimal } from '../test-utils';
import { matchOrganizations, matchStates } from './search';

describe('search matching', () => {
  it('finds an organization by a former acronym, and says which name matched', () => {
    const db = createTestDb();
    const { org } = seedMinimal(db);
    db.insert(t.organizationNames).values({ organizationId: org.id, name: 'Old Test Organization', acronym: 'OTO', ended: '2020-01-30' }).run();
    expect(matchOrganizations(db, 'oto').get(org.id)).toEqual({ rank: 0.5, matchedName: 'OTO: Old Test Organization' });
    expect(matchOrganizations(db, 'TO').get(org.id)).toEqual({ rank: 0, matchedName: null });
    expect(matchOrganizations(db, 'nothing like it').size).toBe(0);
  });

  it('finds a state by another name, by part of a name, or by its exact code', () => {
    const db = createTestDb();
    const { rus } = seedMinimal(db);
    db.insert(t.stateNames).values({ stateId: rus.id, name: 'Russian Federation' }).run();
    expect(matchStates(db, 'RUS').get(rus.id)?.rank).toBe(0);
    expect(matchStates(db, 'federation').get(rus.id)).toEqual({ rank: 2.5, matchedName: 'Russian Federation' });
    expect(matchStates(db, 'R').has(rus.id)).toBe(true);
    expect(matchStates(db, 'ssi').get(rus.id)?.rank).toBe(3);
    expect(matchStates(db, '643').has(rus.id)).toBe(false);
  });
});
