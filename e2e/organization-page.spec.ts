import { expect, test } from '@playwright/test';

test.describe('organization page with the shipped data', () => {
  test('the OIC today: 57 members with Syria among them, 5 observers with Russia since 30 June 2005', async ({ page }) => {
    await page.goto('/organizations/oic');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation of Islamic Cooperation');
    const members = page.getByRole('region', { name: /^Member \(/ });
    await expect(page.getByRole('heading', { name: 'Member (57)' })).toBeVisible();
    await expect(members.getByRole('link', { name: 'Syria', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Observer (5)' })).toBeVisible();
    const russia = page.getByRole('region', { name: /^Observer \(/ }).getByRole('row').filter({ has: page.getByRole('link', { name: 'Russia', exact: true }) });
    await expect(russia).toContainText('since 30 June 2005');
    if (await russia.locator('summary').count()) await russia.locator('summary').click();
    await expect(russia.locator('a[href="/organizations/oic/history?state=rus"]')).toBeVisible();
  });

  test('the OIC on 1 January 2013 shows Syria suspended', async ({ page }) => {
    await page.goto('/organizations/oic?asOf=2013-01-01');
    const suspended = page.getByRole('region', { name: /^Suspended \(/ });
    await expect(suspended.getByRole('link', { name: 'Syria', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Member \(/ }).getByRole('link', { name: 'Syria', exact: true })).toHaveCount(0);
  });

  test('ICESCO: Russia an observer as of 8 April 2022, invited to become a member, the 54-member claim checked', async ({ page }) => {
    await page.goto('/organizations/icesco');
    const observers = page.getByRole('region', { name: /^Observer \(/ });
    const russia = observers.getByRole('row').filter({ has: page.getByRole('link', { name: 'Russia', exact: true }) });
    await expect(russia).toContainText('as of 8 April 2022');
    if (await russia.locator('summary').count()) await russia.locator('summary').click();
    await russia.locator('a[href="/organizations/icesco/history?state=rus"]').click();
    await expect(page).toHaveURL(/\/organizations\/icesco\/history\?state=rus$/);
    await page.getByText('Quote', { exact: true }).first().click();
    await expect(page.getByRole('main')).toContainText("they're just an observer nation");
    await page.goto('/organizations/icesco');
    const invitations = page.getByRole('region', { name: 'Pending invitations' });
    await expect(invitations).toContainText('Russia');
    await expect(invitations).toContainText('invited to become member by 8 April 2022');
    const claims = page.getByRole('region', { name: 'Count claims' });
    await expect(claims).toContainText(/Source says 54 members on 8 April 2022; the record holds \d+/);
  });

  test('an unknown organization is a 404 page', async ({ page }) => {
    const response = await page.goto('/organizations/no-such-org');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
