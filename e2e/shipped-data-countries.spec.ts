// The shipped data itself as the country pages show it: read only, on the shipped-data server.
import { expect, test } from '@playwright/test';

// Every test only reads: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('shipped data: country pages', () => {
  test('Russia: an OIC observer band from 2005, an ICESCO observer mark as of 2022 with the pending invitation', async ({ page }) => {
    await page.goto('/countries/rus/history');
    const timeline = page.getByRole('group', { name: 'Russia: every membership over time' });
    await expect(timeline.getByRole('link', { name: 'OIC: Observer from 30 June 2005, still holds' })).toBeVisible();
    await expect(timeline.getByRole('link', { name: 'ICESCO: Observer as of 8 April 2022, still holds' })).toBeVisible();
    await expect(timeline.getByRole('link', { name: 'ICESCO: invited to become member by 8 April 2022 (pending)' })).toBeVisible();

    await page.goto('/countries/rus');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia');
    const today = page.getByRole('region', { name: /^Today:/ });
    await today.getByText(/^Show the other \d+ organizations$/).click();
    await expect(today.getByRole('row').filter({ hasText: '(OIC)' })).toContainText('since 30 June 2005');
    await expect(today.getByRole('row').filter({ hasText: '(ICESCO)' })).toContainText('as of 8 April 2022');
    const invitations = page.getByRole('region', { name: 'Invitations', exact: true });
    await expect(invitations).toContainText('ICESCO invited Russia to become member by 8 April 2022');
    await expect(invitations).toContainText('Pending');
  });

  test("Russia's OIC band leads to the change and its citation", async ({ page }) => {
    await page.goto('/countries/rus/history');
    await page.getByRole('link', { name: 'OIC: Observer from 30 June 2005, still holds' }).click();
    await expect(page).toHaveURL(/#change-\d+$/);
    const target = page.locator(':target');
    await expect(target).toContainText('30 June 2005');
    await expect(target.locator('a[title*="Observer status in OIC"]')).toBeVisible();
  });

  test('Egypt: the OIC suspension shows as its own band between two member bands', async ({ page }) => {
    await page.goto('/countries/egy/history');
    await expect(page.getByRole('link', { name: 'OIC: Member from 1969 to May 1979' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'OIC: Suspended from May 1979 to 19 January 1984' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'OIC: Member from 19 January 1984, still holds' })).toBeVisible();
  });
});
