// An editor signs in through the page and records a change; the revision names them.
import { expect, test } from '@playwright/test';
import { signInAs, TEST_ACCOUNTS } from './fixtures/auth';
import { openE2eDb } from './fixtures/e2e-db';

test('an editor signs in through the page and adds an organization; the revision records the author', async ({ page }) => {
  await page.goto('/organizations/new');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Forganizations%2Fnew$/);
  await page.getByLabel('Email').fill(TEST_ACCOUNTS.editor.email);
  await page.getByLabel('Password').fill(TEST_ACCOUNTS.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/organizations\/new$/);

  const slug = `e2e-org-${Date.now()}`;
  await page.getByLabel(/^Name/).fill('End-to-end Test Organization');
  await page.getByLabel(/^Acronym/).fill('ETO');
  await page.getByLabel(/^Slug/).fill(slug);
  await page.getByRole('button', { name: 'Add the organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('End-to-end Test Organization');

  const revision = openE2eDb().prepare("select author_name as author, author_id as authorId from revision where entity_type = 'organization' order by id desc limit 1").get();
  expect(revision).toMatchObject({ author: TEST_ACCOUNTS.editor.name, authorId: expect.any(String) });
});

test('a signed-out reader sees no editor links and no sign-out', async ({ page }) => {
  await page.goto('/organizations/icesco');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await signInAs(page, 'editor', '/organizations/icesco');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
});
