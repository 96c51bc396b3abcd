// Finding organizations and countries by any of their names or codes: on records the test makes.
import { expect, test } from '@playwright/test';
import { addStatusChange, newOrganization, newOrganizationWithHistory, newState, uniqueToken } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('finding organizations and countries', () => {
  test('the home search finds an organization by its former acronym', async ({ page }) => {
    const { org, formerName } = newOrganizationWithHistory();
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Find an organization or a country' }).fill(formerName.acronym);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${formerName.acronym}`));
    const results = page.getByRole('region', { name: `Results for “${formerName.acronym}”` });
    await expect(results.getByRole('link', { name: org.acronym, exact: true })).toBeVisible();
    await expect(results).toContainText(`formerly ${formerName.acronym}`);
    await results.getByRole('link', { name: org.acronym, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(org.name);
  });

  test('the home search finds a state by another of its names', async ({ page }) => {
    const other = `Oldname ${uniqueToken()}`;
    const state = newState({ otherNames: [other] });
    await page.goto(`/?q=${encodeURIComponent(other)}`);
    await expect(page.getByRole('region', { name: `Results for “${other}”` }).getByRole('link', { name: state.name })).toBeVisible();
  });

  test('the organization index searches former names and keeps the query in the URL', async ({ page }) => {
    const { org, formerName } = newOrganizationWithHistory();
    const query = formerName.acronym.toLowerCase();
    await page.goto('/organizations');
    await page.getByRole('searchbox', { name: 'Search by acronym, name or former name' }).fill(query);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`/organizations\\?q=${query}`));
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole('link', { name: org.acronym, exact: true })).toBeVisible();
  });

  test('the organization index shows counts and filters by status', async ({ page }) => {
    const withObserver = newOrganization({ founded: '1969' });
    for (let i = 0; i < 3; i++) addStatusChange(withObserver, newState(), 'member', '1970');
    addStatusChange(withObserver, newState(), 'observer', '1990');
    const membersOnly = newOrganization({ founded: '1969' });
    addStatusChange(membersOnly, newState(), 'member', '1970');
    await page.goto(`/organizations?q=${withObserver.acronym}`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: withObserver.acronym, exact: true }) });
    await expect(row.getByRole('cell').first()).toHaveText('3');
    await page.goto(`/organizations?status=observer&q=${withObserver.acronym}`);
    await expect(page.getByRole('link', { name: withObserver.acronym, exact: true })).toBeVisible();
    await page.goto(`/organizations?status=observer&q=${membersOnly.acronym}`);
    await expect(page.getByText('No organization matches.')).toBeVisible();
    await expect(page.getByRole('link', { name: membersOnly.acronym, exact: true })).toHaveCount(0);
  });

  test('the country index finds a state by another name and by its code', async ({ page }) => {
    const other = `Oldname ${uniqueToken()}`;
    const state = newState({ otherNames: [other] });
    await page.goto('/countries');
    await page.getByRole('searchbox', { name: 'Search by any name or code' }).fill(other);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('table').getByRole('link', { name: state.name })).toBeVisible();
    await page.goto(`/countries?q=${state.code}`);
    const first = page.getByRole('table').getByRole('row').nth(1);
    await expect(first.getByRole('link', { name: state.name })).toBeVisible();
    await first.getByRole('link', { name: state.name }).click();
    await expect(page).toHaveURL(new RegExp(`/countries/${state.code}$`));
  });

  test('a search that matches nothing says so', async ({ page }) => {
    await page.goto('/organizations?q=zzzz-nothing');
    await expect(page.getByText('No organization matches.')).toBeVisible();
  });
});
