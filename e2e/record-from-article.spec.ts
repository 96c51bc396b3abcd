// An editor pastes an article about a change the record lacks into /record/from-article: the facts
// it states are found, a bad field is refused at its candidate, and the kept facts are saved in one
// go with one source and show on the organization and country pages with the article's words.
// The organization, its three members and the article are the test's own (the article names them).
import { expect, test } from '@playwright/test';
import { signInWith } from './fixtures/auth';
import { addStatusChange, newAccount, newOrganization, newState, uniqueToken } from './fixtures/data';
import { openE2eDb } from './fixtures/e2e-db';
import { candidate, paste } from './fixtures/from-article';

test('an article about a change the record lacks is saved with one source and shows on the pages', async ({ page }) => {
  const org = newOrganization({ founded: '1975' });
  const states = [newState(), newState(), newState()];
  for (const state of states) addStatusChange(org, state, 'member', '1975');
  const [, second] = states;
  const token = uniqueToken();
  const article = {
    url: `https://e2e.memberline.test/articles/${token}`,
    title: `Test article ${token}`,
    publisher: 'Test publisher',
    published: '2024-01-29',
    lang: 'en' as const,
    text: `${states[0]!.name}, ${states[1]!.name} and ${states[2]!.name} announced on Sunday, 28 January 2024, their withdrawal from the ${org.name}.`,
  };
  await signInWith(page, await newAccount('editor'), '/record/from-article');
  await paste(page, article, article.title);
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('group') })).toHaveCount(3);
  for (const state of states) {
    const row = candidate(page, new RegExp(`^Status change: ${org.slug} · ${state.code} · withdrawn · 2024-01-28$`));
    await expect(row.getByText('New', { exact: true })).toBeVisible();
    await expect(row.getByRole('checkbox')).toBeChecked();
  }
  // A kept fact with a bad field is refused at its candidate; nothing is written, and what was typed stays.
  const db = openE2eDb();
  const revisions = () => (db.prepare('select count(*) as n from revision').get() as { n: number }).n;
  const before = revisions();
  const group = () => candidate(page, new RegExp(`^Status change: ${org.slug} · ${second!.code} · withdrawn`));
  const quote = await group().getByLabel('Quote').inputValue();
  expect(quote).toContain(second!.name);
  await group().getByLabel('Date', { exact: true }).fill('2024-02-30');
  await page.getByRole('button', { name: 'Save the kept facts' }).click();
  await expect(group().getByText(/has no day 30/)).toBeVisible();
  await expect(group().getByLabel('Date', { exact: true })).toHaveValue('2024-02-30');
  expect(revisions()).toBe(before);

  await group().getByLabel('Date', { exact: true }).fill('2024-01-28');
  await page.getByRole('button', { name: 'Save the kept facts' }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\?recorded=article$/);

  // One source, cited by the three withdrawals, each saved with its revision.
  const sources = db.prepare('select id from source where url = ?').all(article.url) as { id: number }[];
  expect(sources).toHaveLength(1);
  const cited = db.prepare('select count(*) as n from citation where source_id = ?').get(sources[0]!.id) as { n: number };
  expect(cited.n).toBe(3);
  expect(revisions()).toBe(before + 3);
  db.close();

  await page.goto(`/organizations/${org.slug}/history?state=${second!.code}`);
  await expect(page.getByRole('main')).toContainText(quote);
  await page.goto(`/countries/${second!.code}/history?organization=${org.slug}`);
  await expect(page.getByRole('main')).toContainText(quote);
});
