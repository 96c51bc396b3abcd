import { describe, expect, it } from 'vitest';
import { spellStory, spellStoryText } from './spell-story';
import type { ChangeLike } from './status-history';

const egypt: ChangeLike[] = [
  { id: 1, stateId: 1, status: 'member', date: '1969' },
  { id: 2, stateId: 1, status: 'suspended', date: '1979-05' },
  { id: 3, stateId: 1, status: 'member', date: '1984-03' },
];

describe('spellStory', () => {
  it('tells a founder suspended and readmitted as one membership with its suspension', () => {
    expect(spellStoryText(spellStory(egypt, '2020-01-01')!)).toBe('member since 1969; suspended 1979–1984');
  });

  it('tells a suspended member when the suspension began and since when it is a member', () => {
    expect(spellStoryText(spellStory(egypt, '1980-01-01')!)).toBe('member since 1969; suspended since May 1979');
  });

  it('before the suspension, only the membership', () => {
    expect(spellStoryText(spellStory(egypt, '1970-01-01')!)).toBe('member since 1969');
  });

  it('an observation reads "as of"', () => {
    const story = spellStory([{ id: 1, stateId: 1, status: 'observer', date: '2022-04-08', dateKind: 'asOf' }], '2024-01-01')!;
    expect(spellStoryText(story)).toBe('observer as of 8 April 2022');
  });

  it('a withdrawal ends the story; a return starts a new one', () => {
    const changes: ChangeLike[] = [
      { id: 1, stateId: 1, status: 'member', date: '1950' },
      { id: 2, stateId: 1, status: 'withdrawn', date: '1960' },
      { id: 3, stateId: 1, status: 'member', date: '1970-06-01' },
    ];
    expect(spellStoryText(spellStory(changes, '2000-01-01')!)).toBe('member since 1 June 1970');
    expect(spellStory(changes, '1965-01-01')).toBeNull();
  });

  it('a change of kind (observer then member) starts the membership on its own date', () => {
    const changes: ChangeLike[] = [
      { id: 1, stateId: 1, status: 'observer', date: '1990' },
      { id: 2, stateId: 1, status: 'member', date: '2000' },
    ];
    expect(spellStoryText(spellStory(changes, '2010-01-01')!)).toBe('member since 2000');
  });

  it('repeated observations of the same status do not split the story', () => {
    const changes: ChangeLike[] = [
      { id: 1, stateId: 1, status: 'member', date: '1990' },
      { id: 2, stateId: 1, status: 'member', date: '2005', dateKind: 'asOf' },
    ];
    expect(spellStoryText(spellStory(changes, '2010-01-01')!)).toBe('member since 1990');
  });

  it('nothing held before the first change', () => {
    expect(spellStory(egypt, '1960-01-01')).toBeNull();
  });
});
