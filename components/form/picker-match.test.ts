import { describe, expect, it } from 'vitest';
import { matchOptions } from './picker-match';

const options = [
  { value: '1', label: 'ICESCO: Islamic World Educational, Scientific and Cultural Organization', keywords: ['ISESCO', 'Islamic Educational, Scientific and Cultural Organization', 'icesco'] },
  { value: '2', label: 'OIC: Organisation of Islamic Cooperation', keywords: ['Organisation of the Islamic Conference', 'oic'] },
  { value: '3', label: 'Côte d’Ivoire (CIV)', keywords: ['Ivory Coast', 'CI', 'civ'] },
];

describe('matchOptions', () => {
  it('finds an organization by a former acronym', () => {
    expect(matchOptions(options, 'ISESCO').map((o) => o.value)).toEqual(['1']);
  });
  it('finds by a word of any name, best match first', () => {
    expect(matchOptions(options, 'islamic').map((o) => o.value)).toEqual(['1', '2']);
    expect(matchOptions(options, 'oic').map((o) => o.value)[0]).toBe('2');
  });
  it('ignores accents and case, and finds by former name or code', () => {
    expect(matchOptions(options, 'cote').map((o) => o.value)).toEqual(['3']);
    expect(matchOptions(options, 'ivory').map((o) => o.value)).toEqual(['3']);
    expect(matchOptions(options, 'civ').map((o) => o.value)).toEqual(['3']);
  });
  it('lists everything, up to the limit, for empty text', () => {
    expect(matchOptions(options, '  ', 2)).toHaveLength(2);
  });
});
