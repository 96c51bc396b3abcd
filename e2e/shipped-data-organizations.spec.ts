// The shipped data itself (db/seed/data, the COW import) as the organization pages show it: read only,
// served by a server no other spec writes to (the shipped-data project in playwright.config.ts).
import { expect, test } from '@playwright/test';

// Every test only reads: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('shipped data: organization pages', () => {
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

  test('the OIC on 1 January 1985 has Egypt as a member again', async ({ page }) => {
    await page.goto('/organizations/oic?asOf=1985-01-01');
    await expect(page.getByRole('heading', { name: 'States on 1 January 1985' })).toBeVisible();
    const members = page.getByRole('region', { name: /^Member \(/ });
    const egypt = members.getByRole('row').filter({ has: page.getByRole('link', { name: 'Egypt', exact: true }) });
    await expect(egypt).toContainText('member since 1969; suspended 1979–1984');
    await expect(page.getByRole('region', { name: /^Suspended \(/ }).getByRole('link', { name: 'Egypt', exact: true })).toHaveCount(0);
  });

  test('the OIC on 1 January 1980 has Egypt suspended', async ({ page }) => {
    await page.goto('/organizations/oic?asOf=1980-01-01');
    const suspended = page.getByRole('region', { name: /^Suspended \(/ });
    await expect(suspended.getByRole('link', { name: 'Egypt', exact: true })).toBeVisible();
    await expect(suspended).toContainText('since May 1979');
    await expect(page.getByRole('region', { name: /^Member \(/ }).getByRole('link', { name: 'Egypt', exact: true })).toHaveCount(0);
  });

  test("the OIC's history lists Egypt's three changes, the suspension in May 1979", async ({ page }) => {
    await page.goto('/organizations/oic/history?state=egy');
    const egypt = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Egypt', exact: true }) });
    await expect(egypt).toHaveCount(3);
    const suspension = egypt.filter({ has: page.getByText('Suspended', { exact: true }) });
    await expect(suspension).toHaveCount(1);
    await expect(suspension).toContainText('May 1979');
  });

  test('ICESCO names its former name and its parent, the OIC, which lists it among its bodies', async ({ page }) => {
    await page.goto('/organizations/icesco');
    await expect(page.getByText(/Formerly .*\(ISESCO\), until 30 January 2020/)).toBeVisible();
    await page.getByRole('link', { name: 'OIC', exact: true }).first().click();
    await expect(page).toHaveURL(/\/organizations\/oic$/);
    await expect(page.getByRole('link', { name: 'ICESCO', exact: true })).toBeVisible();
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

  test('the API gives Egypt suspended from the OIC since May 1979 on 1 June 1980', async ({ request }) => {
    const response = await request.get('/api/v1/organizations/oic?asOf=1980-06-01');
    expect(response.status()).toBe(200);
    const api = (await response.json()) as { members: { state: { code: string }; status: string; since: unknown }[] };
    expect(api.members.find((m) => m.state.code === 'egy')).toMatchObject({ status: 'suspended', since: { date: '1979-05', precision: 'month' } });
  });

  test('an unknown organization is a 404 page', async ({ page }) => {
    const response = await page.goto('/organizations/no-such-org');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
