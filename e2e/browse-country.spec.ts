// A country's page and timeline: on a state and organizations the test makes.
import { expect, test } from '@playwright/test';
import { addInvitation, addStatusChange, newOrganization, newSource, newState } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

/** A state, observer of one organization from 30 June 2005, of another as of 8 April 2022 with a pending invitation. */
function observerOfTwo() {
  const state = newState();
  const first = newOrganization({ founded: '1969' });
  const second = newOrganization({ founded: '1979-05' });
  const source = newSource({ title: `Observer status in ${first.acronym}` });
  addStatusChange(first, state, 'observer', '2005-06-30', { source });
  addStatusChange(second, state, 'observer', '2022-04-08', { dateKind: 'asOf' });
  addInvitation(second, state, 'member', '2022-04-08', { dateKind: 'by' });
  return { state, first, second, source };
}

test.describe('a country and its timeline', () => {
  test('an observer band from 2005, an observer mark as of 2022 with the pending invitation', async ({ page }) => {
    const { state, first, second } = observerOfTwo();
    await page.goto(`/countries/${state.code}/history`);
    const timeline = page.getByRole('group', { name: `${state.name}: every membership over time` });
    await expect(timeline.getByRole('link', { name: `${first.acronym}: Observer from 30 June 2005, still holds` })).toBeVisible();
    await expect(timeline.getByRole('link', { name: `${second.acronym}: Observer as of 8 April 2022, still holds` })).toBeVisible();
    await expect(timeline.getByRole('link', { name: `${second.acronym}: invited to become member by 8 April 2022 (pending)` })).toBeVisible();

    await page.goto(`/countries/${state.code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(state.name);
    const today = page.getByRole('region', { name: /^Today:/ });
    await expect(today.getByRole('row').filter({ hasText: `(${first.acronym})` })).toContainText('since 30 June 2005');
    await expect(today.getByRole('row').filter({ hasText: `(${second.acronym})` })).toContainText('as of 8 April 2022');
    const invitations = page.getByRole('region', { name: 'Invitations', exact: true });
    await expect(invitations).toContainText(`${second.acronym} invited ${state.name} to become member by 8 April 2022`);
    await expect(invitations).toContainText('Pending');
  });

  test('a band leads to the change and its citation', async ({ page }) => {
    const { state, first, source } = observerOfTwo();
    await page.goto(`/countries/${state.code}/history`);
    await page.getByRole('link', { name: `${first.acronym}: Observer from 30 June 2005, still holds` }).click();
    await expect(page).toHaveURL(/#change-\d+$/);
    const target = page.locator(':target');
    await expect(target).toContainText('30 June 2005');
    await expect(target.locator(`a[title*="${source.title}"]`)).toBeVisible();
  });

  test('the timeline reads as a table too', async ({ page }) => {
    const { state, first } = observerOfTwo();
    await page.goto(`/countries/${state.code}`);
    await page.getByRole('link', { name: 'The timeline as a table' }).click();
    await expect(page).toHaveURL(new RegExp(`/countries/${state.code}/history#spells$`));
    await page.locator('summary', { hasText: 'The timeline as a table' }).click();
    const table = page.getByRole('table', { name: `${state.name}: every spell and invitation` });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: first.acronym }) });
    await expect(row).toContainText('Observer');
    await expect(row).toContainText('30 June 2005');
    await expect(row).toContainText('still holds');
    await expect(table.getByRole('row').filter({ hasText: 'Invitation to become member' })).toContainText('by 8 April 2022');
  });

  test('a suspension shows as its own band between two member bands', async ({ page }) => {
    const state = newState();
    const org = newOrganization({ founded: '1969' });
    addStatusChange(org, state, 'member', '1969');
    addStatusChange(org, state, 'suspended', '1979-05');
    addStatusChange(org, state, 'member', '1984-03');
    await page.goto(`/countries/${state.code}/history`);
    await expect(page.getByRole('link', { name: `${org.acronym}: Member from 1969 to May 1979` })).toBeVisible();
    await expect(page.getByRole('link', { name: `${org.acronym}: Suspended from May 1979 to March 1984` })).toBeVisible();
    await expect(page.getByRole('link', { name: `${org.acronym}: Member from March 1984, still holds` })).toBeVisible();
  });

  test('an unknown country code is a 404 page', async ({ page }) => {
    const response = await page.goto('/countries/xyz');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
