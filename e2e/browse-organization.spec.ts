import { expect, test } from '@playwright/test';

test.describe('an organization on any date', () => {
  test('the OIC on 1 January 1985 has Egypt as a member again', async ({ page }) => {
    await page.goto('/organizations/oic?asOf=1985-01-01');
    await expect(page.getByRole('heading', { name: 'States on 1 January 1985' })).toBeVisible();
    const members = page.getByRole('region', { name: /^Member \(/ });
    const egypt = members.getByRole('row').filter({ has: page.getByRole('link', { name: 'Egypt', exact: true }) });
    await expect(egypt).toContainText('member since 1969; suspended 1979–1984');
    await expect(page.getByRole('region', { name: /^Suspended \(/ }).getByRole('link', { name: 'Egypt', exact: true })).toHaveCount(0);
  });

  test('the OIC on 1 January 1980 has Egypt suspended', async ({ page }) => {
    await page.goto('/organizations/oic');
    await page.getByLabel('Show the states on').fill('1980-01-01');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/asOf=1980-01-01/);
    const suspended = page.getByRole('region', { name: /^Suspended \(/ });
    await expect(suspended.getByRole('link', { name: 'Egypt', exact: true })).toBeVisible();
    await expect(suspended).toContainText('since May 1979');
    await expect(page.getByRole('region', { name: /^Member \(/ }).getByRole('link', { name: 'Egypt', exact: true })).toHaveCount(0);
  });

  test('a malformed date says why and shows today', async ({ page }) => {
    await page.goto('/organizations/oic?asOf=1980-02-30');
    await expect(page.getByRole('alert').filter({ hasText: 'February 1980 has no day 30' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /\(today\)$/ })).toBeVisible();
  });

  test('ICESCO names its former name and its parent, the OIC, which lists it among its bodies', async ({ page }) => {
    await page.goto('/organizations/icesco');
    await expect(page.getByText(/Formerly .*\(ISESCO\), until 30 January 2020/)).toBeVisible();
    await page.getByRole('link', { name: 'OIC', exact: true }).first().click();
    await expect(page).toHaveURL(/\/organizations\/oic$/);
    await expect(page.getByRole('link', { name: 'ICESCO', exact: true })).toBeVisible();
  });

  test('the history lists every change with its sources, and the data can be downloaded', async ({ page }) => {
    await page.goto('/organizations/oic/history?state=egy');
    const egypt = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Egypt', exact: true }) });
    await expect(egypt).toHaveCount(3);
    const suspension = egypt.filter({ has: page.getByText('Suspended', { exact: true }) });
    await expect(suspension).toHaveCount(1);
    await expect(suspension).toContainText('May 1979');
    await page.goto('/organizations/oic');
    const data = page.getByRole('navigation', { name: 'Download this data' });
    await expect(data.getByRole('link', { name: 'Download CSV of members' })).toHaveAttribute('href', /\/api\/v1\/organizations\/oic\/members\.csv\?asOf=\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feeds/organizations/oic');
  });

  test('an unknown organization is a 404 page', async ({ page }) => {
    const response = await page.goto('/organizations/not-an-organization');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
