// The organization, state and source pickers: found by any name, used by keyboard, a plain select without JavaScript.
import { expect, test } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, newOrganization, newState, uniqueToken } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test('the organization picker finds an organization by its former acronym, and it is chosen with the keyboard', async ({ page }) => {
  const former = `F${uniqueToken().toUpperCase()}`;
  const org = newOrganization({ formerNames: [{ name: `Former Name of ${former}`, acronym: former, ended: '2020-01-30' }] });
  await signInWith(page, await newAccount('editor'), '/record/status-change');
  await page.goto('/record/status-change');
  // The plain select becomes a searchable picker, with its hidden input, once the page is hydrated.
  await expect(page.locator('input[type="hidden"][name="organizationId"]')).toBeAttached();
  const picker = page.getByRole('combobox', { name: 'Organization' });
  await picker.fill(former);
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText(org.acronym);
  await expect(options.first()).toContainText(former);
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(new RegExp(`^${org.acronym}: `));
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('input[type="hidden"][name="organizationId"]')).toHaveValue(String(org.id));
});

test('the state picker finds a state by another of its names or by its code', async ({ page }) => {
  const otherName = `Otherland ${uniqueToken()}`;
  const state = newState({ otherNames: [otherName] });
  await signInWith(page, await newAccount('editor'), '/record/invitation');
  await page.goto('/record/invitation');
  await expect(page.locator('input[type="hidden"][name="stateId"]')).toBeAttached();
  const picker = page.getByRole('combobox', { name: 'State' });
  const first = page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first();
  await picker.fill(otherName);
  await expect(first).toContainText(state.name);
  await picker.fill(state.code);
  await expect(first).toContainText(state.name);
  await first.click();
  await expect(picker).toHaveValue(new RegExp(`^${state.name}`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the pickers are plain selects, and the form still posts', async ({ page }) => {
    const org = newOrganization();
    const form = `/record/status-change?org=${org.slug}`;
    await signInWith(page, await newAccount('editor'), form);
    await page.goto(form);
    const select = page.locator('select[name="organizationId"]');
    await expect(select).toBeVisible();
    await expect(select.locator('option:checked')).toHaveText(new RegExp(`^${org.acronym}: `));
    await expect(page.locator('select[name="stateId"]')).toBeVisible();
    await page.getByRole('button', { name: 'Record the change' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    await expect(page.locator('select[name="organizationId"] option:checked')).toHaveText(new RegExp(`^${org.acronym}: `));
  });
});
