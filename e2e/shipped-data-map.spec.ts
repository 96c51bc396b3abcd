// The world map on the shipped data: the OIC's members drawn on ISO states' shapes, the year slider,
// and axe on the map and chart with every kind of shape. Read only, on the shipped-data server
// (a state a spec makes has no shape: the map can only be checked on the shipped ISO states).
import { expect, test, type Page } from '@playwright/test';
import { axeFor, axeViolations } from './fixtures/axe';

// Every test only reads: they may run on any worker, in any order.
test.describe.configure({ mode: 'parallel' });

const SUSPENDED = '#b91c1c';
const MEMBER = '#1d4ed8';
/**
 * Moves the year slider with the keyboard, as a reader would. Right after a navigation the page
 * may still be settling and set the slider back to the year shown: then the keys are pressed again.
 */
async function moveSliderTo(page: Page, year: number) {
  const slider = page.getByLabel('Year shown on the map');
  const min = Number(await slider.getAttribute('min'));
  await expect(async () => {
    await slider.focus();
    await slider.press('Home');
    for (let y = min; y < year; y++) await slider.press('ArrowRight');
    await expect(slider).toHaveValue(String(year), { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

const egyptOnMap = (page: Page) => page.getByTestId('world-map').locator('a[href="/countries/egy"] use');

test('moving the map to 1980 shows Egypt suspended from the OIC, and 1985 shows it a member again', async ({ page }) => {
  await page.goto('/organizations/oic');
  await moveSliderTo(page, 1980);
  await page.getByRole('button', { name: 'Show 1980' }).click();
  await expect(page).toHaveURL(/\/organizations\/oic\/on\/1980-12-31$/);
  await expect(egyptOnMap(page)).toHaveAttribute('fill', SUSPENDED);
  await expect(page.getByTestId('world-map').locator('a[href="/countries/egy"] title')).toHaveText('Egypt: Suspended');

  await moveSliderTo(page, 1985);
  await page.getByRole('button', { name: 'Show 1985' }).click();
  await expect(page).toHaveURL(/\/organizations\/oic\/on\/1985-12-31$/);
  await expect(egyptOnMap(page)).toHaveAttribute('fill', MEMBER);
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('Member (');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the year form opens the page on that date and keeps the other parameters', async ({ page }) => {
    await page.goto('/organizations/oic?keep=1');
    await moveSliderTo(page, 1979);
    await page.getByRole('button', { name: /^Show \d{4}$/ }).click();
    await expect(page).toHaveURL(/\/organizations\/oic\/on\/1979-12-31\?keep=1#map$/);
    await expect(egyptOnMap(page)).toHaveAttribute('fill', SUSPENDED);
  });
});

test("ICESCO's member-count chart draws the shipped count claims as labelled points", async ({ page }) => {
  await page.goto('/organizations/icesco');
  const claims = page.getByRole('list', { name: 'Counts given by sources' });
  await expect(claims.getByRole('listitem', { name: /^Source says 54 members on 8 April 2022; record holds \d+$/ })).toHaveCount(1);
  await expect(claims.getByRole('listitem', { name: /^Source says 53 members on 14 February 2017; record holds \d+$/ })).toHaveCount(1);
});

test('the map and the chart pass axe', async ({ page }) => {
  await page.goto('/organizations/oic?asOf=1980-12-31');
  expect(await axeViolations(axeFor(page).include('#map').include('[data-testid="member-chart"]'))).toEqual([]);
});
