import { expect, test } from '@playwright/test';

test.describe('finding organizations and countries', () => {
  test('the home search finds ICESCO by its former acronym ISESCO', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Find an organization or a country' }).fill('ISESCO');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\?q=ISESCO/);
    const results = page.getByRole('region', { name: 'Results for “ISESCO”' });
    await expect(results.getByRole('link', { name: 'ICESCO', exact: true })).toBeVisible();
    await expect(results).toContainText('formerly ISESCO');
    await results.getByRole('link', { name: 'ICESCO', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Islamic World Educational, Scientific and Cultural Organization');
  });

  test('the home search finds Türkiye by "Turkey"', async ({ page }) => {
    await page.goto('/?q=Turkey');
    await expect(page.getByRole('region', { name: 'Results for “Turkey”' }).getByRole('link', { name: 'Türkiye' })).toBeVisible();
  });

  test('the organization index searches former names and keeps the query in the URL', async ({ page }) => {
    await page.goto('/organizations');
    await page.getByRole('searchbox', { name: 'Search by acronym, name or former name' }).fill('isesco');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/organizations\?q=isesco/);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole('link', { name: 'ICESCO', exact: true })).toBeVisible();
  });

  test('the organization index shows counts and filters by status', async ({ page }) => {
    await page.goto('/organizations?q=oic');
    const oic = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'OIC', exact: true }) });
    await expect(oic.getByRole('cell').first()).toHaveText('57');
    await page.goto('/organizations?status=observer');
    await expect(page.getByRole('link', { name: 'OIC', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'NATO', exact: true })).toHaveCount(0);
  });

  test('the country index finds Türkiye by "Turkey" and Russia by its code "rus"', async ({ page }) => {
    await page.goto('/countries');
    await page.getByRole('searchbox', { name: 'Search by any name or code' }).fill('Turkey');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('table').getByRole('link', { name: 'Türkiye' })).toBeVisible();
    await page.goto('/countries?q=rus');
    const first = page.getByRole('table').getByRole('row').nth(1);
    await expect(first.getByRole('link', { name: 'Russia' })).toBeVisible();
    await first.getByRole('link', { name: 'Russia' }).click();
    await expect(page).toHaveURL(/\/countries\/rus$/);
  });

  test('a search that matches nothing says so', async ({ page }) => {
    await page.goto('/organizations?q=zzzz-nothing');
    await expect(page.getByText('No organization matches.')).toBeVisible();
  });
});
