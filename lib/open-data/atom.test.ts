import { parseFeed } from '@rowanmanning/feed-parser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as t from '@/db/schema';
import { countryFeed, organizationFeed, siteFeed } from './atom';
import { openDataFixture } from '@/db/test-world';

const url = (path: string) => new URL(`http://localhost:3000${path}`);
let world: ReturnType<typeof openDataFixture>;
beforeAll(() => {
  world = openDataFixture();
});

async function atom(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const text = await response.text();
  const feed = parseFeed(text);
  expect(feed.meta.type).toBe('atom');
  return feed;
}

describe('Atom feeds', () => {
  it('site-wide: every recorded change, newest first, with its source and quote', async () => {
    const feed = await atom(siteFeed(world.db, url('/feeds/changes')));
    expect(feed.title).toBe('Memberline: recorded changes');
    expect(feed.self).toBe('http://localhost:3000/feeds/changes');
    expect(feed.items.map((i) => i.title)).toEqual([
      'Russia: observer of TCO from 30 June 2005',
      'Odd, "Quoted"\nEntity: observer of TCO from 1 June 1990',
      "Côte d'Ivoire: member of TCO from 2001",
      'Egypt: member of TCO from March 1984',
      'Egypt: suspended of TCO from May 1979',
      'Egypt: member of TCO from 1969',
    ]);
    const suspension = feed.items[4]!;
    expect(suspension.url).toBe('http://localhost:3000/organizations/tco');
    expect(suspension.authors[0]?.name).toBe('Test Editor');
    expect(suspension.content).toContain('Recorded by Test Editor');
    expect(suspension.content).toContain('Source: <a href="https://example.org/list">Example Press: Members, "official" list</a>');
    expect(suspension.content).toContain('<q>Egypt was suspended in May 1979,\n"after the treaty"</q>');
  });

  it('per organization and per country', async () => {
    const org = await atom(organizationFeed(world.db, 'tco', url('/feeds/organizations/tco')));
    expect(org.items).toHaveLength(6);
    expect(org.url).toBe('http://localhost:3000/organizations/tco');
    const egypt = await atom(countryFeed(world.db, 'egy', url('/feeds/countries/egy')));
    expect(egypt.title).toBe('Memberline: Egypt changes');
    expect(egypt.items.map((i) => i.title)).toEqual(['Egypt: member of TCO from March 1984', 'Egypt: suspended of TCO from May 1979', 'Egypt: member of TCO from 1969']);
    const civ = await atom(countryFeed(world.db, 'civ', url('/feeds/countries/civ')));
    expect(civ.title).toBe("Memberline: Côte d'Ivoire changes");
  });

  it('a feed with nothing recorded yet is still valid', async () => {
    const { db } = openDataFixture();
    db.$client.exec('delete from revision');
    const feed = await atom(siteFeed(db, url('/feeds/changes')));
    expect(feed.items).toEqual([]);
  });

  it('answers an unknown slug or code with 404', () => {
    expect(organizationFeed(world.db, 'nope', url('/feeds/organizations/nope')).status).toBe(404);
    expect(countryFeed(world.db, 'nope', url('/feeds/countries/nope')).status).toBe(404);
  });
});

describe('Atom feeds stay well-formed and say what was written', () => {
  afterEach(() => {
    delete process.env.PUBLIC_ORIGIN;
  });

  // XML 1.0 allows no C0 control character but tab, newline and carriage return, not even in CDATA.
  const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

  it('a summary with markup and a control character shows as its words, in a feed that stays XML', async () => {
    const { db } = openDataFixture();
    // eslint-disable-next-line drizzle/enforce-update-with-where -- every revision of the fixture gets the hostile words
    db.update(t.revisions).set({ summary: '<b>x</b>\u0001 ]]> & <script>alert(1)</script>', authorName: 'Ed\u0002 <i>' }).run();
    const response = siteFeed(db, url('/feeds/changes'));
    const text = await response.clone().text();
    expect(NOT_XML_CHAR.test(text)).toBe(false);
    expect(text).not.toContain('<b>x</b>');
    expect(text).not.toContain('<script>');
    const feed = await atom(response);
    expect(feed.items[0]!.title).toBe('<b>x</b> ]]> & <script>alert(1)</script>');
    expect(feed.items[0]!.authors[0]?.name).toBe('Ed <i>');
  });

  it('ids and links use PUBLIC_ORIGIN, not the address the server listens on', async () => {
    process.env.PUBLIC_ORIGIN = 'https://memberline.example';
    const feed = await atom(organizationFeed(world.db, 'tco', url('/feeds/organizations/tco')));
    expect(feed.self).toBe('https://memberline.example/feeds/organizations/tco');
    expect(feed.url).toBe('https://memberline.example/organizations/tco');
    expect(feed.items[0]!.id).toMatch(/^https:\/\/memberline\.example\/history#revision-\d+$/);
    expect(feed.items[0]!.url).toBe('https://memberline.example/organizations/tco');
  });
});
