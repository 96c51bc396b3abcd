// The organization, state and source pickers: found by any name, used by keyboard, a plain select without JavaScript.
import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';

test('the organization picker finds ICESCO by its former acronym, ISESCO, and is chosen with the keyboard', async ({ page }) => {
  await signInAs(page, 'editor', '/record/status-change');
  await page.goto('/record/status-change');
  const picker = page.getByRole('combobox', { name: 'Organization' });
  await picker.fill('ISESCO');
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText('ICESCO');
  await expect(options.first()).toContainText('ISESCO');
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(/^ICESCO: /);
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('input[type="hidden"][name="organizationId"]')).not.toHaveValue('');
});

test('the state picker finds a state by another of its names or by its code', async ({ page }) => {
  await signInAs(page, 'editor', '/record/invitation');
  await page.goto('/record/invitation');
  const picker = page.getByRole('combobox', { name: 'State' });
  await picker.fill('rus');
  await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first()).toContainText('Russia');
  await page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first().click();
  await expect(picker).toHaveValue(/^Russia/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the pickers are plain selects, and the form still posts', async ({ page }) => {
    await signInAs(page, 'editor', '/record/status-change?org=oic');
    await page.goto('/record/status-change?org=oic');
    const select = page.locator('select[name="organizationId"]');
    await expect(select).toBeVisible();
    await expect(select.locator('option:checked')).toHaveText(/^OIC: /);
    await expect(page.locator('select[name="stateId"]')).toBeVisible();
    await page.getByRole('button', { name: 'Record the change' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    await expect(page.locator('select[name="organizationId"] option:checked')).toHaveText(/^OIC: /);
  });
});
