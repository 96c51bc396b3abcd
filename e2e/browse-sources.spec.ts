// A source's page: every fact it backs, with its quote. On a source the test makes.
import { expect, test } from '@playwright/test';
import { addCountClaim, addInvitation, addStatusChange, newOrganization, newSource, newState, uniqueToken } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test.describe('sources', () => {
  test('a source lists every fact it backs with its quote', async ({ page }) => {
    const word = `Hopeful${uniqueToken()}`;
    const source = newSource({ title: `${word}: the organization hopes the state will accept its invitation` });
    const org = newOrganization({ founded: '1979-05' });
    const state = newState();
    addStatusChange(org, state, 'observer', '2022-04-08', { dateKind: 'asOf', source, quote: "they're just an observer nation" });
    addInvitation(org, state, 'member', '2022-04-08', { dateKind: 'by', source, quote: 'we have asked them to become a member nation' });
    addCountClaim(org, 54, '2022-04-08', { source, quote: 'brings together 54 member states' });

    await page.goto(`/sources?q=${word}`);
    await page.getByRole('link', { name: source.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(source.title);
    const changes = page.getByRole('region', { name: /^Status changes/ });
    const line = changes.getByRole('listitem').filter({ has: page.getByRole('link', { name: state.name, exact: true }) });
    await expect(line).toContainText("they're just an observer nation");
    await expect(page.getByRole('region', { name: /^Invitations/ })).toContainText(`${org.acronym} invited ${state.name} to become member by 8 April 2022`);
    await expect(page.getByRole('region', { name: /^Count claims/ })).toContainText('54 members on 8 April 2022');
  });

  test('an unknown source is a 404 page', async ({ page }) => {
    expect((await page.goto('/sources/999999'))?.status()).toBe(404);
    expect((await page.goto('/sources/abc'))?.status()).toBe(404);
  });
});
