// The shipped data itself as search and the sources show it: read only, on the shipped-data server.
import { expect, test } from '@playwright/test';

// Every test only reads: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('shipped data: search and sources', () => {
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

  test('the organization index finds ICESCO by "isesco" and nothing else', async ({ page }) => {
    await page.goto('/organizations?q=isesco');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole('link', { name: 'ICESCO', exact: true })).toBeVisible();
  });

  test('the organization index counts 57 OIC members; the observer filter keeps the OIC and drops NATO', async ({ page }) => {
    await page.goto('/organizations?q=oic');
    const oic = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'OIC', exact: true }) });
    await expect(oic.getByRole('cell').first()).toHaveText('57');
    await page.goto('/organizations?status=observer');
    await expect(page.getByRole('link', { name: 'OIC', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'NATO', exact: true })).toHaveCount(0);
  });

  test('the country index finds Türkiye by "Turkey" and Russia first by its code "rus"', async ({ page }) => {
    await page.goto('/countries?q=Turkey');
    await expect(page.getByRole('table').getByRole('link', { name: 'Türkiye' })).toBeVisible();
    await page.goto('/countries?q=rus');
    await expect(page.getByRole('table').getByRole('row').nth(1).getByRole('link', { name: 'Russia' })).toBeVisible();
  });

  test('the UrduPoint article lists the ICESCO facts it backs with its quotes', async ({ page }) => {
    await page.goto('/sources?q=UrduPoint');
    await page.getByRole('link', { name: /ICESCO hopeful Russia will accept invitation/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ICESCO hopeful Russia will accept invitation');
    const changes = page.getByRole('region', { name: /^Status changes/ });
    const russia = changes.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Russia', exact: true }) });
    await expect(russia).toContainText("they're just an observer nation");
    await expect(page.getByRole('region', { name: /^Invitations/ })).toContainText('ICESCO invited Russia to become member by 8 April 2022');
    await expect(page.getByRole('region', { name: /^Count claims/ })).toContainText('54 members on 8 April 2022');
  });
});
