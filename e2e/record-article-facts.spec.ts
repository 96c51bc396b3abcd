// An editor records the facts of an 8 April 2022 article (an observer, an invitation, a member
// count: as in the ICESCO–Russia article) on an organization and a state of the test's own, corrects
// one, reverts the correction, and sees each step on the pages and in the history.
import { expect, test, type Page } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { newAccount, newSource, newState, type Source } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';
import { openStatusChangeForm } from './fixtures/forms';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

const OBSERVER_QUOTE = "they're just an observer nation";
const INVITATION_QUOTE = 'we have asked them to become a member nation of ICESCO';
const COUNT_QUOTE = 'brings together 54 member states';

async function cite(page: Page, article: Source, quote: string) {
  await page.getByLabel('New source: address').fill(article.url);
  await page.getByLabel('Quote').fill(quote);
}

test('records status, invitation and count claim from the article, corrects one and reverts the correction', async ({ page }) => {
  const slug = `rec-${Date.now().toString(36)}`;
  const state = newState();
  const article = newSource({ title: 'The organization hopes the state will accept its invitation' });
  await signInWith(page, await newAccount('editor'), '/organizations/new');
  await page.goto('/organizations/new');
  await page.getByLabel('Name', { exact: true }).fill('Record Journey Test Organization');
  await page.getByLabel('Acronym', { exact: true }).fill('RJT');
  await page.getByLabel('Slug (in its address)').fill(slug);
  await page.getByLabel('Founded').fill('1979-05');
  await page.getByRole('button', { name: 'Add the organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}$`));

  // Status: the state an observer as of the article's date.
  await page.goto(`/record/status-change?org=${slug}&state=${state.code}`);
  await page.getByLabel('New status').selectOption('observer');
  await page.getByLabel('Date', { exact: true }).fill('2022-04-08');
  await page.getByLabel('As of: the status held on this date (observation)').check();
  await cite(page, article, OBSERVER_QUOTE);
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}\\?recorded=status-change`));
  await expect(page.getByRole('heading', { name: /Observer \(1\)/ })).toBeVisible();
  await expect(page.getByRole('link', { name: state.name }).first()).toBeVisible();

  // The same change again is refused, pointing at the recorded one.
  await page.goto(`/record/status-change?org=${slug}&state=${state.code}`);
  await page.getByLabel('New status').selectOption('observer');
  await page.getByLabel('Date', { exact: true }).fill('2022-04-08');
  await cite(page, article, OBSERVER_QUOTE);
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('already recorded');
  await expect(page.getByRole('link', { name: 'Add your citation to the recorded change' })).toBeVisible();
  await expect(page.getByLabel('Quote')).toHaveValue(OBSERVER_QUOTE);

  // Invitation to become a member, known to have been extended by that date.
  await page.goto(`/record/invitation?org=${slug}&state=${state.code}`);
  await page.getByLabel('Invited to become').selectOption('member');
  await page.getByLabel('Date', { exact: true }).fill('2022-04-08');
  await page.getByLabel('By this date (known only to have been extended by then)').check();
  await cite(page, article, INVITATION_QUOTE);
  await page.getByRole('button', { name: 'Record the invitation' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}\\?recorded=invitation`));
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeVisible();

  // Count claim: 54 member states.
  await page.goto(`/record/count-claim?org=${slug}`);
  await page.getByLabel('Number').fill('54');
  await page.getByLabel('Date', { exact: true }).fill('2022-04-08');
  await cite(page, article, COUNT_QUOTE);
  await page.getByRole('button', { name: 'Record the count' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}\\?recorded=count-claim`));
  await expect(page.getByText(/Source says\s*54 members on 8 April 2022; the record holds/)).toBeVisible();

  // The article was on record already: all three cite that one source.
  const db = openE2eDb();
  const sources = db.prepare('select count(*) as n from source where url = ?').get(article.url) as { n: number };
  expect(sources.n).toBe(1);
  const change = db.prepare('select sc.id from status_change sc join organization o on o.id = sc.organization_id where o.slug = ?').get(slug) as { id: number };
  db.close();

  // The country page shows the new organization.
  await page.goto(`/countries/${state.code}`);
  await expect(page.getByRole('main').locator(`a[href="/organizations/${slug}"]`).first()).toBeAttached();

  // Correct the change: the article only dates it to April 2022.
  await page.goto(`/status-changes/${change.id}/edit`);
  await page.getByLabel('Accepted date').fill('2022-04');
  await page.getByLabel('Summary of your edit').fill('Dated to the month only');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${slug}\\?recorded=correction`));
  await expect(page.getByText('as of April 2022').first()).toBeVisible();

  await page.goto(`/history?org=${slug}`);
  const edit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Dated to the month only/ }) });
  await expect(edit.getByRole('row', { name: /date 2022-04-08 2022-04/ })).toBeVisible();

  // Revert the correction.
  await page.goto(`/history?entity=statusChange&id=${change.id}`);
  const editItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Dated to the month only/ }) });
  await editItem.locator('summary', { hasText: /^Revert #\d+$/ }).click();
  await editItem.getByRole('button', { name: /^Revert #\d+$/ }).click();
  await expect(page).toHaveURL(/\/history\?reverted=\d+/);
  await expect(page.getByRole('heading', { name: /Reverted #\d+: Dated to the month only/ })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Reverted');

  await page.goto(`/organizations/${slug}`);
  await expect(page.getByText('as of 8 April 2022').first()).toBeVisible();
  await page.goto(`/history?org=${slug}`);
  await expect(page.getByRole('heading', { name: /^#\d+ / })).toHaveCount(6);
});

test('bad input is answered beside the field, keeps what was typed and writes nothing', async ({ page }) => {
  await openStatusChangeForm(page, '1979-05');
  const db = openE2eDb();
  const before = db.prepare('select count(*) as n from revision').get();
  await page.getByLabel('New status').selectOption('member');
  await page.getByLabel('Date', { exact: true }).fill('2023-02-30');
  await page.getByLabel('New source: address').fill('javascript:alert(1)');
  await page.getByLabel('New source: title').fill('Bad address');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Date', { exact: true })).toHaveAccessibleDescription(/February 2023 has no day 30: it has 28 days\./);
  await expect(page.getByLabel('New source: address')).toHaveAccessibleDescription(/Enter a web address starting with http:\/\/ or https:\/\//);
  await expect(page.getByLabel('Quote')).toHaveAccessibleDescription(/The quote is required\./);
  await expect(page.getByLabel('New source: address')).toHaveValue('javascript:alert(1)');
  expect(db.prepare('select count(*) as n from revision').get()).toEqual(before);
  db.close();
});

test('a date before the founding is refused, saying so', async ({ page }) => {
  const article = newSource();
  const { org } = await openStatusChangeForm(page, '1979-05');
  const db = openE2eDb();
  const before = db.prepare('select count(*) as n from revision').get();
  await page.getByLabel('New status').selectOption('member');
  await page.getByLabel('Date', { exact: true }).fill('1970');
  await page.getByLabel('New source: address').fill(article.url);
  await page.getByLabel('Quote').fill('some words');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText(`${org.acronym} was founded in May 1979; 1970 is before that.`);
  await expect(page.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(db.prepare('select count(*) as n from revision').get()).toEqual(before);
  db.close();
});
