// What an editor is told after a save: the confirmation naming what was recorded, the duplicate
// pending invitation refused with a way to cite it, and a refused form's summary taking focus.
import { expect, test, type Page } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, newSource, newState, type Source, type State } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';
import { openStatusChangeForm } from './fixtures/forms';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

async function addOrganization(page: Page, acronym: string): Promise<string> {
  const slug = `${acronym.toLowerCase()}-${Date.now().toString(36)}`;
  await page.goto('/organizations/new');
  await page.getByLabel('Name', { exact: true }).fill(`${acronym} Answers Test Organization`);
  await page.getByLabel('Acronym', { exact: true }).fill(acronym);
  await page.getByLabel('Slug (in its address)').fill(slug);
  await page.getByLabel('Founded').fill('1990');
  await page.getByRole('button', { name: 'Add the organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}`));
  return slug;
}

async function invite(page: Page, slug: string, state: State, article: Source) {
  await page.goto(`/record/invitation?org=${slug}&state=${state.code}`);
  await page.getByLabel('Invited to become').selectOption('member');
  await page.getByLabel('Date', { exact: true }).fill('2022-04-08');
  await page.getByLabel('New source: address').fill(article.url);
  await page.getByLabel('Quote').fill('we have asked them to become a member nation');
  await page.getByRole('button', { name: 'Record the invitation' }).click();
}

test('a saved invitation is confirmed by name; the same pending invitation again is refused with a link to cite it', async ({ page }) => {
  const [state, article] = [newState(), newSource()];
  await signInWith(page, await newAccount('editor'), '/organizations/new');
  const slug = await addOrganization(page, 'FAT');
  await invite(page, slug, state, article);
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}\\?recorded=invitation&id=\\d+`));
  await expect(page.getByRole('status').filter({ hasText: 'Invitation recorded' })).toContainText(`${state.name} invited to become member of FAT on 8 April 2022`);

  const db = openE2eDb();
  const count = () => (db.prepare('select count(*) as n from invitation i join organization o on o.id = i.organization_id where o.slug = ?').get(slug) as { n: number }).n;
  expect(count()).toBe(1);
  await invite(page, slug, state, article);
  const summary = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(summary).toContainText('already recorded and still pending');
  await expect(summary).toBeFocused();
  const cite = page.getByRole('link', { name: 'Add your citation to the pending invitation' });
  await expect(cite).toHaveAttribute('href', /^\/invitations\/\d+\/edit$/);
  await expect(page.getByLabel('Quote')).toHaveValue('we have asked them to become a member nation');
  expect(count()).toBe(1);
  db.close();
});

test('a saved status change is confirmed by name', async ({ page }) => {
  const [state, article] = [newState(), newSource()];
  await signInWith(page, await newAccount('editor'), '/organizations/new');
  const slug = await addOrganization(page, 'FCS');
  await page.goto(`/record/status-change?org=${slug}&state=${state.code}`);
  await page.getByLabel('New status').selectOption('observer');
  await page.getByLabel('Date', { exact: true }).fill('2005-06-30');
  await page.getByLabel('New source: address').fill(article.url);
  await page.getByLabel('Quote').fill('an observer nation');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status change recorded' })).toContainText(state.name);
  await expect(page.getByRole('status').filter({ hasText: 'Status change recorded' })).toContainText('30 June 2005');
});

test('the status form points to the invitation form', async ({ page }) => {
  const { org, state } = await openStatusChangeForm(page);
  await page.getByRole('link', { name: 'record an invitation' }).click();
  await expect(page).toHaveURL(new RegExp(`/record/invitation\\?org=${org.slug}&state=${state.code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record an invitation');
});

test('a refused save moves focus to a summary that links to each field, one message per field', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openStatusChangeForm(page);
  await page.getByRole('button', { name: 'Record the change' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary.getByRole('link', { name: /^Date: / })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^New status: / })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Citation 1: Quote: / })).toBeVisible();
  // The date field says one thing, once.
  await expect(page.locator('#field-date-errors')).toHaveCount(1);
  await expect(page.locator('#field-date-errors')).toHaveText('The date is required: YYYY, YYYY-MM or YYYY-MM-DD.');
  // A citation without a source is told at the address and title it needs, not at the picker.
  await expect(page.getByLabel('New source: address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('New source: title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('combobox', { name: 'Source on record' })).not.toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /^Date: / }).click();
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
});
