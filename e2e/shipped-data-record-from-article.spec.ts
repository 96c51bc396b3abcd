// An editor pastes the ICESCO–Russia article of the shipped data into /record/from-article: its
// three facts are found and each is already on record (the shipped data itself: ICESCO, Russia and
// the article's source), with JavaScript and without. Read only: nothing is saved.
import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { candidate, evalArticle, paste } from './fixtures/from-article';

// Read only, each test on its own: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test('the founding article gives its three facts, each already on record', async ({ page }) => {
  await signInAs(page, 'editor', '/record/from-article');
  await paste(page, evalArticle('urdupoint-icesco-russia'), 'ICESCO hopeful Russia will accept invitation to join as member');
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the two steps work as plain form posts', async ({ page }) => {
    await signInAs(page, 'editor', '/record/from-article');
    await paste(page, evalArticle('urdupoint-icesco-russia'), 'ICESCO hopeful Russia will accept invitation to join as member');
    await expect(page.getByRole('group')).toHaveCount(3);
    // Saving facts the record already holds is refused at the candidate, and the text stays.
    await page.getByRole('checkbox', { name: 'Keep candidate 1' }).check();
    await page.getByRole('button', { name: 'Save the kept facts' }).click();
    await expect(page).toHaveURL(/\/record\/from-article/);
    await expect(page.getByRole('group').first().getByText(/^Already recorded: untick this candidate/)).toBeVisible();
    await expect(page.getByLabel('Article text')).toHaveValue(/brings together 54 member states/);
  });
});
