import { describe, expect, it } from 'vitest';
import { cowLocatorWords, givenDateWords, parseCowLocator, sourceLabel } from './citation-words';

describe('citation words', () => {
  it('reads a COW locator as plain words', () => {
    expect(cowLocatorWords('igo_year_format3: ioname=OIC, year=1969, column=afghanistan, value=1')).toBe('member in 1969 (year only)');
    expect(cowLocatorWords('igo_year_format3: ioname=OIC, year=2006, column=cameroon, value=3')).toBe('observer in 2006 (year only)');
    expect(cowLocatorWords('igo_year_format3: ioname=UN, year=1992, column=yugoslavia, value=0; ceased to exist')).toBe('not a member in 1992 (year only); ceased to exist');
  });

  it('reads the end of a state that ceased to exist without the row keys', () => {
    expect(cowLocatorWords('igo_year_format3: ioname=UN, year=1991, column=ussr, value=; the state left the COW system on 1991-12-25 (states2016 ccode=365)'))
      .toBe('no longer coded in 1991 (year only); the state left the COW system on 1991-12-25');
  });

  it('leaves other locators alone', () => {
    expect(cowLocatorWords('Afghanistan, Further details')).toBeNull();
    expect(cowLocatorWords(null)).toBeNull();
    expect(parseCowLocator('igo_year_format3: ioname=OIC')).toBeNull();
  });

  it('says how precise a given date is', () => {
    expect(givenDateWords('1979')).toBe('gives 1979 (year only)');
    expect(givenDateWords('1979-05')).toBe('gives May 1979 (month only)');
    expect(givenDateWords('2005-06-30')).toBe('gives 30 June 2005');
  });

  it('names sources briefly', () => {
    expect(sourceLabel({ title: 'Correlates of War IGO dataset v3', publisher: 'COW', kind: 'dataset' })).toBe('Correlates of War dataset');
    expect(sourceLabel({ title: 'Member states', publisher: 'OIC', kind: 'page' })).toBe('OIC');
    expect(sourceLabel({ title: 'Member states', publisher: null, kind: 'page' })).toBe('Member states');
  });
});
