import { beforeAll, describe, expect, it } from 'vitest';
import { openDataFixture } from '../test-world';
import { getOrganizationPictures } from './chart';

let world: ReturnType<typeof openDataFixture>;
beforeAll(() => {
  world = openDataFixture();
});

describe('getOrganizationPictures', () => {
  it('colours Egypt as suspended in 1980 and as a member in 1985', () => {
    const in1980 = getOrganizationPictures(world.db, world.org.id, '1980-12-31', '2024-06-01')!;
    expect(in1980.holdings).toEqual([{ code: 'egy', name: 'Egypt', iso3: 'EGY', status: 'suspended' }]);
    const in1985 = getOrganizationPictures(world.db, world.org.id, '1985-12-31', '2024-06-01')!;
    expect(in1985.holdings.map((h) => `${h.code}:${h.status}`)).toEqual(['egy:member']);
  });

  it('counts from the founding to today at every change, suspended members among the members', () => {
    const { series } = getOrganizationPictures(world.db, world.org.id, '2024-06-01', '2024-06-01')!;
    expect(series.map((p) => [p.day, p.date, p.member, p.suspended, p.observer])).toEqual([
      ['1969-01-01', '1969', 1, 0, 0],
      ['1979-05-01', '1979-05', 1, 1, 0],
      ['1984-03-01', '1984-03', 1, 0, 0],
      ['1990-06-01', '1990-06-01', 1, 0, 1],
      ['2001-01-01', '2001', 2, 0, 1],
      ['2005-06-30', '2005-06-30', 2, 0, 2],
      ['2024-06-01', '2024-06-01', 2, 0, 2],
    ]);
  });

  it('sets each count claim beside the record', () => {
    const { claims } = getOrganizationPictures(world.db, world.org.id, '2024-06-01', '2024-06-01')!;
    expect(claims.map(({ status, count, date, recorded }) => ({ status, count, date, recorded }))).toEqual([{ status: 'member', count: 3, date: '2022-04-08', recorded: 2 }]);
  });
});
