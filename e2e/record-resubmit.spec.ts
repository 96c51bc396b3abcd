// A form that came back with field errors can be corrected and sent again: the second Save reaches
// the server instead of silently doing nothing.
import { expect, test } from '@playwright/test';
import { newSource } from './fixtures/data';
import { openStatusChangeForm } from './fixtures/forms';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

const OBSERVER_QUOTE = "they're just an observer nation";

test('after a refused date, the corrected form is sent again and answered', async ({ page }) => {
  const article = newSource();
  const { org } = await openStatusChangeForm(page);
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname.startsWith('/record/')) posts.push(r.url()); });

  await page.getByLabel('New status').selectOption('observer');
  await page.getByLabel('Date', { exact: true }).fill('2023-02-30');
  await page.getByLabel('As of: the status held on this date (observation)').check();
  await page.getByLabel('New source: address').fill(article.url);
  await page.getByLabel('Quote').fill(OBSERVER_QUOTE);
  await page.getByRole('button', { name: 'Record the change' }).click();

  const date = page.getByLabel('Date', { exact: true });
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Some fields need attention');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-date-errors')).toHaveText('February 2023 has no day 30: it has 28 days.');
  await expect(date).toHaveValue('2023-02-30');
  await expect(page.getByLabel('Quote')).toHaveValue(OBSERVER_QUOTE);
  await expect(page.getByLabel('New source: address')).toHaveValue(article.url);
  await expect(page.getByLabel('New status')).toHaveValue('observer');
  expect(posts).toHaveLength(1);

  await date.fill('2022-04-08');
  const second = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/record/status-change');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await second;
  expect(posts).toHaveLength(2);
  // Saved (and sent to the organization page) or answered with the server's new message.
  await expect(async () => {
    if (page.url().includes(`/organizations/${org.slug}?recorded=status-change`)) return;
    await expect(page.getByRole('main').getByRole('alert')).not.toContainText('Some fields need attention', { timeout: 100 });
    await expect(page.getByRole('main').getByRole('alert')).toBeVisible({ timeout: 100 });
  }).toPass();
  await expect(page.getByText('February 2023 has no day 30')).toHaveCount(0);
});
