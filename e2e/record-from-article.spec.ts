// An editor pastes a news item into /record/from-article and gets the facts it states: the
// founding article's three facts are already on record; an article about a change the record
// lacks is saved in one go and shows on the organization and country pages with its words.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { openE2eDb } from './fixtures/e2e-db';

type EvalArticle = { url: string; title: string | null; publisher: string; published: string; lang: 'en' | 'fr'; text: string };
const article = (name: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'lib', 'extract', 'eval', 'articles', `${name}.json`), 'utf8')) as EvalArticle;

async function paste(page: Page, a: EvalArticle, title: string) {
  await page.goto('/record/from-article');
  await page.getByLabel('Address').fill(a.url);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Publisher').fill(a.publisher);
  await page.getByLabel('Publication date').fill(a.published);
  await page.getByLabel('Language').selectOption(a.lang);
  await page.getByLabel('Article text').fill(a.text);
  await page.getByRole('button', { name: 'Find the facts' }).click();
  await expect(page.getByRole('heading', { name: 'Candidate facts' })).toBeVisible();
}

const candidate = (page: Page, legend: RegExp) => page.getByRole('group', { name: legend });

test('the founding article gives its three facts, each already on record', async ({ page }) => {
  await signInAs(page, 'editor', '/record/from-article');
  await paste(page, article('urdupoint-icesco-russia'), 'ICESCO hopeful Russia will accept invitation to join as member');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('group') })).toHaveCount(3);

  const observer = candidate(page, /^Status change: icesco · rus · observer · 2022-04-08$/);
  await expect(observer.getByText('Already on record')).toBeVisible();
  await expect(observer.locator('mark', { hasText: 'observer nation' })).toBeVisible();
  await expect(observer.getByLabel('The date is')).toHaveValue('asOf');

  const invitation = candidate(page, /^Invitation: icesco · rus · member/);
  await expect(invitation.getByText('Already on record')).toBeVisible();

  const count = candidate(page, /^Count claim: icesco · 54 member · 2022-04-08$/);
  await expect(count.getByText('Already on record')).toBeVisible();
  await expect(count.getByLabel('Quote')).toHaveValue(/brings together 54 member states/);
  // Facts already on record are not kept unless the editor ticks them.
  for (const box of await page.getByRole('checkbox', { name: /Keep candidate/ }).all()) await expect(box).not.toBeChecked();
});

test('an article about a change the record lacks is saved with one source and shows on the pages', async ({ page }) => {
  const a = article('sahel-intelligence-ecowas-withdrawal');
  const url = `${a.url}?e2e=${Date.now().toString(36)}`;
  await signInAs(page, 'editor', '/record/from-article');
  await paste(page, { ...a, url }, 'Afrique : Burkina, Mali, Niger se retirent de la Cedeao (officiel)');
  for (const code of ['bfa', 'mli', 'ner']) {
    const row = candidate(page, new RegExp(`^Status change: ecowas · ${code} · withdrawn · 2024-01-28$`));
    await expect(row.getByText('New', { exact: true })).toBeVisible();
    await expect(row.getByRole('checkbox')).toBeChecked();
  }
  // A kept fact with a bad field is refused at its candidate; nothing is written, and what was typed stays.
  const db = openE2eDb();
  const before = (db.prepare('select count(*) as n from revision').get() as { n: number }).n;
  const mali = candidate(page, /^Status change: ecowas · mli · withdrawn/);
  const quote = await mali.getByLabel('Quote').inputValue();
  expect(quote).toContain('Mali');
  await mali.getByLabel('Date', { exact: true }).fill('2024-02-30');
  await page.getByRole('button', { name: 'Save the kept facts' }).click();
  await expect(page.getByRole('group', { name: /mli/ }).getByText(/has no day 30/)).toBeVisible();
  await expect(page.getByRole('group', { name: /mli/ }).getByLabel('Date', { exact: true })).toHaveValue('2024-02-30');
  expect((db.prepare('select count(*) as n from revision').get() as { n: number }).n).toBe(before);

  await page.getByRole('group', { name: /mli/ }).getByLabel('Date', { exact: true }).fill('2024-01-28');
  await page.getByRole('button', { name: 'Save the kept facts' }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\?recorded=article$/);

  const sources = db.prepare('select id from source where url = ?').all(url) as { id: number }[];
  expect(sources).toHaveLength(1);
  const cited = db.prepare('select count(*) as n from citation where source_id = ?').get(sources[0]!.id) as { n: number };
  expect(cited.n).toBe(4);
  expect((db.prepare('select count(*) as n from revision').get() as { n: number }).n).toBe(before + 4);
  db.close();

  await page.goto('/organizations/ecowas/history?state=mli');
  await expect(page.getByRole('main')).toContainText(quote);
  await page.goto('/countries/mli/history?organization=ecowas');
  await expect(page.getByRole('main')).toContainText(quote);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the two steps work as plain form posts', async ({ page }) => {
    await signInAs(page, 'editor', '/record/from-article');
    await paste(page, article('urdupoint-icesco-russia'), 'ICESCO hopeful Russia will accept invitation to join as member');
    await expect(page.getByRole('group')).toHaveCount(3);
    // Saving facts the record already holds is refused at the candidate, and the text stays.
    await page.getByRole('checkbox', { name: 'Keep candidate 1' }).check();
    await page.getByRole('button', { name: 'Save the kept facts' }).click();
    await expect(page).toHaveURL(/\/record\/from-article/);
    await expect(page.getByRole('group').first().getByText(/^Already recorded: untick this candidate/)).toBeVisible();
    await expect(page.getByLabel('Article text')).toHaveValue(/brings together 54 member states/);
  });
});
