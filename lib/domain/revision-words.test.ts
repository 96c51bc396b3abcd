import { describe, expect, it } from 'vitest';
import { fieldWords, readableSummary } from './revision-words';

describe('revision words', () => {
  it('reads record kinds as words, singular for one', () => {
    expect(readableSummary('Loaded x.json: 72 sources, 5 organizations, 1 entities, 62 statusChanges, 1 invitations, 13 countClaims'))
      .toBe('Loaded x.json: 72 sources, 5 organizations, 1 entity, 62 status changes, 1 invitation, 13 count claims');
  });
  it('names fields plainly', () => {
    expect(fieldWords('dateKind')).toBe('kind of date');
    expect(fieldWords('someNewField')).toBe('some new field');
  });
});
