import { describe, expect, it } from 'vitest';
import { findCounts } from './counts';
import { fold } from './normalize';

const counts = (s: string, lang: 'en' | 'fr' = 'en') => findCounts(fold(s), lang).map((c) => `${c.count} ${c.status}`);

describe('findCounts', () => {
  it('reads counts of members, observers and partners', () => {
    expect(counts('ICESCO brings together 54 member states in Central Asia')).toEqual(['54 member']);
    expect(counts('the 57-nation OIC')).toEqual(['57 member']);
    expect(counts('Syria was suspended from the 22-state body in 2011')).toEqual(['22 member']);
    expect(counts('with eight members, four observer states and several dialogue partners')).toEqual(['8 member', '4 observer']);
    expect(counts('La Cédéao comptait 15 pays membres', 'fr')).toEqual(['15 member']);
    expect(counts("l'organisation continentale (55 pays)", 'fr')).toEqual(['55 member']);
  });

  it('does not count ages, ordinals, attendance or round figures', () => {
    expect(counts('a 54-year-old organization')).toEqual([]);
    expect(counts('the 37th session of the 54th council')).toEqual([]);
    expect(counts('ministers from 40 member states attended the meeting')).toEqual([]);
    expect(counts('43 member states voted for the resolution')).toEqual([]);
    expect(counts('more than 40 countries have expressed interest')).toEqual([]);
    expect(counts('Les trois états dénoncent', 'fr')).toEqual([]);
    expect(counts('Cinquante-cinq pays participent au sommet', 'fr')).toEqual([]);
  });
});
