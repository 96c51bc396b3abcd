import { describe, expect, it } from 'vitest';
import { fullNameWithAcronym } from './names';

describe('fullNameWithAcronym', () => {
  it('adds the acronym after the full name', () => {
    expect(fullNameWithAcronym('North Atlantic Treaty Organization', 'NATO')).toBe('North Atlantic Treaty Organization (NATO)');
  });
  it('does not repeat an acronym the name already carries, nor a name that is the acronym', () => {
    expect(fullNameWithAcronym('Asia-Pacific Economic Cooperation (APEC)', 'APEC')).toBe('Asia-Pacific Economic Cooperation (APEC)');
    expect(fullNameWithAcronym('BRICS', 'BRICS')).toBe('BRICS');
  });
});
