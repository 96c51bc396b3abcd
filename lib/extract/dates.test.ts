import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (s: string, published: string | null, lang: 'en' | 'fr' = 'en') => findDates(s, lang, published).map((d) => d.date);

describe('findDates', () => {
  it('reads explicit dates at their precision', () => {
    expect(dates('It joined on 26 October 2025.', '2025-10-27')).toEqual(['2025-10-26']);
    expect(dates('It applied in May 2022.', '2024-03-07')).toEqual(['2022-05']);
    expect(dates('It applied for membership in 2011.', '2025-10-26')).toEqual(['2011']);
    expect(dates("suspendu après le coup d'État d'août 2023", '2025-04-30', 'fr')).toEqual(['2023-08']);
  });

  it('resolves a weekday to the latest such day on or before publication', () => {
    expect(dates('Sweden joined on Thursday.', '2024-03-08')).toEqual(['2024-03-07']);
    expect(dates('Sweden joined on Thursday.', '2024-03-07')).toEqual(['2024-03-07']);
    expect(dates('Le Niger a été suspendu mardi.', '2023-08-22', 'fr')).toEqual(['2023-08-22']);
  });

  it('resolves yesterday, last month and a month without its year', () => {
    expect(dates('It left yesterday.', '2022-04-25')).toEqual(['2022-04-24']);
    expect(dates('It left last month.', '2024-03-08')).toEqual(['2024-02']);
    expect(dates('Finland completed its accession last April.', '2024-03-08')).toEqual(['2023-04']);
  });

  it('reads no relative date without a publication date, and no vague one at all', () => {
    expect(dates('Sweden joined on Thursday.', null)).toEqual([]);
    expect(dates('Sweden joined yesterday.', null)).toEqual([]);
    expect(dates('Talks went on this week.', '2024-03-08')).toEqual([]);
  });

  it('does not read ages or ordinals as years', () => {
    expect(dates('a 54-year-old body', '2024-03-08')).toEqual([]);
    expect(dates('the 37th Space Symposium', '2022-04-08')).toEqual([]);
  });
});
