import { expect, test } from '@playwright/test';

test.describe('sources', () => {
  test('a source lists every fact it backs with its quote', async ({ page }) => {
    await page.goto('/sources?q=UrduPoint');
    await page.getByRole('link', { name: /ICESCO hopeful Russia will accept invitation/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ICESCO hopeful Russia will accept invitation');
    const changes = page.getByRole('region', { name: /^Status changes/ });
    const russia = changes.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Russia', exact: true }) });
    await expect(russia).toContainText("they're just an observer nation");
    await expect(page.getByRole('region', { name: /^Invitations/ })).toContainText('ICESCO invited Russia to become member by 8 April 2022');
    await expect(page.getByRole('region', { name: /^Count claims/ })).toContainText('54 members on 8 April 2022');
  });

  test('an unknown source is a 404 page', async ({ page }) => {
    expect((await page.goto('/sources/999999'))?.status()).toBe(404);
    expect((await page.goto('/sources/abc'))?.status()).toBe(404);
  });
});
