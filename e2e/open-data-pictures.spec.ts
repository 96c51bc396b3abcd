// The member-count chart and the list of states the map cannot draw: on an organization the test
// makes. (The map's colours need ISO states' shapes: e2e/shipped-data-map.spec.ts.)
import { expect, test } from '@playwright/test';
import { axeFor, axeViolations } from './fixtures/axe';
import { addCountClaim, addStatusChange, newOrganization, newState } from './fixtures/data';

// Every test makes its own records: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

test('the member-count chart draws the count claims as labelled points', async ({ page }) => {
  const org = newOrganization({ founded: '1979-05' });
  for (let i = 0; i < 3; i++) addStatusChange(org, newState(), 'member', '1990');
  addCountClaim(org, 54, '2022-04-08');
  addCountClaim(org, 53, '2017-02-14');
  await page.goto(`/organizations/${org.slug}`);
  const claims = page.getByRole('list', { name: 'Counts given by sources' });
  await expect(claims.getByRole('listitem', { name: 'Source says 54 members on 8 April 2022; record holds 3' })).toHaveCount(1);
  await expect(claims.getByRole('listitem', { name: 'Source says 53 members on 14 February 2017; record holds 3' })).toHaveCount(1);
  await expect(page.getByText('The counts as a table')).toBeVisible();
});

test('states without a shape are listed beneath the map', async ({ page }) => {
  const org = newOrganization({ founded: '1969' });
  const state = newState();
  addStatusChange(org, state, 'member', '1970');
  await page.goto(`/organizations/${org.slug}`);
  const list = page.getByRole('list', { name: 'States not drawn on the map' });
  await expect(list.getByRole('link', { name: state.name })).toHaveAttribute('href', `/countries/${state.code}`);
});

test('the map and the chart pass axe with a suspended state, a member and count claims', async ({ page }) => {
  const org = newOrganization({ founded: '1969' });
  const [member, suspended] = [newState(), newState()];
  addStatusChange(org, member, 'member', '1969');
  addStatusChange(org, suspended, 'member', '1969');
  addStatusChange(org, suspended, 'suspended', '1979-05');
  addCountClaim(org, 2, '1975');
  await page.goto(`/organizations/${org.slug}?asOf=1980-12-31`);
  expect(await axeViolations(axeFor(page).include('#map').include('[data-testid="member-chart"]'))).toEqual([]);
});
