// An organization's page on any date, its names, parent and history: on an organization the test makes.
import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { newOrganizationWithHistory } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('an organization on any date', () => {
  test('on 1 January 1985 a state suspended in 1979 is a member again', async ({ page }) => {
    const { org, suspended } = newOrganizationWithHistory();
    await page.goto(`/organizations/${org.slug}?asOf=1985-01-01`);
    await expect(page.getByRole('heading', { name: 'States on 1 January 1985' })).toBeVisible();
    const members = page.getByRole('region', { name: /^Member \(/ });
    const state = members.getByRole('row').filter({ has: page.getByRole('link', { name: suspended.name, exact: true }) });
    await expect(state).toContainText('member since 1969; suspended 1979–1984');
    await expect(page.getByRole('region', { name: /^Suspended \(/ }).getByRole('link', { name: suspended.name, exact: true })).toHaveCount(0);
  });

  test('a signed-in editor opens the same date view, rendered for them', async ({ page }) => {
    const { org, suspended } = newOrganizationWithHistory();
    await signInAs(page, 'editor');
    await page.goto(`/organizations/${org.slug}?asOf=1985-01-01`);
    await expect(page).toHaveURL(new RegExp(`/organizations/${org.slug}/on/1985-01-01`));
    await expect(page.getByRole('heading', { name: 'States on 1 January 1985' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Member \(/ }).getByRole('link', { name: suspended.name, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('the date form shows 1 January 1980, with the state suspended', async ({ page }) => {
    const { org, suspended } = newOrganizationWithHistory();
    await page.goto(`/organizations/${org.slug}`);
    await page.getByLabel('Show the states on').fill('1980-01-01');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/asOf=1980-01-01/);
    const region = page.getByRole('region', { name: /^Suspended \(/ });
    await expect(region.getByRole('link', { name: suspended.name, exact: true })).toBeVisible();
    await expect(region).toContainText('since May 1979');
    await expect(page.getByRole('region', { name: /^Member \(/ }).getByRole('link', { name: suspended.name, exact: true })).toHaveCount(0);
  });

  test('a malformed date says why and shows today', async ({ page }) => {
    const { org } = newOrganizationWithHistory();
    await page.goto(`/organizations/${org.slug}?asOf=1980-02-30`);
    await expect(page.getByRole('alert').filter({ hasText: 'February 1980 has no day 30' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /\(today\)$/ })).toBeVisible();
  });

  test('an organization names its former name and its parent, which lists it among its bodies', async ({ page }) => {
    const { org, parent, formerName } = newOrganizationWithHistory();
    await page.goto(`/organizations/${org.slug}`);
    await expect(page.getByText(`Formerly ${formerName.name} (${formerName.acronym}), until 30 January 2020`)).toBeVisible();
    await page.getByRole('link', { name: parent.acronym, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/organizations/${parent.slug}$`));
    await expect(page.getByRole('link', { name: org.acronym, exact: true })).toBeVisible();
  });

  test('the history lists every change with its sources, and the data can be downloaded', async ({ page }) => {
    const { org, suspended } = newOrganizationWithHistory();
    await page.goto(`/organizations/${org.slug}/history?state=${suspended.code}`);
    const lines = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: suspended.name, exact: true }) });
    await expect(lines).toHaveCount(3);
    const suspension = lines.filter({ has: page.getByText('Suspended', { exact: true }) });
    await expect(suspension).toHaveCount(1);
    await expect(suspension).toContainText('May 1979');
    await page.goto(`/organizations/${org.slug}`);
    const data = page.getByRole('navigation', { name: 'Download this data' });
    await expect(data.getByRole('link', { name: 'Download CSV of members' })).toHaveAttribute('href', new RegExp(`/api/v1/organizations/${org.slug}/members\\.csv\\?asOf=\\d{4}-\\d{2}-\\d{2}$`));
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `/feeds/organizations/${org.slug}`);
  });

  test('an unknown organization is a 404 page', async ({ page }) => {
    const response = await page.goto('/organizations/not-an-organization');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
