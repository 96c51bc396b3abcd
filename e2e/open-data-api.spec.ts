// The open data API, CSV and feeds agree with the pages: on an organization the test makes.
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { countrySchema, errorSchema, organizationSchema, organizationsSchema } from '../lib/open-data/schemas';
import { newOrganizationWithHistory } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test('the API and the page give the same members on a past date', async ({ page, request }) => {
  const { org, suspended } = newOrganizationWithHistory();
  const response = await request.get(`/api/v1/organizations/${org.slug}?asOf=1980-06-01`);
  expect(response.status()).toBe(200);
  const api = organizationSchema.parse(await response.json());
  expect(api.members.find((m) => m.state.code === suspended.code)).toMatchObject({ status: 'suspended', since: { date: '1979-05', precision: 'month' } });
  expect(api.members).toHaveLength(2);

  await page.goto(`/organizations/${org.slug}?asOf=1980-06-01`);
  const links = page.locator('section[aria-labelledby^="status-"] tbody th[scope="row"] a[href^="/countries/"]');
  await expect(links).toHaveCount(2);
  const onPage = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('/countries/', '')))).sort();
  expect(onPage).toEqual(api.members.map((m) => m.state.code).sort());

  const csv = parse(await (await request.get(`/api/v1/organizations/${org.slug}/members.csv?asOf=1980-06-01`)).text(), { columns: true }) as { state_code: string }[];
  expect(csv.map((r) => r.state_code).sort()).toEqual(onPage);
});

test('every API route answers in its documented shape, errors in JSON', async ({ request }) => {
  const { org, observer } = newOrganizationWithHistory();
  organizationsSchema.parse(await (await request.get('/api/v1/organizations')).json());
  const country = countrySchema.parse(await (await request.get(`/api/v1/countries/${observer.code}`)).json());
  expect(JSON.stringify(country)).toContain(org.slug);
  for (const [url, status] of [
    [`/api/v1/organizations/${org.slug}?asOf=1980`, 400],
    ['/api/v1/organizations/no-such-org', 404],
    ['/api/v1/countries/no-such-country', 404],
    ['/api/v1/changes?since=not-a-date', 400],
    ['/api/v1/no-such-path', 404],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect(errorSchema.parse(await response.json()).error.status).toBe(status);
  }
});

test('the feeds are Atom and the pages link them', async ({ page, request }) => {
  const { org, suspended } = newOrganizationWithHistory();
  for (const url of ['/feeds/changes', `/feeds/organizations/${org.slug}`, `/feeds/countries/${suspended.code}`]) {
    const response = await request.get(url);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    expect(parseFeed(await response.text()).meta.type).toBe('atom');
  }
  await page.goto(`/organizations/${org.slug}`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', new RegExp(`/feeds/organizations/${org.slug}$`));
});
