// An editor signs in through the page and records a change; the revision names them.
import { expect, test } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, newOrganization } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test('an editor signs in through the page and adds an organization; the revision records the author', async ({ page }) => {
  const editor = await newAccount('editor');
  await page.goto('/organizations/new');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Forganizations%2Fnew$/);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/organizations\/new$/);

  const slug = `e2e-org-${Date.now()}`;
  await page.getByLabel(/^Name/).fill('End-to-end Test Organization');
  await page.getByLabel(/^Acronym/).fill('ETO');
  await page.getByLabel(/^Slug/).fill(slug);
  await page.getByRole('button', { name: 'Add the organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('End-to-end Test Organization');

  const db = openE2eDb();
  const revision = db
    .prepare("select r.author_name as author, r.author_id as authorId from revision r join organization o on o.id = r.entity_id where r.entity_type = 'organization' and o.slug = ?")
    .get(slug);
  db.close();
  expect(revision).toEqual({ author: editor.name, authorId: editor.id });
});

test('a signed-out reader sees no editor links and no sign-out', async ({ page }) => {
  const org = newOrganization();
  await page.goto(`/organizations/${org.slug}`);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await signInWith(page, await newAccount('editor'), `/organizations/${org.slug}`);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
});
